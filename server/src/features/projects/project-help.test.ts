import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { addDays, todayInChina } from '@gaoxin/domain';
import { auditLog } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createZone } from '../../../test/factories.js';
import { registerProject } from '../../../test/projects.js';

/** A weekly report asks a department for help: its officers are told, it answers once, the team hears back. */
let t: TestApp;
type Person = { user: { id: string }; cookie: string };
let zone: Awaited<ReturnType<typeof createZone>>;
let planning: { id: string };
let owner: Person;
let commissioner: Person;
let liaison: Person;
let leader: Person;
let planner: Person;
let planningHead: Person;
let otherOfficer: Person;

type Report = {
  id: string;
  helpDepartment: { id: string; name: string } | null;
  helpStatus: 'open' | 'answered' | null;
  helpAnswer: { text: string; byName: string; at: string } | null;
  canAnswerHelp: boolean;
};
type Project = { id: string; version: number; reports: Report[] };
type InboxItem = {
  kind: string;
  text: string;
  appeal: unknown;
  project: { id: string; name: string } | null;
};

const today = todayInChina();

const createProject = async (name: string) =>
  (await registerProject(t, owner.cookie, {
    name,
    commissionerId: commissioner.user.id,
    liaisonId: liaison.user.id,
    leaderId: leader.user.id,
  })) as Project;

const askHelp = (projectId: string, payload: Record<string, unknown> = {}) =>
  t.request({
    method: 'POST',
    url: `/api/projects/${projectId}/reports`,
    cookie: commissioner.cookie,
    payload: {
      weekOf: addDays(today, -2),
      done: '完成规划方案报审',
      blockers: '施工临时用电未接入',
      helpNeeded: '请协调供电公司接入临时用电',
      helpDepartmentId: planning.id,
      ...payload,
    },
  });

const answer = (cookie: string, projectId: string, reportId: string, text: unknown, language?: string) =>
  t.request({
    method: 'POST',
    url: `/api/projects/${projectId}/reports/${reportId}/help-answer`,
    cookie,
    payload: { answer: text },
    headers: language ? { 'accept-language': language } : {},
  });

const inbox = async (person: Person) =>
  (await t.request({ method: 'GET', url: '/api/inbox?pageSize=50', cookie: person.cookie })).json<{
    items: InboxItem[];
    unread: number;
  }>().items;

const aboutProject = async (person: Person, projectId: string) =>
  (await inbox(person)).filter((item) => item.project?.id === projectId);

/** A project with one report asking 规划建设局 for help. */
async function projectAskingHelp(name: string) {
  const project = await createProject(name);
  const asked = await askHelp(project.id);
  expect(asked.statusCode, asked.body).toBe(201);
  const report = asked.json<Project>().reports[0]!;
  return { project, report };
}

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  const investment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  planning = await createDepartment(t.db, zone, 'D05', '规划建设局');
  owner = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  commissioner = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  liaison = await t.loginAs(zone, 'officer', { departmentId: zone.department.id });
  leader = await t.loginAs(zone, 'leader');
  planner = await t.loginAs(zone, 'officer', { departmentId: planning.id });
  planningHead = await t.loginAs(zone, 'officer', { departmentId: planning.id, isDepartmentHead: true });
  otherOfficer = await t.loginAs(zone, 'officer', { departmentId: zone.department.id });
});
afterAll(() => t.close());

