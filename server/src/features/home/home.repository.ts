import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

const closedStates = sql`('resolved', 'rejected', 'closed')`;
/** Past its deadline with the clock running: the appeal list's `overdue=true`. */
const overdue = sql`(a.deadline_at < now() and a.paused_since is null)`;

export type HomeAppealRow = {
  id: string;
  number: string;
  title: string;
  state: string;
  enterprise_id: string;
  enterprise_name: string;
  lead_department_id: string | null;
  lead_department_name: string | null;
  deadline_at: Date | string | null;
  is_overdue: boolean;
  escalation: number;
};

/**
 * One statement per appeal card: the appeals matching `base` are read once (narrow columns), then
 * counted under each of `counts` and the first `limit` of those also matching `listed` are
 * joined to their names — instead of a count and a page that each scan the same rows.
 */
async function findAppealCard<Name extends string>(
  db: DbOrTx,
  base: SQL,
  counts: Record<Name, SQL>,
  listed: SQL,
  order: SQL,
  limit: number,
) {
  const countColumns = sql.join(
    Object.entries<SQL>(counts).map(
      ([name, filter]) => sql`(count(*) filter (where ${filter}))::int as ${sql.identifier(name)}`,
    ),
    sql`, `,
  );
  const { rows } = await db.execute<Record<Name, number> & { items: HomeAppealRow[] | null }>(sql`
    with a as materialized (
      select a.id, a.number, a.title, a.state, a.enterprise_id, a.lead_department_id, a.deadline_at,
             a.paused_since, a.escalation, a.submitted_at
      from appeals a where ${base})
    select ${countColumns},
      (select json_agg(p order by p.n) from (
         select a.id, a.number, a.title, a.state, a.enterprise_id, e.name as enterprise_name,
                a.lead_department_id, d.name as lead_department_name, a.deadline_at,
                coalesce(${overdue}, false) as is_overdue, a.escalation,
                row_number() over (order by ${order}) as n
         from (select * from a where ${listed} order by ${order} limit ${limit}) a
         join enterprises e on e.id = a.enterprise_id
         left join departments d on d.id = a.lead_department_id) p) as items
    from a`);
  const row = rows[0];
  const count = (name: Name) => Number(row?.[name] ?? 0);
  return { count, items: row?.items ?? [] };
}

/**
 * The zone's open appeals: all, past their deadline, and before the leaders (督办, escalation 2);
 * with the most urgent of those that need a leader's eye.
 */
export async function findZoneAppeals(db: DbOrTx, zoneId: string, limit: number) {
  const card = await findAppealCard(
    db,
    sql`a.zone_id = ${zoneId} and a.state not in ${closedStates}`,
    { open: sql`true`, overdue, supervised: sql`a.escalation >= 2` },
    sql`(a.escalation >= 2 or ${overdue})`,
    sql`a.escalation desc, a.deadline_at asc nulls last, a.id`,
    limit,
  );
  return {
    open: card.count('open'),
    overdue: card.count('overdue'),
    supervised: card.count('supervised'),
    items: card.items,
  };
}

/** Open appeals matching `where` (an officer's queue): counts and the first page. */
export async function findAppealQueue(db: DbOrTx, where: SQL, order: SQL, limit: number) {
  const card = await findAppealCard(db, where, { total: sql`true`, overdue }, sql`true`, order, limit);
  return { total: card.count('total'), overdue: card.count('overdue'), items: card.items };
}

/**
 * An enterprise's appeals: how many are open, and (split out) those that wait for it — more
 * information asked, or resolved to confirm, as `/api/appeals?scope=mine` has it for an enterprise.
 */
export async function findEnterpriseAppeals(
  db: DbOrTx,
  zoneId: string,
  enterpriseId: string,
  order: SQL,
  limit: number,
) {
  const waiting = sql`a.state in ('returned', 'resolved')`;
  const card = await findAppealCard(
    db,
    sql`a.zone_id = ${zoneId} and a.enterprise_id = ${enterpriseId}`,
    { open: sql`a.state not in ${closedStates}`, waiting },
    waiting,
    order,
    limit,
  );
  return { open: card.count('open'), total: card.count('waiting'), items: card.items };
}

export type HomeLeadRow = {
  id: string;
  company_name: string;
  status: string;
  registered_at: Date | string;
  first_contacted_at: Date | string | null;
};

/** An officer's open leads (线索, 洽谈): those still waiting for a first contact first, oldest first. */
export async function findOpenLeadsOf(db: DbOrTx, zoneId: string, ownerId: string, limit: number) {
  const where = sql`l.zone_id = ${zoneId} and l.owner_id = ${ownerId} and l.status in ('lead', 'negotiating')`;
  // The count rides along as a window over the same rows (no rows: none to count).
  const { rows } = await db.execute<HomeLeadRow & { total: number }>(sql`
    select l.id, l.company_name, l.status, l.registered_at, l.first_contacted_at,
           (count(*) over ())::int as total
    from investment_leads l where ${where}
    order by (l.first_contacted_at is null) desc, l.registered_at asc, l.id
    limit ${limit}`);
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/**
 * The periods from `fromIndex` to `toIndex` (year × 12 + month) an enterprise was expected to
 * report and has not: expected as the filing board expects (规上 or key, established by then).
 */
export async function findUnfiledPeriods(
  db: DbOrTx,
  zoneId: string,
  enterpriseId: string,
  fromIndex: number,
  toIndex: number,
) {
  const { rows } = await db.execute<{ period_index: number }>(sql`
    select g.i as period_index
    from enterprises e
    cross join generate_series(${fromIndex}::int, ${toIndex}::int) as g(i)
    where e.id = ${enterpriseId} and e.zone_id = ${zoneId} and (e.is_above_scale or e.is_key)
      and (e.established_on is null
           or (extract(year from e.established_on) * 12 + extract(month from e.established_on)) <= g.i)
      and not exists (select 1 from indicator_filings f
                      where f.enterprise_id = e.id and f.zone_id = ${zoneId} and (f.year * 12 + f.month) = g.i)
    order by g.i desc`);
  return rows.map((row) => Number(row.period_index));
}

/** Whether the enterprise filed the period (year × 12 + month). */
export async function hasFiled(db: DbOrTx, zoneId: string, enterpriseId: string, periodIndex: number) {
  const { rows } = await db.execute<{ one: number }>(sql`
    select 1 as one from indicator_filings f
    where f.zone_id = ${zoneId} and f.enterprise_id = ${enterpriseId} and (f.year * 12 + f.month) = ${periodIndex}
    limit 1`);
  return rows.length > 0;
}

export async function findEnterpriseName(db: DbOrTx, zoneId: string, enterpriseId: string) {
  const { rows } = await db.execute<{ name: string }>(
    sql`select name from enterprises where id = ${enterpriseId} and zone_id = ${zoneId}`,
  );
  return rows[0]?.name ?? null;
}
