import { randomBytes } from 'node:crypto';
import { addDays, todayInChina } from '@gaoxin/domain';
import { createDepartment, createEnterprise, createZone } from './factories.js';
import type { TestApp } from './harness.js';
import { registerProject } from './projects.js';
import { fileReturn } from './returns.js';
import { uploadFor, type Records } from './route-walk.js';

const today = todayInChina();

/** A zone with one of every record the API addresses, made the way users make them. */
export async function populateZone(t: TestApp, label: string) {
  const zone = await createZone(t.db, `${label}高新区`);
  const serviceDesk = await createDepartment(t.db, zone, 'D02', `${label}企业服务中心`);
  const officer = await t.loginAs(zone, 'officer', {
    departmentId: zone.department.id,
    isDepartmentHead: true,
  });
  const dispatcher = await t.loginAs(zone, 'officer', { departmentId: serviceDesk.id });
  const people = {
    officer,
    dispatcher,
    leader: await t.loginAs(zone, 'leader'),
    admin: await t.loginAs(zone, 'admin'),
    auditor: await t.loginAs(zone, 'auditor'),
    alliance: await t.loginAs(zone, 'alliance'),
  };
  const ok = async (response: Promise<{ statusCode: number; body: string }>, what: string) => {
    const answer = await response;
    if (answer.statusCode >= 300) throw new Error(`${label} ${what}: ${answer.statusCode} ${answer.body}`);
    return JSON.parse(answer.body || '{}') as Record<string, unknown> & { id: string };
  };
  const post = (cookie: string, url: string, payload: unknown) =>
    t.request({ method: 'POST', url, cookie, payload: payload as Record<string, unknown> });
  await ok(
    t.request({
      method: 'PUT',
      url: '/api/appeals/settings',
      cookie: dispatcher.cookie,
      payload: { dispatchDepartmentId: serviceDesk.id, clockRules: [], version: 0 },
    }),
    'appeal settings',
  );
  const categories = await ok(
    t.request({ method: 'GET', url: '/api/appeals/categories', cookie: officer.cookie }),
    'categories',
  );
  const indicators = await ok(
    t.request({ method: 'GET', url: '/api/indicators', cookie: officer.cookie }),
    'indicators',
  );
  const rules = await ok(
    t.request({ method: 'GET', url: '/api/indicators/warning-rules', cookie: officer.cookie }),
    'rules',
  );
  const first = (list: Record<string, unknown>) => (list.items as { id: string; code: string }[])[0]!;
  const markers: string[] = [zone.id, zone.park.id, zone.department.id, serviceDesk.id];

  /** One enterprise with its user, qualification, contact, visit, return, appeal (+ file) and project. */
  const enterpriseWith = async (name: string) => {
    const enterprise = await createEnterprise(t.db, zone, {
      name: `${label}${name}${randomBytes(3).toString('hex')}`,
    });
    const user = await t.loginAs(zone, 'enterprise', { enterpriseId: enterprise.id });
    const base = `/api/enterprises/${enterprise.id}`;
    const qualification = await ok(
      post(officer.cookie, `${base}/qualifications`, { type: 'hnte', level: 'national' }),
      'qualification',
    );
    const contact = await ok(
      post(officer.cookie, `${base}/contacts`, { name: `${label}联系人`, mobile: '13812345678' }),
      'contact',
    );
    const visit = await ok(
      post(officer.cookie, `${base}/visits`, {
        visitedOn: addDays(today, -5),
        visitors: '经发局',
        summary: `${label}走访`,
      }),
      'visit',
    );
    await ok(fileReturn(t, user.cookie, enterprise.id, '2026-06', { output: ['120', '100'] }), 'return');
    const appeal = await ok(
      post(user.cookie, '/api/appeals', {
        categoryId: first(categories).id,
        title: `${enterprise.name}诉求`,
        description: '新上生产线后用电负荷不足，请协调增容。',
        severity: 'general',
      }),
      'appeal',
    );
    const attachment = await ok(
      t.request({
        method: 'POST',
        url: `/api/appeals/${appeal.id}/attachments`,
        cookie: user.cookie,
        ...(await uploadFor('attachments')),
      }),
      'attachment',
    );
    await ok(
      post(dispatcher.cookie, `/api/appeals/${appeal.id}/transitions`, {
        to: 'dispatch',
        version: appeal.version,
        departmentId: zone.department.id,
      }),
      'dispatch',
    );
    const project = await registerProject(t, officer.cookie, {
      name: `${enterprise.name}项目`,
      investorEnterpriseId: enterprise.id,
      commissionerId: officer.user.id,
      milestones: [{ name: '开工', plannedOn: addDays(today, 30) }],
    });
    const detail = await ok(
      t.request({ method: 'GET', url: `/api/projects/${project.id}`, cookie: officer.cookie }),
      'project',
    );
    const report = await ok(
      post(officer.cookie, `/api/projects/${project.id}/reports`, {
        weekOf: addDays(today, -2),
        done: '推进',
        helpNeeded: '协调',
        helpDepartmentId: serviceDesk.id,
      }),
      'report',
    );
    const records: Records = {
      enterprise: enterprise.id,
      user: user.user.id,
      qualification: qualification.id,
      contact: contact.id,
      visit: visit.id,
      appeal: appeal.id,
      attachment: attachment.id,
      project: project.id,
      milestone: (detail.milestones as { id: string }[])[0]!.id,
      report: ((report.reports as { id: string }[] | undefined)?.[0] ?? report).id,
    };
    const own = [...Object.values(records), enterprise.name, String(appeal.number ?? '')].filter(Boolean);
    markers.push(...own);
    return { enterprise, user, records, markers: own };
  };

  const own = await enterpriseWith('甲企业');
  const neighbour = await enterpriseWith('乙企业');
  const lead = await ok(
    post(officer.cookie, '/api/leads', { source: 'expo', companyName: `${label}线索科技有限公司` }),
    'lead',
  );
  const inboxOf = async (cookie: string) =>
    (
      (await ok(t.request({ method: 'GET', url: '/api/inbox', cookie }), 'inbox')).items as { id: string }[]
    )[0]?.id;
  const officerMessage = await inboxOf(officer.cookie);
  const neighbourMessage = (await inboxOf(neighbour.user.cookie)) ?? officerMessage;
  const importJob = await ok(
    t.request({
      method: 'POST',
      url: '/api/import-jobs/enterprises?dryRun=true',
      cookie: officer.cookie,
      ...(await uploadFor('import')),
    }),
    'import job',
  );
  const jobId = (importJob.job as { id: string }).id;
  // The job runs on after its 202; the walk wants it ended (its row written).
  for (let status = 'running'; status === 'running';) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = await ok(
      t.request({ method: 'GET', url: `/api/import-jobs/${jobId}`, cookie: officer.cookie }),
      'import job',
    );
    status = (answer.job as { status: string }).status;
  }
  const zoneRecords: Records = {
    zone: zone.id,
    park: zone.park.id,
    department: zone.department.id,
    category: first(categories).id,
    indicator: first(indicators).id,
    lead: lead.id,
    importJob: jobId,
    ...(officerMessage ? { inbox: officerMessage } : {}),
  };
  markers.push(jobId, lead.id, String(lead.companyName), people.officer.user.id, people.leader.user.id);
  return {
    zone,
    people,
    own,
    neighbour,
    markers: markers.filter(Boolean),
    /** Values for parameters that are not ids (`/api/indicators/warning-rules/{code}`). */
    values: { '/api/indicators/warning-rules/{code}:code': first(rules).code },
    /**
     * One record of every kind: the zone's, with the enterprise `own`'s records (its user's world).
     * For a user of another zone every one of them is foreign.
     */
    records: {
      ...zoneRecords,
      ...own.records,
      user: officer.user.id,
      leader: people.leader.user.id,
    } as Records,
    /** The neighbour's records where they exist (for `own`'s user every one is foreign). */
    neighbourRecords: { ...neighbour.records, ...(neighbourMessage ? { inbox: neighbourMessage } : {}) },
  };
}
export type WalkZone = Awaited<ReturnType<typeof populateZone>>;