describe('asking a department for help', () => {
  it('tells every officer of the asked department, its head too, and nobody else', async () => {
    const { project, report } = await projectAskingHelp('星海储能电池生产线');
    expect(report).toMatchObject({
      helpDepartment: { id: planning.id, name: '规划建设局' },
      helpStatus: 'open',
      helpAnswer: null,
      canAnswerHelp: false,
    });
    for (const person of [planner, planningHead]) {
      const messages = await aboutProject(person, project.id);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        kind: 'projectHelpAsked',
        appeal: null,
        project: { id: project.id, name: '星海储能电池生产线' },
        text: '项目「星海储能电池生产线」请本部门协助：请协调供电公司接入临时用电',
      });
    }
    // Another department's officer, the asker itself and the project's own department are not told.
    for (const person of [otherOfficer, commissioner, owner, liaison]) {
      expect(await aboutProject(person, project.id)).toEqual([]);
    }
    const english = await t.request({
      method: 'GET',
      url: '/api/inbox?pageSize=50',
      cookie: planner.cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(
      english.json<{ items: InboxItem[] }>().items.find((item) => item.project?.id === project.id)?.text,
    ).toBe('Project "星海储能电池生产线" asks your department for help: 请协调供电公司接入临时用电');
  });

  it('lists the projects asking the officer’s department, open ones or all', async () => {
    const { project, report } = await projectAskingHelp('博创精密机械装配基地');
    const quiet = await createProject('瀚海软件研发中心');
    const list = async (person: Person, help: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/projects?pageSize=200&help=${help}`,
          cookie: person.cookie,
        })
      )
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    expect(await list(planner, 'open')).toContain(project.id);
    expect(await list(planner, 'open')).not.toContain(quiet.id);
    expect(await list(otherOfficer, 'any')).toEqual([]);
    expect(await list(leader, 'open')).toContain(project.id);
    expect((await answer(planner.cookie, project.id, report.id, '已协调供电公司，下周接入')).statusCode).toBe(
      200,
    );
    expect(await list(planner, 'open')).not.toContain(project.id);
    expect(await list(planner, 'any')).toContain(project.id);
  });

  it('refuses a request for help without its words, and an unknown department', async () => {
    const project = await createProject('鼎盛医疗器械研发生产项目');
    const silent = await askHelp(project.id, { helpNeeded: '  ' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.details).toEqual([{ field: 'helpNeeded', message: '必填' }]);
    const unknown = await askHelp(project.id, { helpDepartmentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('helpDepartmentId');
    expect(await aboutProject(planner, project.id)).toEqual([]);
  });
});

describe('answering a help request', () => {
  it('records the answer once, audits it and tells the project’s team', async () => {
    const { project, report } = await projectAskingHelp('芯源功率器件封测基地');
    const asPlanner = (
      await t.request({ method: 'GET', url: `/api/projects/${project.id}`, cookie: planner.cookie })
    ).json<Project>();
    expect(asPlanner.reports[0]?.canAnswerHelp).toBe(true);

    const answered = await answer(planningHead.cookie, project.id, report.id, '已协调供电公司，预计下周接入');
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<Project>().reports[0]).toMatchObject({
      helpStatus: 'answered',
      helpAnswer: { text: '已协调供电公司，预计下周接入', byName: '测试officer' },
      canAnswerHelp: false,
    });

    const again = await answer(planner.cookie, project.id, report.id, '再答一次');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('HELP_ALREADY_ANSWERED');
    expect(again.json().error.message).toBe('该协助请求已由测试officer答复，无需重复答复');
    expect(again.json().error.current.reports[0].helpAnswer.text).toBe('已协调供电公司，预计下周接入');

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, project.id), eq(auditLog.action, 'project.help.answer')));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after).toMatchObject({ reportId: report.id, helpDepartmentId: planning.id });

    // The 五个一 (leader, liaison) and the 项目专员, who wrote the report, hear back.
    for (const person of [leader, liaison, commissioner]) {
      const messages = (await aboutProject(person, project.id)).filter(
        (item) => item.kind === 'projectHelpAnswered',
      );
      expect(messages).toHaveLength(1);
      expect(messages[0]?.text).toBe(
        '项目「芯源功率器件封测基地」的协助请求已答复：规划建设局：已协调供电公司，预计下周接入',
      );
    }
    expect(await aboutProject(otherOfficer, project.id)).toEqual([]);
  });

  it('lets a leader answer for the department asked', async () => {
    const { project, report } = await projectAskingHelp('光启电子专用材料项目');
    const response = await answer(leader.cookie, project.id, report.id, '请规建局本周内办结');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Project>().reports[0]?.helpStatus).toBe('answered');
  });

  it('refuses the project’s own team (403), unseen or other zones (404) and an enterprise (403)', async () => {
    const { project, report } = await projectAskingHelp('天工智能装备产业园');
    expect((await answer(commissioner.cookie, project.id, report.id, '自己答复')).statusCode).toBe(403);
    expect((await answer(owner.cookie, project.id, report.id, '自己答复')).statusCode).toBe(403);
    expect((await answer(otherOfficer.cookie, project.id, report.id, '不相干')).statusCode).toBe(404);
    const stranger = await t.loginAs(await createZone(t.db), 'leader');
    expect((await answer(stranger.cookie, project.id, report.id, '别的区')).statusCode).toBe(404);
    const enterprise = await t.loginAs(zone, 'enterprise');
    expect((await answer(enterprise.cookie, project.id, report.id, '企业')).statusCode).toBe(403);
    const unknownReport = await answer(
      planner.cookie,
      project.id,
      '00000000-0000-4000-8000-000000000000',
      '无此',
    );
    expect(unknownReport.statusCode).toBe(404);
    const noHelp = await askHelp(project.id, { helpNeeded: null, helpDepartmentId: null });
    const plain = noHelp.json<Project>().reports.find((each) => each.helpDepartment === null)!;
    expect((await answer(planner.cookie, project.id, plain.id, '无请求')).statusCode).toBe(404);
    const unanswered = (
      await t.request({ method: 'GET', url: `/api/projects/${project.id}`, cookie: leader.cookie })
    ).json<Project>();
    expect(unanswered.reports.find((each) => each.id === report.id)?.helpStatus).toBe('open');
  });

  it('refuses an empty or too long answer with a message, in the caller’s language', async () => {
    const { project, report } = await projectAskingHelp('金石新能源储能项目');
    const empty = await answer(planner.cookie, project.id, report.id, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual([{ field: 'answer', message: '至少 2 个字符' }]);
    const long = await answer(planner.cookie, project.id, report.id, '答'.repeat(2001), 'en');
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details).toEqual([{ field: 'answer', message: 'At most 2000 characters' }]);
    const missing = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/reports/${report.id}/help-answer`,
      cookie: planner.cookie,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    const unauthenticated = await t.request({
      method: 'POST',
      url: `/api/projects/${project.id}/reports/${report.id}/help-answer`,
      payload: { answer: '未登录' },
    });
    expect(unauthenticated.statusCode).toBe(401);
  });
});
