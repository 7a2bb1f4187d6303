import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parks, projects } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createZone } from '../../../test/factories.js';

let t: TestApp;
afterAll(() => t.close());

/**
 * The funnel and the KPI read summary rows that triggers keep with every write. These tests write in
 * every way the tables are written (the API, several rows in one statement, deletes with their
 * cascades, TRUNCATE) in a zone of their own and compare the rows with a count from the base tables.
 */
describe('the summary rows behind the funnel and the KPI', () => {
  let other: Awaited<ReturnType<typeof createZone>>;
  let owner: { user: { id: string }; cookie: string };
  let chief: string;
  let secondPark: { id: string };
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Another zone's project, which none of the figures below may count.
    const elsewhere = await createZone(t.db);
    const stranger = await t.loginAs(elsewhere, 'officer');
    outsider = (await t.loginAs(elsewhere, 'leader')).cookie;
    await t.db.insert(projects).values({
      zoneId: elsewhere.id,
      name: '外区项目',
      investorName: '外区投资方',
      totalInvestment: '9000',
      contractAmount: '7777',
      stage: 'signed',
      signedOn: '2026-03-10',
      parkId: elsewhere.park.id,
      createdBy: stranger.user.id,
    });
    other = await createZone(t.db);
    const investment = await createDepartment(t.db, other, 'D02', '招商合作局');
    owner = await t.loginAs(other, 'officer', { departmentId: investment.id });
    chief = (await t.loginAs(other, 'leader')).cookie;
    const [park] = await t.db
      .insert(parks)
      .values({ zoneId: other.id, code: 'P02', name: '二号园' })
      .returning();
    secondPark = park!;
  });

  const newLead = async (payload: Record<string, unknown>, to: ('negotiating' | 'signed')[] = []) => {
    let lead = (
      await t.request({
        method: 'POST',
        url: '/api/leads',
        cookie: owner.cookie,
        payload: { source: 'online', ...payload },
      })
    ).json<{ id: string; version: number }>();
    for (const status of to) {
      const moved = await t.request({
        method: 'POST',
        url: `/api/leads/${lead.id}/status`,
        cookie: owner.cookie,
        payload: { to: status, version: lead.version },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      lead = moved.json();
    }
    return lead;
  };
  const newProject = async (payload: Record<string, unknown>) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/projects',
      cookie: owner.cookie,
      payload: {
        name: '汇总校验项目',
        investorName: '汇总校验投资有限公司',
        totalInvestment: '50000',
        contractAmount: '20000',
        signedOn: '2026-03-10',
        ...payload,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; version: number }>();
  };

  /** The summary rows of the zone, and the same counted again from the base tables. */
  async function expectSummariesExact() {
    const zoneId = other.id;
    const funnel = await t.db.execute<Record<string, unknown>>(sql`
      select step, park_id, officer_id, count, amount::text as amount from project_funnel_totals
      where zone_id = ${zoneId} and count <> 0 order by 1, 2, 3`);
    const funnelCounted = await t.db.execute<Record<string, unknown>>(sql`
      select step, park_id, officer_id, count(*)::int as count, sum(amount)::numeric(20, 4)::text as amount from (
        select status as step, park_id, owner_id as officer_id, coalesce(intended_investment, 0) as amount
        from investment_leads
        where zone_id = ${zoneId} and duplicate_of_id is null
          and (status in ('lead', 'negotiating') or (status = 'signed' and project_id is null))
        union all
        select stage, park_id, created_by, contract_amount from projects where zone_id = ${zoneId}
      ) standing group by 1, 2, 3 order by 1, 2, 3`);
    expect(funnel.rows).toEqual(funnelCounted.rows);
    const daily = await t.db.execute<Record<string, unknown>>(sql`
      select day::text as day, signed, contract_amount::text as contract, large, started, producing,
             funds_amount::text as funds
      from project_daily_figures
      where zone_id = ${zoneId}
        and (signed, contract_amount, large, started, producing, funds_amount) <> (0, 0, 0, 0, 0, 0)
      order by 1`);
    const dailyCounted = await t.db.execute<Record<string, unknown>>(sql`
      select day::text as day, sum(signed)::int as signed, sum(contract)::numeric(20, 4)::text as contract,
             sum(large)::int as large, sum(started)::int as started, sum(producing)::int as producing,
             sum(funds)::numeric(20, 4)::text as funds
      from (
        select signed_on as day, 1 as signed, contract_amount as contract,
               (contract_amount >= 10000)::int as large, 0 as started, 0 as producing, 0::numeric as funds
        from projects where zone_id = ${zoneId}
        union all
        select started_on, 0, 0, 0, 1, 0, 0 from projects where zone_id = ${zoneId} and started_on is not null
        union all
        select producing_on, 0, 0, 0, 0, 1, 0 from projects where zone_id = ${zoneId} and producing_on is not null
        union all
        select received_on, 0, 0, 0, 0, 0, amount from project_funds where zone_id = ${zoneId}
      ) facts group by 1 order by 1`);
    expect(daily.rows).toEqual(dailyCounted.rows);
    return { funnel: funnel.rows.length, days: daily.rows.length };
  }

  it('counts a signed lead and a signed project of the same park and officer together in the group', async () => {
    await newLead({ companyName: '汇总签约线索有限公司', parkId: other.park.id, intendedInvestment: '500' }, [
      'negotiating',
      'signed',
    ]);
    await newProject({ parkId: other.park.id, contractAmount: '2000' });
    type Funnel = {
      steps: { step: string; current: number; amount: string }[];
      groups: {
        group: { id: string; name: string } | null;
        steps: { step: string; current: number; amount: string }[];
      }[];
    };
    const signedOf = (steps: Funnel['steps']) => steps.find((step) => step.step === 'signed');
    for (const groupBy of ['park', 'officer'] as const) {
      const funnel = (
        await t.request({ method: 'GET', url: `/api/projects/funnel?groupBy=${groupBy}`, cookie: chief })
      ).json<Funnel>();
      expect(funnel.groups).toHaveLength(1);
      expect(funnel.groups[0]!.group?.name).toBe(groupBy === 'park' ? '一号园' : '测试officer');
      expect(signedOf(funnel.groups[0]!.steps)).toMatchObject({ current: 2, amount: '2500.0000' });
      expect(signedOf(funnel.steps)).toMatchObject({ current: 2, amount: '2500.0000' });
    }
    // The other zone's figures are its own.
    const outside = (
      await t.request({ method: 'GET', url: '/api/projects/funnel?groupBy=park', cookie: outsider })
    ).json<Funnel>();
    expect(signedOf(outside.steps)).toMatchObject({ current: 1, amount: '7777.0000' });
    expect(outside.groups.map((group) => group.group?.name)).toEqual(['一号园']);
    await expectSummariesExact();
  });

  it('stays equal to a count from the base tables through every kind of write', async () => {
    // Through the API: a lead becomes a project (the lead stops counting), stages, funds, an edit.
    const lead = await newLead({ companyName: '汇总转化线索有限公司', intendedInvestment: '900' }, [
      'negotiating',
      'signed',
    ]);
    const converted = await newProject({ leadId: lead.id, contractAmount: '12000', signedOn: '2026-01-15' });
    let version = converted.version;
    for (const [to, happenedOn] of [
      ['registered', '2026-02-01'],
      ['landGranted', '2026-03-01'],
      ['started', '2026-04-01'],
      ['completed', '2026-06-01'],
      ['producing', '2026-07-01'],
    ] as const) {
      const moved = await t.request({
        method: 'POST',
        url: `/api/projects/${converted.id}/stage`,
        cookie: owner.cookie,
        payload: { to, happenedOn, version },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      version = moved.json<{ version: number }>().version;
    }
    for (const [receivedOn, amount] of [
      ['2026-05-05', '3000'],
      ['2026-08-08', '1000.5'],
    ]) {
      const fund = await t.request({
        method: 'POST',
        url: `/api/projects/${converted.id}/funds`,
        cookie: owner.cookie,
        payload: { receivedOn, amount },
      });
      expect(fund.statusCode, fund.body).toBe(201);
    }
    const current = (
      await t.request({ method: 'GET', url: `/api/projects/${converted.id}`, cookie: owner.cookie })
    ).json<{ version: number }>();
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/projects/${converted.id}`,
      cookie: owner.cookie,
      payload: {
        contractAmount: '9999.5',
        parkId: secondPark.id,
        signedOn: '2026-01-20',
        version: current.version,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await newLead({ companyName: '汇总在谈线索有限公司', parkId: secondPark.id }, ['negotiating']);
    await expectSummariesExact();

    // Several rows in one statement, deletes with their cascades, columns the figures ignore.
    const direct = await newProject({ parkId: null, contractAmount: '15000', signedOn: '2025-12-31' });
    await t.db.execute(sql`insert into project_funds (zone_id, project_id, received_on, amount, by_name)
      select ${other.id}, ${direct.id}, day::date, 250.25, '测试'
      from generate_series(date '2025-12-01', date '2026-01-31', interval '10 days') as day`);
    await t.db
      .execute(sql`update projects set contract_amount = contract_amount + 1, next_open_on = '2026-09-01'
      where zone_id = ${other.id}`);
    await t.db.execute(sql`update project_funds set received_on = received_on + 1, amount = amount * 2
      where zone_id = ${other.id} and amount = 250.25`);
    await t.db.execute(sql`update investment_leads set intended_investment = null
      where zone_id = ${other.id} and company_name = '汇总在谈线索有限公司'`);
    await t.db.execute(sql`update investment_leads set duplicate_of_id = id
      where zone_id = ${other.id} and company_name = '汇总签约线索有限公司'`);
    await t.db.execute(sql`update projects set name = name || '（更名）' where zone_id = ${other.id}`);
    expect((await expectSummariesExact()).days).toBeGreaterThan(5);
    await t.db.execute(sql`delete from projects where id = ${direct.id}`);
    await t.db.execute(sql`delete from investment_leads
      where zone_id = ${other.id} and company_name = '汇总在谈线索有限公司'`);
    await expectSummariesExact();

    // The KPI of a period as the base tables give it (the former statements, over every project).
    const [from, to] = ['2026-01-01', '2026-12-31'];
    const kpi = (
      await t.request({ method: 'GET', url: `/api/projects/kpi?from=${from}&to=${to}`, cookie: chief })
    ).json();
    const counted = await t.db.execute<Record<string, string | number>>(sql`
      select (count(*) filter (where signed_on between ${from} and ${to}))::int as "signedCount",
             coalesce(sum(contract_amount) filter (where signed_on between ${from} and ${to}), 0)::text
               as "contractAmount",
             (count(*) filter (where signed_on between ${from} and ${to} and contract_amount >= 10000))::int
               as "largeProjectCount",
             (count(*) filter (where started_on between ${from} and ${to}))::int as "startedCount",
             (count(*) filter (where producing_on between ${from} and ${to}))::int as "producingCount",
             (select coalesce(sum(amount), 0)::numeric(20, 4)::text from project_funds
               where zone_id = ${other.id} and received_on between ${from} and ${to}) as "fundsInPlace",
             (select coalesce(sum(amount), 0)::numeric(20, 4)::text from project_funds
               where zone_id = ${other.id} and received_on between '2025-01-01' and '2025-12-31')
               as "fundsInPlaceLastYear"
      from projects where zone_id = ${other.id}`);
    expect(kpi).toMatchObject(counted.rows[0]!);
    expect(kpi).toMatchObject({
      signedCount: 2,
      startedCount: 1,
      producingCount: 1,
      fundsInPlace: '4000.5000',
    });
  });

  it('counts again from the base tables after a TRUNCATE', async () => {
    await t.db.execute(sql`truncate project_funds`);
    await expectSummariesExact();
    const kpi = (
      await t.request({
        method: 'GET',
        url: '/api/projects/kpi?from=2025-01-01&to=2026-12-31',
        cookie: chief,
      })
    ).json<{ fundsInPlace: string; signedCount: number }>();
    expect(kpi).toMatchObject({ fundsInPlace: '0.0000', signedCount: 2 });
  });
});
