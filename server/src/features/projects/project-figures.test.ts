import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount, parseAmount, periodKpi, type ProjectFacts } from '@gaoxin/domain';
import { projectFunds, projects } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createZone } from '../../../test/factories.js';

/** KPI and funnel over HTTP, checked against the domain's own rules on the same facts. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: { user: { id: string }; cookie: string };
let leader: string;

/** Invented projects with stage dates and dated funds, including last year's same months. */
const facts: (ProjectFacts & { name: string })[] = [
  {
    name: '甲',
    signedOn: '2026-02-10',
    startedOn: '2026-05-01',
    producingOn: null,
    contractAmount: parseAmount('120000'),
    fundsInPlace: [
      { on: '2026-03-01', amount: parseAmount('5000') },
      { on: '2025-03-01', amount: parseAmount('2000') },
    ],
  },
  {
    name: '乙',
    signedOn: '2026-06-30',
    startedOn: null,
    producingOn: null,
    contractAmount: parseAmount('8000'),
    fundsInPlace: [{ on: '2026-07-15', amount: parseAmount('1234.5') }],
  },
  {
    name: '丙',
    signedOn: '2025-04-01',
    startedOn: '2025-09-01',
    producingOn: '2026-04-20',
    contractAmount: parseAmount('30000'),
    fundsInPlace: [
      { on: '2025-06-01', amount: parseAmount('3000') },
      { on: '2026-01-05', amount: parseAmount('700') },
    ],
  },
];

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  const investment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  officer = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  leader = (await t.loginAs(zone, 'leader')).cookie;
  for (const fact of facts) {
    const [row] = await t.db
      .insert(projects)
      .values({
        zoneId: zone.id,
        name: fact.name,
        investorName: `${fact.name}投资方`,
        totalInvestment: '200000',
        contractAmount: formatAmount(fact.contractAmount, 4),
        stage: fact.producingOn ? 'producing' : fact.startedOn ? 'started' : 'signed',
        signedOn: fact.signedOn!,
        startedOn: fact.startedOn,
        producingOn: fact.producingOn,
        departmentId: investment.id,
        createdBy: officer.user.id,
      })
      .returning();
    for (const fund of fact.fundsInPlace) {
      await t.db.insert(projectFunds).values({
        zoneId: zone.id,
        projectId: row!.id,
        receivedOn: fund.on,
        amount: formatAmount(fund.amount, 4),
        byName: '测试',
      });
    }
  }
});
afterAll(() => t.close());

describe('project KPI', () => {
  it.each([
    ['2026-01-01', '2026-06-30'],
    // One day, a year after a day with funds: the two periods do not touch.
    ['2026-03-01', '2026-03-01'],
    ['2024-02-29', '2026-02-28'],
    ['2026-01-01', '2026-12-31'],
    ['2025-01-01', '2025-12-31'],
  ])('states %s – %s as the domain rules compute it', async (from, to) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/projects/kpi?from=${from}&to=${to}`,
      cookie: leader,
    });
    expect(response.statusCode, response.body).toBe(200);
    const expected = periodKpi(facts, from, to);
    expect(response.json()).toEqual({
      from,
      to,
      signedCount: expected.signedCount,
      contractAmount: formatAmount(expected.contractAmount, 4),
      largeProjectCount: expected.largeProjectCount,
      fundsInPlace: formatAmount(expected.fundsInPlace, 4),
      fundsInPlaceLastYear: expect.any(String),
      fundsInPlaceGrowthPercent: expected.fundsInPlaceGrowthPercent ?? null,
      startedCount: expected.startedCount,
      producingCount: expected.producingCount,
    });
  });

  it('gives the first half of 2026 in the reports’ terms', async () => {
    const body = (
      await t.request({
        method: 'GET',
        url: '/api/projects/kpi?from=2026-01-01&to=2026-06-30',
        cookie: leader,
      })
    ).json();
    // 甲 and 乙 signed; 甲 above 1亿元; 5,700万元 in place against 5,000 a year earlier (甲, 丙): +14%.
    expect(body).toMatchObject({
      signedCount: 2,
      largeProjectCount: 1,
      fundsInPlace: '5700.0000',
      fundsInPlaceLastYear: '5000.0000',
      fundsInPlaceGrowthPercent: 14,
      startedCount: 1,
      producingCount: 1,
    });
  });

  it('refuses a reversed range and readers without the module', async () => {
    const reversed = await t.request({
      method: 'GET',
      url: '/api/projects/kpi?from=2026-06-01&to=2026-01-01',
      cookie: leader,
    });
    expect(reversed.statusCode).toBe(400);
    const admin = await t.loginAs(zone, 'admin');
    expect(
      (await t.request({ method: 'GET', url: '/api/projects/kpi', cookie: admin.cookie })).statusCode,
    ).toBe(403);
  });
});

describe('the pipeline funnel', () => {
  it('counts leads and projects by the furthest step they reached', async () => {
    for (const [name, to] of [
      ['漏斗线索一', null],
      ['漏斗线索二', 'negotiating'],
    ] as const) {
      const lead = (
        await t.request({
          method: 'POST',
          url: '/api/leads',
          cookie: officer.cookie,
          payload: { companyName: name, source: 'online', intendedInvestment: '1000' },
        })
      ).json<{ id: string; version: number }>();
      if (to) {
        await t.request({
          method: 'POST',
          url: `/api/leads/${lead.id}/status`,
          cookie: officer.cookie,
          payload: { to, version: lead.version },
        });
      }
    }
    const funnel = (await t.request({ method: 'GET', url: '/api/projects/funnel', cookie: leader })).json<{
      steps: { step: string; reached: number; current: number; amount: string }[];
    }>();
    const step = (name: string) => funnel.steps.find((each) => each.step === name)!;
    expect(step('lead')).toMatchObject({ reached: 5, current: 1 });
    expect(step('negotiating')).toMatchObject({ reached: 4, current: 1 });
    expect(step('signed')).toMatchObject({ reached: 3, current: 1, amount: '158000.0000' });
    expect(step('started')).toMatchObject({ reached: 2, current: 1 });
    expect(step('producing')).toMatchObject({ reached: 1, current: 1, amount: '30000.0000' });
    expect(step('fullProduction')).toMatchObject({ reached: 0, current: 0 });
    const byOfficer = (
      await t.request({ method: 'GET', url: '/api/projects/funnel?groupBy=officer', cookie: leader })
    ).json<{ groups: { group: { name: string } | null }[] }>();
    expect(byOfficer.groups.map((group) => group.group?.name)).toEqual(['测试officer']);
  });
});
