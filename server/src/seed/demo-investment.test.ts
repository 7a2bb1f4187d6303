import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { projectColour, todayInChina, type MilestoneDates } from '@gaoxin/domain';
import { departments, enterprises as enterpriseTable, parks, users, zones } from '../db/schema/index.js';
import { hashPassword } from '../platform/passwords.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { demoParkOutlines, loadDemoInvestment } from './demo-investment.js';
import { demoProjectName } from './demo-project-parties.js';
import { demoDepartments, demoParks } from './demo-names.js';
import { generateEnterprises, seededRandom } from './demo-zone.js';

/** The demo's leads and projects as the running application reads them: coherent, mapped, late where due. */
const password = 'Demo-Passw0rd!';
let t: TestApp;
let leader = '';
let investment = '';
let service = '';
let enterprise = '';

type Project = { id: string; colour: string; stage: string; milestones: MilestoneDates[] };

beforeAll(async () => {
  t = await createTestApp();
  const [zone] = await t.db.insert(zones).values({ code: 'DEMO', name: '示例高新区' }).returning();
  const parkRows = await t.db
    .insert(parks)
    .values(
      demoParks.map((park) => ({
        zoneId: zone!.id,
        code: park.code,
        name: park.name,
        outline: demoParkOutlines[park.code],
      })),
    )
    .returning();
  const departmentRows = await t.db
    .insert(departments)
    .values(demoDepartments.map((department) => ({ zoneId: zone!.id, ...department })))
    .returning();
  const departmentId = (code: string) => departmentRows.find((row) => row.code === code)!.id;
  const account = { zoneId: zone!.id, passwordHash: await hashPassword(password), mustChangePassword: false };
  const people = await t.db
    .insert(users)
    .values([
      { ...account, username: 'leader', displayName: '张主任', role: 'leader' },
      {
        ...account,
        username: 'officer',
        displayName: '李科长',
        role: 'officer',
        departmentId: departmentId('D01'),
      },
      {
        ...account,
        username: 'investment',
        displayName: '王专员',
        role: 'officer',
        departmentId: departmentId('D02'),
      },
      {
        ...account,
        username: 'service',
        displayName: '赵干事',
        role: 'officer',
        departmentId: departmentId('D03'),
      },
    ])
    .returning();
  const id = (username: string) => people.find((person) => person.username === username)!.id;
  const enterprises = generateEnterprises(seededRandom(1), { zoneId: zone!.id, parks: parkRows, count: 20 });
  const anchors = (await t.db.insert(enterpriseTable).values(enterprises).returning()).map((row) => row.id);
  await t.db.transaction((tx) =>
    loadDemoInvestment(tx, {
      zoneId: zone!.id,
      parks: parkRows,
      investmentDepartmentId: departmentId('D02'),
      users: {
        investment: id('investment'),
        officer: id('officer'),
        service: id('service'),
        leader: id('leader'),
      },
      userNames: Object.fromEntries(people.map((person) => [person.id, person.displayName])),
      anchors,
      departments: departmentRows,
      investorEnterpriseId: anchors[0],
      today: todayInChina(),
      random: seededRandom(20260104),
    }),
  );
  await t.db.insert(users).values({
    ...account,
    username: 'enterprise',
    displayName: '填报员',
    role: 'enterprise',
    enterpriseId: anchors[0],
  });
  leader = await t.login('leader', password);
  investment = await t.login('investment', password);
  service = await t.login('service', password);
  enterprise = await t.login('enterprise', password);
});
afterAll(() => t.close());

