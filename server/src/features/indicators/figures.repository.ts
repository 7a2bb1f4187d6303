import { sql, type SQL } from 'drizzle-orm';
import type { SliceQuery } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';

/** Sums of one slice of a period, as the summary tables hold them (exact decimals as text). */
export type CubeSums = {
  enterprises: number;
  cumulative: string;
  cumulativeComparable: string;
  cumulativeBase: string;
  cumulativeMissing: number;
  monthValue: string;
  monthComparable: string;
  monthBase: string;
  monthUnknown: number;
  monthCombined: number;
};

const sums = sql`coalesce(sum(enterprises), 0)::int as enterprises,
  coalesce(sum(cumulative), 0)::text as cumulative,
  coalesce(sum(cumulative_comparable), 0)::text as "cumulativeComparable",
  coalesce(sum(cumulative_base), 0)::text as "cumulativeBase",
  coalesce(sum(cumulative_missing), 0)::int as "cumulativeMissing",
  coalesce(sum(month_value), 0)::text as "monthValue",
  coalesce(sum(month_comparable), 0)::text as "monthComparable",
  coalesce(sum(month_base), 0)::text as "monthBase",
  coalesce(sum(month_unknown), 0)::int as "monthUnknown",
  coalesce(sum(month_combined), 0)::int as "monthCombined"`;

/** The summary table a slice reads: qualification slices overlap, so they have their own. */
function cubeOf(slice: SliceQuery): SQL {
  return slice.qualification ? sql.raw('indicator_cube_qualifications') : sql.raw('indicator_cube');
}

