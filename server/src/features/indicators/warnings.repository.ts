import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

export type StoredWarning = {
  enterpriseId: string;
  enterpriseName: string;
  year: number;
  month: number;
  ruleCode: string;
  message: string;
  figures: Record<string, number | string>;
};

export async function findWarnings(
  db: DbOrTx,
  zoneId: string,
  filter: {
    period?: { year: number; month: number };
    ruleCode?: string;
    enterpriseId?: string;
    sinceIndex?: number;
  },
  limit: number,
  offset: number,
): Promise<{ rows: StoredWarning[]; total: number }> {
  const where = sql`w.zone_id = ${zoneId}
    ${filter.period ? sql`and w.year = ${filter.period.year} and w.month = ${filter.period.month}` : sql``}
    ${filter.sinceIndex !== undefined ? sql`and (w.year * 12 + w.month) >= ${filter.sinceIndex}` : sql``}
    ${filter.ruleCode ? sql`and w.rule_code = ${filter.ruleCode}` : sql``}
    ${filter.enterpriseId ? sql`and w.enterprise_id = ${filter.enterpriseId}` : sql``}`;
  const rows = await db.execute<StoredWarning>(sql`
    select w.enterprise_id as "enterpriseId", e.name as "enterpriseName", w.year, w.month,
           w.rule_code as "ruleCode", w.message, w.figures
    from indicator_warnings w join enterprises e on e.id = w.enterprise_id
    where ${where}
    order by w.year desc, w.month desc, w.rule_code, e.name, w.id
    limit ${limit} offset ${offset}`);
  const total = await db.execute<{ total: number }>(
    sql`select count(*)::int as total from indicator_warnings w where ${where}`,
  );
  return {
    rows: rows.rows.map((row) => ({ ...row, year: Number(row.year), month: Number(row.month) })),
    total: Number(total.rows[0]?.total ?? 0),
  };
}

/** Expected reporters (规上 or key) with no return in any of the `count` periods up to `lastIndex`. */
export async function findUnfiledRuns(db: DbOrTx, zoneId: string, lastIndex: number, count: number) {
  const result = await db.execute<{
    enterpriseId: string;
    enterpriseName: string;
    lastFiledIndex: number | null;
  }>(sql`
    select e.id as "enterpriseId", e.name as "enterpriseName",
           (select max(f.year * 12 + f.month) from indicator_filings f
             where f.enterprise_id = e.id and (f.year * 12 + f.month) <= ${lastIndex}) as "lastFiledIndex"
    from enterprises e
    where e.zone_id = ${zoneId} and (e.is_above_scale or e.is_key)
      and (e.established_on is null
           or (extract(year from e.established_on) * 12 + extract(month from e.established_on)) <= ${lastIndex - count + 1})
      and not exists (select 1 from indicator_filings f where f.enterprise_id = e.id
                      and (f.year * 12 + f.month) between ${lastIndex - count + 1} and ${lastIndex})
    order by e.name, e.id
    limit 2000`);
  return result.rows.map((row) => ({
    ...row,
    lastFiledIndex: row.lastFiledIndex === null ? null : Number(row.lastFiledIndex),
  }));
}

/** Derived values of a zone's period and the month before, for re-evaluating rules. */
export async function findPeriodValues(db: DbOrTx, zoneId: string, year: number, month: number) {
  const result = await db.execute<{
    enterpriseId: string;
    indicatorId: string;
    month: number;
    cumulative: string;
    cumulativeBase: string | null;
    monthValue: string | null;
    monthBase: string | null;
    coversJanuary: boolean;
  }>(sql`
    select enterprise_id as "enterpriseId", indicator_id as "indicatorId", month, cumulative,
           cumulative_base as "cumulativeBase", month_value as "monthValue", month_base as "monthBase",
           covers_january as "coversJanuary"
    from indicator_values
    where zone_id = ${zoneId} and year = ${year} and month between ${Math.max(1, month - 1)} and ${month}`);
  return result.rows.map((row) => ({ ...row, month: Number(row.month) }));
}