describe('the demo’s leads and projects', () => {
  it('holds about 150 leads, a few flagged as later registrations (首报首谈)', async () => {
    const all = (await t.request({ method: 'GET', url: '/api/leads?pageSize=1', cookie: leader })).json();
    expect(all.total).toBeGreaterThanOrEqual(150);
    const flagged = (
      await t.request({ method: 'GET', url: '/api/leads?duplicates=true&pageSize=50', cookie: leader })
    ).json<{ items: { duplicateOf: { ownerName: string } | null }[] }>();
    expect(flagged.items.length).toBe(3);
    expect(flagged.items.every((lead) => lead.duplicateOf?.ownerName === '王专员')).toBe(true);
  });

  it('colours every project as the domain rule does from its milestones, with some on the 督办 list', async () => {
    const list = (
      await t.request({ method: 'GET', url: '/api/projects?pageSize=200', cookie: leader })
    ).json<{
      items: { id: string }[];
      total: number;
    }>();
    expect(list.total).toBe(80);
    const colours = new Map<string, number>();
    for (const { id } of list.items.slice(0, 40)) {
      const project = (
        await t.request({ method: 'GET', url: `/api/projects/${id}`, cookie: leader })
      ).json<Project>();
      expect(project.colour).toBe(projectColour(project.milestones, todayInChina()).colour);
      colours.set(project.colour, (colours.get(project.colour) ?? 0) + 1);
    }
    const red = (await t.request({ method: 'GET', url: '/api/projects?colour=red', cookie: leader })).json();
    expect(red.total).toBeGreaterThan(0);
    expect(red.total).toBeLessThan(40);
    expect(colours.get('green') ?? 0).toBeGreaterThan(0);
  });

  it('spans the stages, with funds, and places every project on its park', async () => {
    const funnel = (await t.request({ method: 'GET', url: '/api/projects/funnel', cookie: leader })).json<{
      steps: { step: string; reached: number }[];
    }>();
    const reached = (step: string) => funnel.steps.find((each) => each.step === step)!.reached;
    expect(reached('started')).toBeGreaterThan(10);
    expect(reached('producing')).toBeGreaterThan(0);
    const map = (await t.request({ method: 'GET', url: '/api/projects/map', cookie: investment })).json<{
      parks: { features: unknown[] };
      projects: { ids: string[] };
      unplaced: number;
    }>();
    expect(map.parks.features).toHaveLength(3);
    expect(map.projects.ids).toHaveLength(80);
    expect(map.unplaced).toBe(0);
    const kpi = (
      await t.request({ method: 'GET', url: '/api/projects/kpi?from=2025-01-01', cookie: leader })
    ).json();
    expect(kpi.signedCount).toBeGreaterThan(0);
    expect(Number(kpi.fundsInPlace)).toBeGreaterThan(0);
  });

  it('names projects after their investor and plan without saying the trade twice', async () => {
    expect(demoProjectName('东莞恒瑞达软件有限公司', '软件研发中心')).toBe('东莞恒瑞达软件研发中心');
    expect(demoProjectName('武汉光启半导体股份有限公司', '功率器件封测基地')).toBe(
      '武汉光启半导体功率器件封测基地',
    );
    const names = await t.db.execute<{ name: string }>(sql`select name from projects`);
    expect(names.rows.length).toBeGreaterThan(0);
    for (const { name } of names.rows)
      expect(name).not.toMatch(/(软件|新能源|半导体|精密机械|生物医药|电子材料|智能装备|医疗器械)\1/);
  });

  it('asks departments for help on late projects, tells them, and answers some of last week’s', async () => {
    const asking = (
      await t.request({ method: 'GET', url: '/api/projects?help=any&pageSize=200', cookie: service })
    ).json<{ total: number }>();
    expect(asking.total).toBeGreaterThan(0);
    const inbox = (await t.request({ method: 'GET', url: '/api/inbox?pageSize=200', cookie: service })).json<{
      items: { kind: string; project: { id: string } | null }[];
    }>();
    const asked = inbox.items.filter((item) => item.kind === 'projectHelpAsked');
    expect(asked.length).toBe(asking.total);
    const open = (
      await t.request({ method: 'GET', url: '/api/projects?help=open&pageSize=200', cookie: service })
    ).json<{ total: number }>();
    expect(open.total).toBeLessThanOrEqual(asking.total);
  });

  it('makes the demo enterprise the investor of one project under way (我的项目)', async () => {
    const mine = (await t.request({ method: 'GET', url: '/api/projects', cookie: enterprise })).json<{
      items: { id: string; investorName: string; stage: string }[];
    }>();
    expect(mine.items).toHaveLength(1);
    const detail = (
      await t.request({ method: 'GET', url: `/api/projects/${mine.items[0]!.id}`, cookie: enterprise })
    ).json<{ investorEnterprise: { id: string } | null; milestones: unknown[]; reports: unknown[] }>();
    expect(detail.investorEnterprise?.id).toBeDefined();
    expect(detail.milestones.length).toBeGreaterThan(0);
    expect(detail.reports).toEqual([]);
  });
});