/** The filters of a slice over the summary tables' (or a filing's) attribute columns. */
export function sliceConditions(slice: SliceQuery, alias = ''): SQL {
  const column = (name: string) => sql.raw(alias ? `${alias}.${name}` : name);
  const parts: SQL[] = [];
  if (slice.parkId) parts.push(sql`${column('park_key')} = ${slice.parkId}`);
  if (slice.industrySection) parts.push(sql`${column('industry_section')} = ${slice.industrySection}`);
  if (slice.leadingIndustry) parts.push(sql`${column('leading_industry')} = ${slice.leadingIndustry}`);
  if (slice.aboveScale) parts.push(sql`${column('is_above_scale')} = ${slice.aboveScale === 'true'}`);
  if (slice.key) parts.push(sql`${column('is_key')} = ${slice.key === 'true'}`);
  if (slice.qualification) {
    parts.push(
      alias
        ? sql`${slice.qualification} = any(${column('qualifications')})`
        : sql`qualification = ${slice.qualification}`,
    );
  }
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

const toSums = <T extends CubeSums>(row: T): T => ({
  ...row,
  enterprises: Number(row.enterprises),
  cumulativeMissing: Number(row.cumulativeMissing),
  monthUnknown: Number(row.monthUnknown),
  monthCombined: Number(row.monthCombined),
});

/** Sums per indicator for one month of the given years (this year, last year …) of a slice. */
export async function sumsByIndicatorAndPeriod(
  db: DbOrTx,
  zoneId: string,
  month: number,
  years: number[],
  slice: SliceQuery,
  indicatorId?: string,
): Promise<(CubeSums & { indicatorId: string; year: number; month: number })[]> {
  const result = await db.execute<CubeSums & { indicatorId: string; year: number; month: number }>(sql`
    select indicator_id as "indicatorId", year, month, ${sums}
    from ${cubeOf(slice)}
    where zone_id = ${zoneId}
      and month = ${month} and year = any(${sql.param(years)}::int[])
      ${indicatorId ? sql`and indicator_id = ${indicatorId}` : sql``}
      and ${sliceConditions(slice)}
    group by indicator_id, year, month`);
  return result.rows.map((row) => ({ ...toSums(row), year: Number(row.year), month: Number(row.month) }));
}

/** Sums per period over a range, for trend lines. */
export async function sumsByPeriod(
  db: DbOrTx,
  zoneId: string,
  indicatorId: string,
  from: { year: number; month: number },
  to: { year: number; month: number },
  slice: SliceQuery,
): Promise<(CubeSums & { year: number; month: number })[]> {
  const result = await db.execute<CubeSums & { year: number; month: number }>(sql`
    select year, month, ${sums}
    from ${cubeOf(slice)}
    where zone_id = ${zoneId} and indicator_id = ${indicatorId}
      and (year, month) >= (${from.year}, ${from.month}) and (year, month) <= (${to.year}, ${to.month})
      and ${sliceConditions(slice)}
    group by year, month
    order by year, month`);
  return result.rows.map((row) => ({ ...toSums(row), year: Number(row.year), month: Number(row.month) }));
}

const dimensionColumns = {
  park: 'park_key',
  industry: 'industry_section',
  leading: 'leading_industry',
  qualification: 'qualification',
  scale: 'is_above_scale',
  key: 'is_key',
} as const;

/** Sums of one period grouped by one slice attribute. */
export async function sumsByDimension(
  db: DbOrTx,
  zoneId: string,
  indicatorId: string,
  period: { year: number; month: number },
  by: keyof typeof dimensionColumns,
  slice: SliceQuery,
): Promise<(CubeSums & { key: string })[]> {
  const table = by === 'qualification' ? sql.raw('indicator_cube_qualifications') : cubeOf(slice);
  const column = sql.raw(dimensionColumns[by]);
  const result = await db.execute<CubeSums & { key: string }>(sql`
    select ${column}::text as key, ${sums}
    from ${table}
    where zone_id = ${zoneId} and indicator_id = ${indicatorId}
      and year = ${period.year} and month = ${period.month}
      and ${sliceConditions(slice)}
    group by ${column}
    order by sum(cumulative) desc`);
  return result.rows.map(toSums);
}

export type EnterpriseFigureRecord = {
  enterpriseId: string;
  enterpriseName: string;
  parkId: string | null;
  parkName: string | null;
  cumulative: string;
  base: string | null;
  monthValue: string | null;
};

const orderings = {
  value: sql`v.cumulative desc, v.enterprise_id`,
  riser: sql`(v.cumulative - v.cumulative_base) desc nulls last, v.enterprise_id`,
  /** The drill-down's "by change" order: enterprises with an unknown base come last, not left out. */
  delta: sql`(v.cumulative - v.cumulative_base) desc nulls last, v.enterprise_id`,
  // Nulls are filtered out for fallers; "nulls first" lets the delta index be read backwards.
  faller: sql`(v.cumulative - v.cumulative_base) asc nulls first, v.enterprise_id`,
  growth: sql`case when v.cumulative_base > 0 then v.cumulative / v.cumulative_base end desc nulls last, v.enterprise_id`,
} as const;

/** The enterprises behind a slice of one period and indicator, in a chosen order. */
export async function findEnterpriseFigures(
  db: DbOrTx,
  zoneId: string,
  indicatorId: string,
  period: { year: number; month: number },
  slice: SliceQuery,
  order: keyof typeof orderings,
  limit: number,
  offset: number,
): Promise<EnterpriseFigureRecord[]> {
  const where = sql`v.zone_id = ${zoneId} and v.indicator_id = ${indicatorId}
      and v.year = ${period.year} and v.month = ${period.month} and ${sliceConditions(slice, 'f')}
      ${order === 'riser' || order === 'faller' ? sql`and v.cumulative_base is not null` : sql``}`;
  const result = await db.execute<EnterpriseFigureRecord>(sql`
    select v.enterprise_id as "enterpriseId", e.name as "enterpriseName", p.id as "parkId",
           p.name as "parkName", v.cumulative::text as cumulative, v.cumulative_base::text as base,
           v.month_value::text as "monthValue"
    from indicator_values v
    join indicator_filings f on f.id = v.filing_id
    join enterprises e on e.id = v.enterprise_id
    left join parks p on p.id::text = f.park_key
    where ${where}
    order by ${orderings[order]}
    limit ${limit} offset ${offset}`);
  return result.rows;
}

export async function countEnterpriseFigures(
  db: DbOrTx,
  zoneId: string,
  indicatorId: string,
  period: { year: number; month: number },
  slice: SliceQuery,
): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`
    select count(*)::int as total
    from indicator_values v join indicator_filings f on f.id = v.filing_id
    where v.zone_id = ${zoneId} and v.indicator_id = ${indicatorId}
      and v.year = ${period.year} and v.month = ${period.month} and ${sliceConditions(slice, 'f')}`);
  return Number(result.rows[0]?.total ?? 0);
}
