import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { addDays, todayInChina } from '@gaoxin/domain';
import { investmentLeads, projects } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createEnterprise, createZone } from '../../../test/factories.js';

/** 项目促建 over HTTP: from a signed lead to production, colours and the 督办 list, who may do what. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let owner: { user: { id: string }; cookie: string };
let commissioner: { user: { id: string }; cookie: string };
let planner: { user: { id: string }; cookie: string };
let leader: { user: { id: string }; cookie: string };
let planning: { id: string };

type Project = {
  id: string;
  stage: string;
  version: number;
  colour: string;
  fundsInPlace: string;
  canEdit: boolean;
  warnings: { field: string; message: string }[];
  nextMilestone: { id: string; name: string; lateDays: number } | null;
  milestones: { id: string; name: string; actualOn: string | null }[];
  stageDates: Record<string, string | null>;
  team: { commissioner: { id: string } | null; leader: { id: string } | null };
};

const today = todayInChina();
const create = (cookie: string, payload: Record<string, unknown> = {}) =>
  t.request({
    method: 'POST',
    url: '/api/projects',
    cookie,
    payload: {
      name: '星海半导体材料生产基地',
      investorName: '星海半导体材料有限公司',
      totalInvestment: '100000',
      contractAmount: '80000',
      signedOn: addDays(today, -60),
      commissionerId: commissioner.user.id,
      leaderId: leader.user.id,
      milestones: [{ name: '完成注册', plannedOn: addDays(today, 30) }],
      ...payload,
    },
  });
const read = (cookie: string, id: string) => t.request({ method: 'GET', url: `/api/projects/${id}`, cookie });
const list = async (cookie: string, query: string) =>
  (await t.request({ method: 'GET', url: `/api/projects?pageSize=200&${query}`, cookie })).json<{
    items: Project[];
    total: number;
  }>();

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  const investment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  planning = await createDepartment(t.db, zone, 'D05', '规划建设局');
  owner = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  commissioner = await t.loginAs(zone, 'officer', { departmentId: zone.department.id });
  planner = await t.loginAs(zone, 'officer', { departmentId: planning.id });
  leader = await t.loginAs(zone, 'leader');
});
afterAll(() => t.close());

describe('from a signed lead to a project', () => {
  it('turns the owner’s signed lead into a project once, and no other lead', async () => {
    const lead = (
      await t.request({
        method: 'POST',
        url: '/api/leads',
        cookie: owner.cookie,
        payload: { companyName: '星海半导体材料有限公司', source: 'expo' },
      })
    ).json<{ id: string; version: number }>();
    const early = await create(owner.cookie, { leadId: lead.id });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].message).toBe('只有已签约的线索才能转为项目');
    let version = lead.version;
    for (const to of ['negotiating', 'signed']) {
      const moved = await t.request({
        method: 'POST',
        url: `/api/leads/${lead.id}/status`,
        cookie: owner.cookie,
        payload: { to, version },
      });
      version = moved.json<{ version: number }>().version;
    }
    const created = await create(owner.cookie, { leadId: lead.id });
    expect(created.statusCode, created.body).toBe(201);
    const project = created.json<Project>();
    expect(project).toMatchObject({ stage: 'signed', colour: 'green', canEdit: true, fundsInPlace: '0' });
    const [row] = await t.db.select().from(investmentLeads).where(eq(investmentLeads.id, lead.id));
    expect(row?.projectId).toBe(project.id);
    expect((await create(owner.cookie, { leadId: lead.id })).statusCode).toBe(400);
  });

  it('warns, without refusing, when 合同额 is above 总投资', async () => {
    const response = await create(owner.cookie, { totalInvestment: '5000', contractAmount: '8000' });
    expect(response.statusCode).toBe(201);
    expect(response.json<Project>().warnings).toEqual([
      { field: 'contractAmount', message: '合同额高于总投资，请核实' },
    ]);
  });

  it.each([
    [{ totalInvestment: '-1' }, 'totalInvestment'],
    [{ contractAmount: 'abc' }, 'contractAmount'],
    [{ totalInvestment: '100000000' }, 'totalInvestment'],
    [{ signedOn: '2099-01-01' }, 'signedOn'],
    [{ commissionerId: '00000000-0000-4000-8000-000000000000' }, 'commissionerId'],
    [{ milestones: [{ name: '开工', plannedOn: '2000-01-01' }] }, 'milestones.0.plannedOn'],
  ])('refuses %j (400 on %s) and writes nothing', async (payload, field) => {
    const before = await t.db.$count(projects);
    const response = await create(owner.cookie, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await t.db.$count(projects)).toBe(before);
  });

  it('refuses a leader as commissioner and an officer as the team’s leader', async () => {
    const response = await create(owner.cookie, {
      commissionerId: leader.user.id,
      leaderId: commissioner.user.id,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((detail: { field: string }) => detail.field)
        .sort(),
    ).toEqual(['commissionerId', 'leaderId']);
  });
});

describe('progress, colours and the 督办 list', () => {
  it('turns red when a milestone passes by more than 15 days, and green again once it is reached', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    const late = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/milestones`,
      cookie: commissioner.cookie,
      payload: { name: '取得施工许可', plannedOn: addDays(today, -20) },
    });
    expect(late.statusCode, late.body).toBe(201);
    const red = late.json<Project>();
    expect(red).toMatchObject({ colour: 'red', nextMilestone: { name: '取得施工许可', lateDays: 20 } });
    expect((await list(leader.cookie, 'colour=red')).items.map((item) => item.id)).toContain(project.id);
    expect((await list(leader.cookie, 'colour=green')).items.map((item) => item.id)).not.toContain(
      project.id,
    );

    const milestone = red.milestones.find((each) => each.name === '取得施工许可')!;
    const reached = await t.request({
      method: 'PUT',
      url: `/api/projects/${project.id}/milestones/${milestone.id}`,
      cookie: commissioner.cookie,
      payload: { name: '取得施工许可', plannedOn: addDays(today, -20), actualOn: addDays(today, -1) },
    });
    expect(reached.json<Project>().colour).toBe('green');
    expect((await list(leader.cookie, 'colour=red')).items.map((item) => item.id)).not.toContain(project.id);
  });

  it('is yellow when a milestone is due within 7 days or up to 15 days late', async () => {
    const soon = (
      await create(owner.cookie, { milestones: [{ name: '供地', plannedOn: addDays(today, 5) }] })
    ).json<Project>();
    expect(soon.colour).toBe('yellow');
    const late = (
      await create(owner.cookie, {
        signedOn: addDays(today, -90),
        milestones: [{ name: '供地', plannedOn: addDays(today, -15) }],
      })
    ).json<Project>();
    expect(late.colour).toBe('yellow');
    const yellow = await list(leader.cookie, 'colour=yellow');
    expect(yellow.items.map((item) => item.id)).toEqual(expect.arrayContaining([soon.id, late.id]));
  });

  it('records 到位资金 as dated entries and sums them', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    for (const amount of ['3000', '2000.5']) {
      const response = await t.request({
        method: 'POST',
        url: `/api/projects/${project.id}/funds`,
        cookie: owner.cookie,
        payload: { receivedOn: addDays(today, -10), amount },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    expect((await read(owner.cookie, project.id)).json<Project>().fundsInPlace).toBe('5000.5000');
    const zero = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/funds`,
      cookie: owner.cookie,
      payload: { receivedOn: addDays(today, -10), amount: '0' },
    });
    expect(zero.statusCode).toBe(400);
    const beforeSigning = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/funds`,
      cookie: owner.cookie,
      payload: { receivedOn: addDays(today, -400), amount: '10' },
    });
    expect(beforeSigning.json().error.details[0].field).toBe('receivedOn');
  });

  it('moves forward freely, backward only with a reason, clearing the later stage dates', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    const started = (
      await t.request({
        method: 'POST',
        url: `/api/projects/${project.id}/stage`,
        cookie: owner.cookie,
        payload: { to: 'started', happenedOn: addDays(today, -5), version: project.version },
      })
    ).json<Project>();
    expect(started).toMatchObject({ stage: 'started', stageDates: { started: addDays(today, -5) } });
    const back = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/stage`,
      cookie: owner.cookie,
      payload: { to: 'landGranted', happenedOn: today, version: started.version },
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.details[0].message).toBe('阶段倒退须填写原因');
    const withReason = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/stage`,
      cookie: owner.cookie,
      payload: {
        to: 'landGranted',
        happenedOn: today,
        reason: '施工许可被撤回，重新办理',
        version: started.version,
      },
    });
    expect(withReason.json<Project>()).toMatchObject({ stage: 'landGranted', stageDates: { started: null } });
    const stale = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/stage`,
      cookie: owner.cookie,
      payload: { to: 'started', happenedOn: today, version: started.version },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('who sees and updates a project', () => {
  it('lets the department and the team update it; a department asked for help sees it; leaders read', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    expect((await read(planner.cookie, project.id)).statusCode).toBe(404);
    const report = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/reports`,
      cookie: commissioner.cookie,
      payload: {
        weekOf: addDays(today, -3),
        done: '完成环评公示',
        blockers: '临时用电未接入',
        helpNeeded: '请规建局协调施工临时用电',
        helpDepartmentId: planning.id,
      },
    });
    expect(report.statusCode, report.body).toBe(201);
    const asPlanner = await read(planner.cookie, project.id);
    expect(asPlanner.statusCode).toBe(200);
    expect(asPlanner.json<Project>().canEdit).toBe(false);
    const byPlanner = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/funds`,
      cookie: planner.cookie,
      payload: { receivedOn: today, amount: '1' },
    });
    expect(byPlanner.statusCode).toBe(403);
    expect((await read(leader.cookie, project.id)).json<Project>().canEdit).toBe(false);
    const byLeader = await t.request({
      method: 'PATCH',
      url: `/api/projects/${project.id}`,
      cookie: leader.cookie,
      payload: { plot: 'A-01', version: 0 },
    });
    expect(byLeader.statusCode).toBe(403);
  });

  it('shows an enterprise user only its own project as investor, read-only', async () => {
    const investor = await createEnterprise(t.db, zone);
    const project = (await create(owner.cookie, { investorEnterpriseId: investor.id })).json<Project>();
    const other = (await create(owner.cookie)).json<Project>();
    const user = await t.loginAs(zone, 'enterprise', { enterpriseId: investor.id });
    expect((await list(user.cookie, '')).items.map((item) => item.id)).toEqual([project.id]);
    expect((await read(user.cookie, other.id)).statusCode).toBe(404);
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/projects/${project.id}`,
      cookie: user.cookie,
      payload: { plot: 'x', version: 0 },
    });
    expect(edit.statusCode).toBe(403);
  });

  it('hides another zone’s projects', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    const stranger = await t.loginAs(await createZone(t.db), 'leader');
    expect((await read(stranger.cookie, project.id)).statusCode).toBe(404);
    expect((await list(stranger.cookie, '')).total).toBe(0);
  });

  it('edits with the version and answers 409 to a stale one', async () => {
    const project = (await create(owner.cookie)).json<Project>();
    const edit = (version: number) =>
      t.request({
        method: 'PATCH',
        url: `/api/projects/${project.id}`,
        cookie: owner.cookie,
        payload: { plot: '高新区 A-07 地块', version },
      });
    expect((await edit(project.version)).statusCode).toBe(200);
    const stale = await edit(project.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.version).toBe(project.version + 1);
  });
});

describe('the 项目推进表', () => {
  it('exports one row per project with its status colour and latest report, formulas neutralised', async () => {
    const project = (
      await create(owner.cookie, {
        name: '=HYPERLINK("http://example.invalid","点我")',
        milestones: [{ name: '土地摘牌', plannedOn: addDays(today, -30) }],
      })
    ).json<Project>();
    await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/reports`,
      cookie: owner.cookie,
      payload: { weekOf: addDays(today, -2), done: '完成规划方案评审', blockers: '摘牌资金未到位' },
    });
    const response = await t.request({
      method: 'GET',
      url: '/api/projects/export.xlsx?colour=red',
      cookie: leader.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('项目推进表')!;
    expect(String(sheet.getCell(2, 2).value)).toBe('项目名称');
    const rows = sheet.getRows(3, sheet.rowCount - 2) ?? [];
    const row = rows.find((each) => String(each.getCell(2).value).includes('HYPERLINK'))!;
    expect(String(row.getCell(2).value).startsWith('=')).toBe(false);
    expect(row.getCell(2).formula).toBeUndefined();
    expect(row.getCell(11).value).toBe('土地摘牌');
    expect(row.getCell(13).value).toBe('红');
    expect(row.getCell(18).value).toBe('完成规划方案评审');
    expect(row.getCell(19).value).toBe('摘牌资金未到位');
    // Only red projects, as filtered.
    expect(rows.every((each) => each.getCell(13).value === '红')).toBe(true);
  });
});
