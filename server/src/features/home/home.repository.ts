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

/** A page of appeals cut on `appeals` alone (the open-appeals index), then joined to their names. */
async function findAppealPage(db: DbOrTx, where: SQL, order: SQL, limit: number) {
  const { rows } = await db.execute<HomeAppealRow>(sql`
    select a.id, a.number, a.title, a.state, a.enterprise_id, e.name as enterprise_name,
           a.lead_department_id, d.name as lead_department_name, a.deadline_at,
           coalesce(${overdue}, false) as is_overdue, a.escalation
    from (select * from appeals a where ${where} order by ${order} limit ${limit}) a
    join enterprises e on e.id = a.enterprise_id
    left join departments d on d.id = a.lead_department_id
    order by ${order}`);
  return rows;
}

/**
 * The zone's open appeals counted from the open-appeals index: all, past their deadline, and
 * before the leaders (督办, escalation 2); with the most urgent of those that need a leader's eye.
 */
export async function findZoneAppeals(db: DbOrTx, zoneId: string, limit: number) {
  const open = sql`a.zone_id = ${zoneId} and a.state not in ${closedStates}`;
  const [counts, items] = await Promise.all([
    db.execute<{ open: number; overdue: number; supervised: number }>(sql`
      select count(*)::int as open, (count(*) filter (where ${overdue}))::int as overdue,
             (count(*) filter (where a.escalation >= 2))::int as supervised
      from appeals a where ${open}`),
    findAppealPage(
      db,
      sql`${open} and (a.escalation >= 2 or ${overdue})`,
      sql`a.escalation desc, a.deadline_at asc nulls last, a.id`,
      limit,
    ),
  ]);
  const row = counts.rows[0];
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0, supervised: row?.supervised ?? 0, items };
}

/** Open appeals matching `where` (an officer's queue, an enterprise's own): counts and the first page. */
export async function findAppealQueue(db: DbOrTx, where: SQL, order: SQL, limit: number) {
  const [counts, items] = await Promise.all([
    db.execute<{ total: number; overdue: number }>(sql`
      select count(*)::int as total, (count(*) filter (where ${overdue}))::int as overdue
      from appeals a where ${where}`),
    findAppealPage(db, where, order, limit),
  ]);
  return { total: counts.rows[0]?.total ?? 0, overdue: counts.rows[0]?.overdue ?? 0, items };
}

/** The open appeals of an enterprise: how many, and (split out) those that wait for it. */
export async function countEnterpriseAppeals(db: DbOrTx, zoneId: string, enterpriseId: string) {
  const { rows } = await db.execute<{ open: number }>(sql`
    select count(*)::int as open from appeals a
    where a.zone_id = ${zoneId} and a.enterprise_id = ${enterpriseId} and a.state not in ${closedStates}`);
  return rows[0]?.open ?? 0;
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
  const [rows, counted] = await Promise.all([
    db.execute<HomeLeadRow>(sql`
      select l.id, l.company_name, l.status, l.registered_at, l.first_contacted_at
      from investment_leads l where ${where}
      order by (l.first_contacted_at is null) desc, l.registered_at asc, l.id
      limit ${limit}`),
    db.execute<{ total: number }>(sql`select count(*)::int as total from investment_leads l where ${where}`),
  ]);
  return { rows: rows.rows, total: counted.rows[0]?.total ?? 0 };
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
