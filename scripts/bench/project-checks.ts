/**
 * Checks of a loaded 项目促建 benchmark zone: what the services keep alongside the rows they write
 * must match the rows, or the benchmark would measure wrong colours and figures.
 */
import type { Database } from '../../server/src/db/client.js';

/** Summary rows (funnel, per-day KPI) that differ from the same figures counted from the base tables. */
const summaryDriftSql = `
  with funnel as (
    select step, park_id, officer_id, count(*)::int as count, sum(amount)::numeric(20, 4) as amount from (
      select status as step, park_id, owner_id as officer_id, coalesce(intended_investment, 0) as amount
      from investment_leads
      where zone_id = $1 and duplicate_of_id is null
        and (status in ('lead', 'negotiating') or (status = 'signed' and project_id is null))
      union all
      select stage, park_id, created_by, contract_amount from projects where zone_id = $1
    ) standing group by 1, 2, 3
  ), kept_funnel as (
    select step, park_id, officer_id, count, amount from project_funnel_totals where zone_id = $1 and count <> 0
  ), days as (
    select day, sum(signed)::int as signed, sum(contract)::numeric(20, 4) as contract, sum(large)::int as large,
           sum(started)::int as started, sum(producing)::int as producing, sum(funds)::numeric(20, 4) as funds
    from (
      select signed_on as day, 1 as signed, contract_amount as contract, (contract_amount >= 10000)::int as large,
             0 as started, 0 as producing, 0::numeric as funds
      from projects where zone_id = $1
      union all select started_on, 0, 0, 0, 1, 0, 0 from projects where zone_id = $1 and started_on is not null
      union all select producing_on, 0, 0, 0, 0, 1, 0 from projects where zone_id = $1 and producing_on is not null
      union all select received_on, 0, 0, 0, 0, 0, amount from project_funds where zone_id = $1
    ) facts group by 1
  ), kept_days as (
    select day, signed, contract_amount, large, started, producing, funds_amount from project_daily_figures
    where zone_id = $1 and (signed, contract_amount, large, started, producing, funds_amount) <> (0, 0, 0, 0, 0, 0)
  )
  select ((select count(*) from (select * from funnel except select * from kept_funnel) a)
        + (select count(*) from (select * from kept_funnel except select * from funnel) b)
        + (select count(*) from (select * from days except select * from kept_days) c)
        + (select count(*) from (select * from kept_days except select * from days) d))::int as n`;

/** Throws when derived columns or summary rows of the zone are out of step with its base rows. */
export async function checkProjectZone(database: Database, zoneId: string): Promise<void> {
  // The services keep next_open_on with the milestones; a loader that did not would bench wrong colours.
  const { rows: drift } = await database.sql.query<{ n: number }>(
    `select count(*)::int as n from projects p where p.zone_id = $1 and p.next_open_on is distinct from
       (select min(m.planned_on) from project_milestones m where m.project_id = p.id and m.actual_on is null)`,
    [zoneId],
  );
  if (drift[0]!.n !== 0) throw new Error(`${drift[0]!.n} projects with next_open_on out of step`);
  // Nor would summary rows that the triggers got wrong on a load of this size.
  const { rows: off } = await database.sql.query<{ n: number }>(summaryDriftSql, [zoneId]);
  if (off[0]!.n !== 0) throw new Error(`${off[0]!.n} project figure summary rows out of step`);
}
