import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { enterprises, indicatorFilings } from '../../db/schema/index.js';

/** Parameters travel as whole arrays (one parameter per column), so a write is one statement. */
const list = (values: unknown[]) => sql.param(values);

/** What a return snapshots about its enterprise, and what derivation needs. */
export type EnterpriseAttributes = {
  id: string;
  name: string;
  parkId: string | null;
  industryCode: string | null;
  leadingIndustry: string | null;
  isAboveScale: boolean;
  isKey: boolean;
  establishedOn: string | null;
  /** Qualification types valid at the end of the period. */
  qualifications: string[];
};

export async function findEnterpriseAttributes(
  db: DbOrTx,
  zoneId: string,
  ids: string[],
  periodEnd: string,
): Promise<EnterpriseAttributes[]> {
  if (ids.length === 0) return [];
  const result = await db.execute<EnterpriseAttributes & { qualifications: string[] | null }>(sql`
    select e.id, e.name, e.park_id as "parkId", e.industry_code as "industryCode",
           e.leading_industry as "leadingIndustry", e.is_above_scale as "isAboveScale", e.is_key as "isKey",
           e.established_on::text as "establishedOn",
           (select array_agg(distinct q.type) from enterprise_qualifications q
             where q.enterprise_id = e.id
               and (q.issued_on is null or q.issued_on <= ${periodEnd}::date)
               and (q.expires_on is null or q.expires_on >= ${periodEnd}::date)) as qualifications
    from enterprises e
    where e.zone_id = ${zoneId} and e.id = any(${list(ids)}::uuid[])`);
  return result.rows.map((row) => ({ ...row, qualifications: row.qualifications ?? [] }));
}

/** Enterprises of the zone by credit code (the import's key). */
export async function findEnterprisesByCreditCodes(db: DbOrTx, zoneId: string, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ id: enterprises.id, creditCode: enterprises.creditCode, name: enterprises.name })
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), inArray(enterprises.creditCode, codes)));
}

export async function findFilings(
  db: DbOrTx,
  zoneId: string,
  enterpriseIds: string[],
  year: number,
  month: number,
) {
  if (enterpriseIds.length === 0) return [];
  return db
    .select()
    .from(indicatorFilings)
    .where(
      and(
        eq(indicatorFilings.zoneId, zoneId),
        eq(indicatorFilings.year, year),
        eq(indicatorFilings.month, month),
        inArray(indicatorFilings.enterpriseId, enterpriseIds),
      ),
    );
}

export type StoredValue = {
  filingId: string;
  enterpriseId: string;
  indicatorId: string;
  year: number;
  month: number;
  reportedCurrent: string;
  reportedPrevious: string | null;
  cumulative: string;
  cumulativeBase: string | null;
  monthValue: string | null;
  monthBase: string | null;
  coversJanuary: boolean;
  source: string;
  recordedBy: string | null;
  recordedAt: string;
};

/** Values of the given enterprises in one year, months `fromMonth`..`toMonth`. */
export async function findValues(
  db: DbOrTx,
  zoneId: string,
  enterpriseIds: string[],
  year: number,
  fromMonth: number,
  toMonth = 12,
): Promise<StoredValue[]> {
  if (enterpriseIds.length === 0 || fromMonth > toMonth) return [];
  const result = await db.execute<StoredValue>(sql`
    select filing_id as "filingId", enterprise_id as "enterpriseId", indicator_id as "indicatorId",
           year, month, reported_current as "reportedCurrent", reported_previous as "reportedPrevious",
           cumulative, cumulative_base as "cumulativeBase", month_value as "monthValue",
           month_base as "monthBase", covers_january as "coversJanuary", source, recorded_by as "recordedBy",
           recorded_at::text as "recordedAt"
    from indicator_values
    where zone_id = ${zoneId} and enterprise_id = any(${list(enterpriseIds)}::uuid[])
      and year = ${year} and month between ${fromMonth} and ${toMonth}`);
  return result.rows.map((row) => ({ ...row, year: Number(row.year), month: Number(row.month) }));
}

export interface FilingWrite {
  enterpriseId: string;
  parkKey: string;
  industrySection: string;
  leadingIndustry: string;
  isAboveScale: boolean;
  isKey: boolean;
  qualifications: string[];
}

/**
 * Creates or re-files returns for one period; answers the filing id of each enterprise. The slice
 * attributes are those of the first filing: a correction made after the enterprise moved park
 * stays in the park the period was reported in.
 */
