import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  formatPeriod,
  homeHeadlineCodes,
  parsePeriod,
  shiftPeriod,
  todayInChina,
  type EnterpriseHome,
  type LeaderHome,
  type OfficerHome,
} from '@gaoxin/domain';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';
import { createEnterprise, createZone } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { registerProject } from '../../../test/projects.js';
import { fileReturn } from '../../../test/returns.js';

/**
 * The home page through HTTP, on data made through the API: each role's content, its numbers
 * against the module endpoints behind its links, isolation between zones and enterprises, and an
 * empty zone answered with an empty but valid page.
 */
let t: TestApp;
let z: AppealZone;
const today = todayInChina();
const lastMonth = formatPeriod(shiftPeriod(parsePeriod(today.slice(0, 7)), -1));
let reporter: { id: string };
let missing: { id: string };
let redProject: { id: string };
let supervised: Detail;
let queued: Detail;

const get = async <T>(url: string, cookie: string) => {
  const response = await t.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};
const home = <T>(cookie: string) => get<T>('/api/home', cookie);

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  const { liaison, ownUser, lead } = z.people;
  reporter = await createEnterprise(t.db, z.zone, { isAboveScale: true, liaisonUserId: liaison.user.id });
  missing = await createEnterprise(t.db, z.zone, {
    isAboveScale: true,
    liaisonUserId: liaison.user.id,
    establishedOn: '2001-01-01',
  });
  const figures = {
    output: ['52000', '48000'],
    revenue: ['61000.5', '55000'],
    tax: ['3100', '3300'],
  } as const;
  for (const [cookie, id] of [
    [lead.cookie, reporter.id],
    [ownUser.cookie, z.enterprises.own.id],
  ] as const) {
    const filed = await fileReturn(t, cookie, id, lastMonth, {
      output: [...figures.output],
      revenue: [...figures.revenue],
      tax: [...figures.tax],
    });
    expect(filed.statusCode, filed.body).toBe(200);
  }

  const requests = appealRequests(t, z);
  supervised = await requests.walk(['dispatch']);
  queued = await requests.walk(['dispatch', 'accept']);
  // The clock job's doing after time passed: past its deadline and before the leaders.
  await t.db.execute(
    sql`update appeals set deadline_at = now() - interval '3 days', escalation = 2 where id = ${supervised.id}`,
  );
  const answered = await requests.walk(['dispatch', 'accept', 'start', 'resolve']);
  expect(answered.state).toBe('resolved');

  redProject = await registerProject(t, lead.cookie, {
    name: '红灯测试项目',
    signedOn: addDays(today, -200),
    investorEnterpriseId: z.enterprises.own.id,
    liaisonId: liaison.user.id,
    milestones: [{ name: '开工', plannedOn: addDays(today, -90) }],
  });
  await registerProject(t, lead.cookie, {
    name: '绿灯测试项目',
    milestones: [{ name: '注册', plannedOn: addDays(today, 60) }],
  });
  const lead1 = await t.request({
    method: 'POST',
    url: '/api/leads',
    cookie: liaison.cookie,
    payload: { source: 'expo', companyName: '首页测试线索有限公司' },
  });
  expect(lead1.statusCode, lead1.body).toBe(201);
  const qualification = await t.request({
    method: 'POST',
    url: `/api/enterprises/${reporter.id}/qualifications`,
    cookie: lead.cookie,
    payload: {
      type: 'hnte',
      level: 'national',
      issuedOn: addDays(today, -1000),
      expiresOn: addDays(today, 30),
    },
  });
  expect(qualification.statusCode, qualification.body).toBe(201);
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/home', () => {
  it('refuses a caller without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });

  it("gives a leader the zone's headline figures as the 经济运行 overview states them", async () => {
    const page = await home<LeaderHome>(z.people.leader.cookie);
    expect(page.role).toBe('leader');
    expect(page.economy.period).toBe(lastMonth);
    const overview = await get<{ period: string; items: { indicator: { code: string } }[] }>(
      `/api/indicators/overview?period=${lastMonth}`,
      z.people.leader.cookie,
    );
    expect(page.economy.items).toEqual(
      homeHeadlineCodes.map((code) => overview.items.find((item) => item.indicator.code === code)),
    );
    const output = page.economy.items.find((item) => item.indicator.code === 'output')!;
    expect(output.cumulative).toBe('104000.0000');
    expect(output.enterprises).toBe(2);
  });

  it('counts warnings, appeals, red projects, the KPI and expiring qualifications as their modules do', async () => {
    const cookie = z.people.leader.cookie;
    const page = await home<LeaderHome>(cookie);
    const warnings = await get<{ total: number; items: { message: string }[] }>(
      '/api/indicators/warnings?pageSize=5',
      cookie,
    );
    expect(page.warnings.total).toBe(warnings.total);
    expect(page.warnings.items.map((item) => item.message)).toEqual(
      warnings.items.map((item) => item.message),
    );

    const open = await get<{ total: number }>('/api/appeals?open=true', cookie);
    const overdue = await get<{ total: number }>('/api/appeals?open=true&overdue=true', cookie);
    const mine = await get<{ total: number }>('/api/appeals?scope=mine', cookie);
    expect(page.appeals).toMatchObject({ open: open.total, overdue: overdue.total, supervised: mine.total });
    expect(page.appeals).toMatchObject({ open: 2, overdue: 1, supervised: 1 });
    expect(page.appeals.items.map((item) => item.id)).toEqual([supervised.id]);
    expect(page.appeals.items[0]).toMatchObject({ isOverdue: true, escalation: 2 });

    const red = await get<{ total: number; items: { id: string }[] }>('/api/projects?colour=red', cookie);
    expect(page.redProjects.total).toBe(red.total);
    expect(page.redProjects.items.map((item) => item.id)).toEqual(red.items.map((item) => item.id));
    expect(page.redProjects.items[0]).toMatchObject({
      id: redProject.id,
      colour: 'red',
      nextMilestone: { name: '开工', plannedOn: addDays(today, -90), lateDays: 90 },
    });

    expect(page.investment).toEqual(await get('/api/projects/kpi', cookie));
    expect(page.investment.signedCount).toBeGreaterThanOrEqual(1);

    const expiring = await get<{ total: number }>('/api/qualifications/expiring?withinDays=90', cookie);
    expect(page.expiringQualifications.total).toBe(expiring.total);
    expect(page.expiringQualifications.items).toEqual([
      expect.objectContaining({ enterprise: expect.objectContaining({ id: reporter.id }), type: 'hnte' }),
    ]);
  });

  it('gives an officer its own work: 催报, its appeal queue, its projects and leads', async () => {
    const { liaison, lead } = z.people;
    const page = await home<OfficerHome>(liaison.cookie);
    expect(page.role).toBe('officer');
    expect(page.filings.period).toBe(lastMonth);
    expect(page.filings.expected).toBe(3);
    expect(page.filings.items.map((item) => item.enterprise.id)).toEqual([missing.id]);
    const board = await get<{ counts: { pending: number; overdue: number } }>(
      `/api/indicators/filings?mine=true&period=${lastMonth}`,
      liaison.cookie,
    );
    expect(page.filings.total).toBe(board.counts.pending + board.counts.overdue);

    const queue = await get<{ total: number; items: { id: string }[] }>(
      '/api/appeals?scope=mine&pageSize=5',
      liaison.cookie,
    );
    expect(page.appeals.total).toBe(queue.total);
    expect(page.appeals.items.map((item) => item.id)).toEqual(queue.items.map((item) => item.id));
    expect(page.appeals.overdue).toBe(1);

    expect(page.projects.items.map((item) => item.id)).toEqual([redProject.id]);
    expect(page.leads.total).toBe(1);
    expect(page.leads.items[0]).toMatchObject({ companyName: '首页测试线索有限公司', status: 'lead' });
    expect(page.leads.items[0]!.firstContactDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The lead department's officer sees the appeals its department handles, not the liaison's 催报.
    const leadPage = await home<OfficerHome>(lead.cookie);
    expect(leadPage.appeals.items.map((item) => item.id)).toEqual(
      expect.arrayContaining([supervised.id, queued.id]),
    );
    expect(leadPage.filings.expected).toBe(0);
  });

  it('gives an enterprise user its own returns, appeals and projects, and nothing of another', async () => {
    const { ownUser, otherUser } = z.people;
    const page = await home<EnterpriseHome>(ownUser.cookie);
    expect(page.role).toBe('enterprise');
    expect(page.enterprise.id).toBe(z.enterprises.own.id);
    expect(page.returns).toMatchObject({ period: lastMonth, status: 'filed', earlierUnfiled: [] });
    expect(page.appeals.open).toBe(2);
    const mine = await get<{ total: number; items: { id: string }[] }>(
      '/api/appeals?scope=mine',
      ownUser.cookie,
    );
    expect(page.appeals.total).toBe(mine.total);
    expect(page.appeals.items.map((item) => item.id)).toEqual(mine.items.map((item) => item.id));
    expect(page.projects.items.map((item) => item.id)).toEqual([redProject.id]);

    const other = await home<EnterpriseHome>(otherUser.cookie);
    expect(other.enterprise.id).toBe(z.enterprises.other.id);
    expect(other.appeals).toEqual({ open: 0, total: 0, items: [] });
    expect(other.projects).toEqual({ total: 0, items: [] });
    expect(other.returns.status).not.toBe('filed');
    expect(JSON.stringify(other)).not.toContain(z.enterprises.own.id);
  });

  it('lists the periods an expected reporter missed this year', async () => {
    const user = await t.loginAs(z.zone, 'enterprise', { enterpriseId: missing.id });
    const page = await home<EnterpriseHome>(user.cookie);
    expect(page.returns.status).not.toBe('filed');
    expect(page.returns.earlierUnfiled).toHaveLength(11);
    expect(page.returns.earlierUnfiled[0]).toBe(formatPeriod(shiftPeriod(parsePeriod(lastMonth), -1)));
  });

  it('gives admin and auditor no business data', async () => {
    for (const role of ['admin', 'auditor'] as const) {
      const { cookie } = await t.loginAs(z.zone, role);
      expect(await home(cookie)).toEqual({ role });
    }
  });

  it("answers an empty zone with an empty page, and shows nothing of another zone's", async () => {
    const empty = await createZone(t.db);
    const leader = await t.loginAs(empty, 'leader');
    const page = await home<LeaderHome>(leader.cookie);
    expect(page.economy).toEqual({ period: null, items: [] });
    expect(page.warnings.items).toEqual([]);
    expect(page.appeals).toEqual({ open: 0, overdue: 0, supervised: 0, items: [] });
    expect(page.redProjects).toEqual({ total: 0, items: [] });
    expect(page.investment.signedCount).toBe(0);
    expect(page.expiringQualifications.total).toBe(0);

    const officer = await t.loginAs(empty, 'officer');
    const work = await home<OfficerHome>(officer.cookie);
    expect(work.filings).toMatchObject({ expected: 0, total: 0, items: [] });
    expect(work.appeals).toEqual({ total: 0, overdue: 0, items: [] });
    expect(work.projects.total + work.leads.total).toBe(0);

    const stranger = await createEnterprise(t.db, empty);
    const user = await t.loginAs(empty, 'enterprise', { enterpriseId: stranger.id });
    const own = await home<EnterpriseHome>(user.cookie);
    expect(own.appeals.total + own.appeals.open + own.projects.total).toBe(0);
    expect(JSON.stringify([page, work, own])).not.toContain(z.zone.id);
    expect(JSON.stringify([page, work, own])).not.toContain(redProject.id);
  });
});
