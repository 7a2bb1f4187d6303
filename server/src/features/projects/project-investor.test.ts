import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createEnterprise, createZone } from '../../../test/factories.js';
import { registerProject } from '../../../test/projects.js';

/** 我的项目: what an enterprise user reads of the projects it invests in, and nothing more. */
let t: TestApp;
type Person = { user: { id: string }; cookie: string };
let owner: Person;
let investorUser: Person;
let project: Record<string, unknown> & { id: string; version: number };
let otherProject: { id: string };

const today = todayInChina();

beforeAll(async () => {
  t = await createTestApp();
  const zone = await createZone(t.db);
  const investment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  const planning = await createDepartment(t.db, zone, 'D05', '规划建设局');
  owner = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  const investor = await createEnterprise(t.db, zone);
  const rival = await createEnterprise(t.db, zone);
  investorUser = await t.loginAs(zone, 'enterprise', { enterpriseId: investor.id });
  const create = (investorEnterpriseId: string, name: string) =>
    registerProject(t, owner.cookie, {
      name,
      investorEnterpriseId,
      // 合同额 above 总投资: an internal data-quality warning.
      totalInvestment: '20000',
      contractAmount: '30000',
      signedOn: addDays(today, -90),
      planDocument: '内部推进方案：供地前须完成环评，书记每周调度',
      milestones: [{ name: '土地摘牌', plannedOn: addDays(today, -40) }],
    });
  const created = await create(investor.id, '龙德科技智能制造基地');
  otherProject = await create(rival.id, '华睿电子元件项目');
  const post = (url: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/projects/${created.id}/${url}`, cookie: owner.cookie, payload });
  expect(
    (await post('funds', { receivedOn: addDays(today, -10), amount: '1200', note: '首笔' })).statusCode,
  ).toBe(201);
  const started = await post('stage', {
    to: 'started',
    happenedOn: addDays(today, -20),
    version: created.version,
  });
  const back = await post('stage', {
    to: 'landGranted',
    happenedOn: addDays(today, -5),
    reason: '督办：施工许可被撤回，企业资金链紧张',
    version: started.json<{ version: number }>().version,
  });
  expect(back.statusCode, back.body).toBe(200);
  await post('reports', {
    weekOf: addDays(today, -3),
    done: '约谈企业负责人',
    blockers: '企业资金链紧张，可能延期',
    helpNeeded: '请规建局加快施工许可复核',
    helpDepartmentId: planning.id,
  });
  project = (
    await t.request({ method: 'GET', url: `/api/projects/${created.id}`, cookie: investorUser.cookie })
  ).json();
});
afterAll(() => t.close());

describe('an enterprise user and its projects', () => {
  it('reads its project: stage, milestones, colour and 到位资金', () => {
    expect(project).toMatchObject({
      name: '龙德科技智能制造基地',
      stage: 'landGranted',
      colour: 'red',
      fundsInPlace: '1200.0000',
      milestones: [{ name: '土地摘牌', actualOn: null }],
      funds: [{ amount: '1200.0000', note: '首笔' }],
      canEdit: false,
    });
  });

  it('does not see the internal working: reports, help asked, plan, lead, warnings, reasons', () => {
    expect(project.reports).toEqual([]);
    expect(project.warnings).toEqual([]);
    expect(project.leadId).toBeNull();
    expect((project.team as { planDocument: string | null }).planDocument).toBeNull();
    const changes = project.stageChanges as { toStage: string; reason: string | null }[];
    expect(changes.map((change) => change.toStage)).toEqual(['signed', 'started', 'landGranted']);
    expect(changes.every((change) => change.reason === null)).toBe(true);
    const text = JSON.stringify(project);
    for (const secret of ['资金链', '施工许可复核', '内部推进方案', '督办'])
      expect(text).not.toContain(secret);
  });

  it('lists only its own projects, stripped the same way; another company’s is not found', async () => {
    const list = (
      await t.request({ method: 'GET', url: '/api/projects?pageSize=200', cookie: investorUser.cookie })
    ).json<{ items: { id: string; leadId: string | null; team: { planDocument: string | null } }[] }>();
    expect(list.items.map((item) => item.id)).toEqual([project.id]);
    expect(list.items[0]?.team.planDocument).toBeNull();
    const other = await t.request({
      method: 'GET',
      url: `/api/projects/${otherProject.id}`,
      cookie: investorUser.cookie,
    });
    expect(other.statusCode).toBe(404);
    const asking = await t.request({
      method: 'GET',
      url: '/api/projects?help=any',
      cookie: investorUser.cookie,
    });
    expect(asking.json<{ total: number }>().total).toBe(0);
  });

  it('cannot write, export or read the zone’s figures and map', async () => {
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/projects/${project.id}`,
      cookie: investorUser.cookie,
      payload: { plot: 'x', version: project.version },
    });
    expect(edit.statusCode).toBe(403);
    for (const url of [
      '/api/projects/export.xlsx',
      '/api/projects/kpi',
      '/api/projects/funnel',
      '/api/projects/map',
    ]) {
      expect((await t.request({ method: 'GET', url, cookie: investorUser.cookie })).statusCode, url).toBe(
        403,
      );
    }
  });

  it('still shows the staff the whole project', async () => {
    const full = (
      await t.request({ method: 'GET', url: `/api/projects/${project.id}`, cookie: owner.cookie })
    ).json<{ reports: unknown[]; team: { planDocument: string }; warnings: unknown[] }>();
    expect(full.reports).toHaveLength(1);
    expect(full.team.planDocument).toContain('内部推进方案');
    expect(full.warnings).toHaveLength(1);
  });
});