export async function upsertFilings(
  db: DbOrTx,
  zoneId: string,
  period: { year: number; month: number },
  source: string,
  actor: { userId: string | null; name: string | null },
  rows: FilingWrite[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const result = await db.execute<{ id: string; enterprise_id: string }>(sql`
      insert into indicator_filings (zone_id, enterprise_id, year, month, source, filed_by, filed_by_name,
        park_key, industry_section, leading_industry, is_above_scale, is_key, qualifications)
      select ${zoneId}, t.enterprise_id, ${period.year}, ${period.month}, ${source}, ${actor.userId},
             ${actor.name}, t.park_key, t.industry_section, t.leading_industry, t.is_above_scale, t.is_key,
             coalesce(string_to_array(nullif(t.qualifications, ''), ','), '{}')
      from unnest(${list(chunk.map((row) => row.enterpriseId))}::uuid[],
                  ${list(chunk.map((row) => row.parkKey))}::text[],
                  ${list(chunk.map((row) => row.industrySection))}::text[],
                  ${list(chunk.map((row) => row.leadingIndustry))}::text[],
                  ${list(chunk.map((row) => row.isAboveScale))}::boolean[],
                  ${list(chunk.map((row) => row.isKey))}::boolean[],
                  ${list(chunk.map((row) => row.qualifications.join(',')))}::text[])
        as t(enterprise_id, park_key, industry_section, leading_industry, is_above_scale, is_key, qualifications)
      on conflict (enterprise_id, year, month) do update set
        source = excluded.source, filed_by = excluded.filed_by, filed_by_name = excluded.filed_by_name,
        filed_at = now(), version = indicator_filings.version + 1
      returning id, enterprise_id`);
    for (const row of result.rows) ids.set(row.enterprise_id, row.id);
  }
  return ids;
}

export interface ValueWrite {
  filingId: string;
  enterpriseId: string;
  indicatorId: string;
  year: number;
  month: number;
  reportedCurrent: string;
  reportedPrevious: string | null;
  cumulative: string;
  cumulativeBase: string | null;
  monthValue: string | null;
  monthBase: string | null;
  coversJanuary: boolean;
  /** import | filing | officer; '' for a row only re-derived, which keeps its source, who and when. */
  source: string;
  recordedBy: string | null;
}

/** Writes values (new, re-reported, or re-derived after an earlier month changed) in bulk. */
export async function upsertValues(db: DbOrTx, zoneId: string, rows: ValueWrite[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const column = <K extends keyof ValueWrite>(key: K) => list(chunk.map((row) => row[key]));
    await db.execute(sql`
      insert into indicator_values (zone_id, filing_id, enterprise_id, indicator_id, year, month,
        reported_current, reported_previous, cumulative, cumulative_base, month_value, month_base,
        covers_january, source, recorded_by)
      select ${zoneId}, t.* from unnest(${column('filingId')}::uuid[], ${column('enterpriseId')}::uuid[],
        ${column('indicatorId')}::uuid[], ${column('year')}::smallint[], ${column('month')}::smallint[],
        ${column('reportedCurrent')}::numeric[], ${column('reportedPrevious')}::numeric[],
        ${column('cumulative')}::numeric[], ${column('cumulativeBase')}::numeric[],
        ${column('monthValue')}::numeric[], ${column('monthBase')}::numeric[],
        ${column('coversJanuary')}::boolean[], ${column('source')}::text[], ${column('recordedBy')}::uuid[]) as t
      on conflict on constraint indicator_values_pk do update set
        filing_id = excluded.filing_id,
        reported_current = excluded.reported_current, reported_previous = excluded.reported_previous,
        cumulative = excluded.cumulative, cumulative_base = excluded.cumulative_base,
        month_value = excluded.month_value, month_base = excluded.month_base,
        covers_january = excluded.covers_january,
        source = case when excluded.source = '' then indicator_values.source else excluded.source end,
        recorded_by = case when excluded.source = '' then indicator_values.recorded_by else excluded.recorded_by end,
        recorded_at = case when excluded.source = '' then indicator_values.recorded_at else now() end`);
  }
}

/** Keeps replaced values in the revision history. */
export async function insertRevisions(
  db: DbOrTx,
  zoneId: string,
  replacedBy: string | null,
  rows: StoredValue[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const column = <K extends keyof StoredValue>(key: K) => list(chunk.map((row) => row[key]));
    await db.execute(sql`
      insert into indicator_value_revisions (zone_id, enterprise_id, indicator_id, year, month,
        reported_current, reported_previous, source, recorded_by, recorded_at, replaced_by)
      select ${zoneId}, t.*, ${replacedBy}::uuid from unnest(${column('enterpriseId')}::uuid[],
        ${column('indicatorId')}::uuid[], ${column('year')}::smallint[], ${column('month')}::smallint[],
        ${column('reportedCurrent')}::numeric[], ${column('reportedPrevious')}::numeric[],
        ${column('source')}::text[], ${column('recordedBy')}::uuid[], ${column('recordedAt')}::timestamptz[]) as t`);
  }
}

const measures = sql`count(*),
  coalesce(sum(v.cumulative), 0),
  coalesce(sum(v.cumulative) filter (where v.cumulative_base is not null), 0),
  coalesce(sum(v.cumulative_base), 0),
  count(*) filter (where v.cumulative_base is null),
  coalesce(sum(v.month_value), 0),
  coalesce(sum(v.month_value) filter (where v.month_base is not null), 0),
  coalesce(sum(v.month_base) filter (where v.month_value is not null), 0),
  count(*) filter (where v.month_value is null),
  count(*) filter (where v.covers_january)`;

/**
 * Rebuilds the summary rows of one period from its values: the dashboards' only source. Runs in
 * the transaction that wrote the values, so figures and summaries never disagree.
 */
export async function refreshCube(db: DbOrTx, zoneId: string, year: number, month: number): Promise<void> {
  await db.execute(
    sql`delete from indicator_cube where zone_id = ${zoneId} and year = ${year} and month = ${month}`,
  );
  await db.execute(sql`
    insert into indicator_cube (zone_id, indicator_id, year, month, park_key, industry_section,
      leading_industry, is_above_scale, is_key, enterprises, cumulative, cumulative_comparable,
      cumulative_base, cumulative_missing, month_value, month_comparable, month_base, month_unknown,
      month_combined)
    select v.zone_id, v.indicator_id, v.year, v.month, f.park_key, f.industry_section, f.leading_industry,
           f.is_above_scale, f.is_key, ${measures}
    from indicator_values v join indicator_filings f on f.id = v.filing_id
    where v.zone_id = ${zoneId} and v.year = ${year} and v.month = ${month}
    group by v.zone_id, v.indicator_id, v.year, v.month, f.park_key, f.industry_section,
             f.leading_industry, f.is_above_scale, f.is_key`);
  await db.execute(
    sql`delete from indicator_cube_qualifications where zone_id = ${zoneId} and year = ${year} and month = ${month}`,
  );
  await db.execute(sql`
    insert into indicator_cube_qualifications (zone_id, indicator_id, year, month, qualification, park_key,
      industry_section, leading_industry, is_above_scale, is_key, enterprises, cumulative,
      cumulative_comparable, cumulative_base, cumulative_missing, month_value, month_comparable,
      month_base, month_unknown, month_combined)
    select v.zone_id, v.indicator_id, v.year, v.month, q.qualification, f.park_key, f.industry_section,
           f.leading_industry, f.is_above_scale, f.is_key, ${measures}
    from indicator_values v join indicator_filings f on f.id = v.filing_id
    cross join lateral unnest(f.qualifications) as q(qualification)
    where v.zone_id = ${zoneId} and v.year = ${year} and v.month = ${month}
    group by v.zone_id, v.indicator_id, v.year, v.month, q.qualification, f.park_key, f.industry_section,
             f.leading_industry, f.is_above_scale, f.is_key`);
}

export interface WarningWrite {
  enterpriseId: string;
  year: number;
  month: number;
  ruleCode: string;
  indicatorCode: string | null;
  figures: Record<string, number | string>;
  message: string;
}

/** Replaces the warnings of the given enterprises for the given periods with freshly evaluated ones. */
export async function replaceWarnings(
  db: DbOrTx,
  zoneId: string,
  enterpriseIds: string[],
  periods: { year: number; month: number }[],
  rows: WarningWrite[],
): Promise<void> {
  if (enterpriseIds.length === 0 || periods.length === 0) return;
  await db.execute(sql`
    delete from indicator_warnings where zone_id = ${zoneId}
      and enterprise_id = any(${list(enterpriseIds)}::uuid[])
      and (year * 12 + month) = any(${list(periods.map((period) => period.year * 12 + period.month))}::int[])`);
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const column = <K extends keyof WarningWrite>(key: K) => list(chunk.map((row) => row[key]));
    await db.execute(sql`
      insert into indicator_warnings (zone_id, enterprise_id, year, month, rule_code, indicator_code, figures, message)
      select ${zoneId}, t.enterprise_id, t.year, t.month, t.rule_code, t.indicator_code, t.figures::jsonb, t.message
      from unnest(${column('enterpriseId')}::uuid[], ${column('year')}::smallint[], ${column('month')}::smallint[],
        ${column('ruleCode')}::text[], ${column('indicatorCode')}::text[],
        ${list(chunk.map((row) => JSON.stringify(row.figures)))}::text[], ${column('message')}::text[])
        as t(enterprise_id, year, month, rule_code, indicator_code, figures, message)`);
  }
}

/**
 * Serialises writers of one zone's year for the rest of the transaction. A write to a month also
 * re-derives the later months of its year and next year's months based on it, so it takes the
 * locks of its year and the next (always in ascending order, so two writers cannot deadlock).
 */
export async function lockPeriod(db: DbOrTx, zoneId: string, period: { year: number; month: number }) {
  for (const year of [period.year, period.year + 1]) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`indicators:${zoneId}:${year}`}))`);
  }
}

/** The name a filing shows for who filed it (the display name, e.g. "李科长（经发局）"). */
export async function findDisplayName(db: DbOrTx, userId: string): Promise<string | null> {
  const result = await db.execute<{ name: string }>(
    sql`select display_name as name from users where id = ${userId}`,
  );
  return result.rows[0]?.name ?? null;
}
