/**
 * The data of the indicators benchmark, loaded the fast way: enterprises through the ORM in
 * batches, then every filing and value in set-based SQL (generate_series-style INSERT … SELECT),
 * then the summary tables through the writer's own refreshCube, period by period. The figures
 * follow a seasonal pattern and a per-firm growth, so 同比 and 拉动 have something to compute.
 */
import { findIndustry, formatPeriod, shiftPeriod, type Period } from '@gaoxin/domain';
import type { Database } from '../../server/src/db/client.js';
import { enterprises, parks, users, zones } from '../../server/src/db/schema/index.js';
import { findIndicators } from '../../server/src/features/indicators/catalogue.repository.js';
import { refreshCube } from '../../server/src/features/indicators/returns.repository.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { generateEnterprises, seededRandom } from '../../server/src/seed/demo-zone.js';

export const benchPassword = 'Bench-Passw0rd!';
/** The last loaded period; the import then brings in the month after. */
export const lastLoadedPeriod: Period = { year: 2026, month: 10 };

/** Share of a year by month (the Spring Festival dip, December's push); sums to 12. */
const season = [0.78, 0.72, 1.0, 0.98, 1.0, 1.06, 0.96, 0.97, 1.05, 0.98, 1.05, 1.45];
const upTo = season.map((_, index) => season.slice(0, index + 1).reduce((a, b) => a + b, 0));
/** Each indicator as a multiple of the firm's monthly output (employees: people per 万元 of a year). */
const factors: [string, number][] = [
  ['output', 1],
  ['revenue', 1.02],
  ['profit', 0.08],
  ['tax', 0.045],
  ['electricity', 0.05],
  ['employees', 0.008],
  ['rnd', 0.04],
  ['export', 0.2],
  ['investment', 0.1],
  ['newProductOutput', 0.25],
];

export type Progress = (message: string) => void;

export interface LoadedZone {
  zoneId: string;
  username: string;
  reporters: number;
  months: number;
  values: number;
  seconds: { enterprises: number; filings: number; values: number; cube: number; analyze: number };
}

const since = (started: number) => Math.round((performance.now() - started) / 100) / 10;
const index = ({ year, month }: Period) => year * 12 + month;
const periodOf = (at: number): Period => ({ year: Math.floor((at - 1) / 12), month: ((at - 1) % 12) + 1 });

/**
 * Runs a bulk load with indicator_values' keys, indexes and foreign keys set aside, then puts
 * back exactly the definitions the database had (the standard way to load millions of rows: one
 * sort per index afterwards instead of a random insert per row). The import measured later runs
 * against the table with everything in place.
 */
async function withValueIndexesDeferred<T>(database: Database, load: () => Promise<T>): Promise<T> {
  const constraints = await database.sql.query<{ name: string; definition: string; kind: string }>(
    `select conname as name, pg_get_constraintdef(oid) as definition, contype as kind
     from pg_constraint where conrelid = 'indicator_values'::regclass and contype in ('p', 'f')
     order by contype = 'p' desc`,
  );
  const indexes = await database.sql.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where tablename = 'indicator_values' and indexname not in (select conname from pg_constraint)`,
  );
  for (const row of [...constraints.rows].reverse()) {
    await database.sql.exec(`alter table indicator_values drop constraint "${row.name}"`);
  }
  for (const row of indexes.rows) await database.sql.exec(`drop index "${row.name}"`);
  const result = await load();
  for (const row of constraints.rows.filter((item) => item.kind === 'p')) {
    await database.sql.exec(`alter table indicator_values add constraint "${row.name}" ${row.definition}`);
  }
  for (const row of indexes.rows) await database.sql.exec(row.definition);
  for (const row of constraints.rows.filter((item) => item.kind !== 'p')) {
    await database.sql.exec(`alter table indicator_values add constraint "${row.name}" ${row.definition}`);
  }
  return result;
}

/**
 * A zone of `reporters` 规上 enterprises with `months` months of returns of all ten indicators,
 * ending with `lastLoadedPeriod`.
 */
export async function loadIndicatorZone(
  database: Database,
  reporters: number,
  months: number,
  progress: Progress,
): Promise<LoadedZone> {
  const db = database.db;
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [zone] = await db
    .insert(zones)
    .values({ code: `IND${stamp}`, name: '指标基准测试高新区' })
    .returning();
  if (!zone) throw new Error('no zone');
  const parkRows = await db
    .insert(parks)
    .values(
      ['电子信息产业园', '高端装备制造园', '医药健康产业园'].map((name, at) => ({
        zoneId: zone.id,
        code: `P0${at + 1}`,
        name,
      })),
    )
    .returning();
  const username = `ind${stamp}`;
  await db.insert(users).values({
    zoneId: zone.id,
    username,
    displayName: '基准测试经发局',
    role: 'officer',
    passwordHash: await hashPassword(benchPassword),
    mustChangePassword: false,
  });

  let started = performance.now();
  const rows = generateEnterprises(seededRandom(7), {
    zoneId: zone.id,
    parks: parkRows,
    count: reporters,
    withPlaceNames: true,
  }).map((row) => ({ ...row, isAboveScale: true }));
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const inserted = await db
      .insert(enterprises)
      .values(rows.slice(start, start + 1000))
      .returning({ id: enterprises.id });
    ids.push(...inserted.map((row) => row.id));
  }
  const enterpriseSeconds = since(started);
  progress(`${reporters.toLocaleString('en')} enterprises in ${enterpriseSeconds} s`);

  await findIndicators(db, zone.id); // seeds the zone's catalogue
  // Per-firm size and growth, and the slice attributes a filing snapshots, in a scratch table.
  const random = seededRandom(11);
  await database.sql.exec(`drop table if exists bench_indicator_attrs;
    create table bench_indicator_attrs (enterprise_id uuid primary key, size float8, growth float8,
      park_key text, industry_section text, leading_industry text, is_key boolean)`);
  await database.sql.query(
    `insert into bench_indicator_attrs select * from unnest($1::uuid[], $2::float8[], $3::float8[],
       $4::text[], $5::text[], $6::text[], $7::boolean[])`,
    [
      ids,
      rows.map(() => Math.round(500 * Math.exp(2.2 * random()))),
      rows.map(() => -0.15 + 0.45 * random()),
      rows.map((row) => row.parkId ?? ''),
      rows.map((row) => (row.industryCode && findIndustry(row.industryCode)?.sectionCode) || ''),
      rows.map((row) => row.leadingIndustry ?? ''),
      rows.map((row) => row.isKey ?? false),
    ],
  );
  await database.sql.exec(`drop table if exists bench_indicator_factors;
    create table bench_indicator_factors (code text primary key, factor float8);
    insert into bench_indicator_factors values ${factors.map(([code, factor]) => `('${code}', ${factor})`).join(', ')}`);

  const first = shiftPeriod(lastLoadedPeriod, -(months - 1));
  started = performance.now();
  await database.sql.query(
    `insert into indicator_filings (zone_id, enterprise_id, year, month, source, filed_by_name, park_key,
       industry_section, leading_industry, is_above_scale, is_key)
     select $1, a.enterprise_id, p / 12, p % 12 + 1, 'import', 'bench', a.park_key, a.industry_section,
            a.leading_industry, true, a.is_key
     from bench_indicator_attrs a cross join generate_series($2::int, $3::int) as p`,
    [zone.id, index(first) - 1, index(lastLoadedPeriod) - 1],
  );
  const filingSeconds = since(started);
  progress(`${(reporters * months).toLocaleString('en')} filings in ${filingSeconds} s`);

  // Values a year at a time, so progress shows. Cumulative figures are rounded first and 当月 is
  // their difference, so 累计 always equals the sum of the months, as the writer derives it.
  started = performance.now();
  await withValueIndexesDeferred(database, async () => {
    const upToArray = `array[0,${upTo.join(',')}]::float8[]`;
    for (let from = index(first); from <= index(lastLoadedPeriod); from += 12) {
      const to = Math.min(from + 11, index(lastLoadedPeriod));
      await database.sql.query(
        `insert into indicator_values (zone_id, filing_id, enterprise_id, indicator_id, year, month,
           reported_current, reported_previous, cumulative, cumulative_base, month_value, month_base, source)
         select f.zone_id, f.id, f.enterprise_id, i.id, f.year, f.month,
                case when i.reporting = 'monthly' then x.month_value else x.cumulative end,
                case when i.reporting = 'monthly' then x.month_base else x.cumulative_base end,
                x.cumulative, x.cumulative_base, x.month_value, x.month_base, 'import'
         from indicator_filings f
         join bench_indicator_attrs a on a.enterprise_id = f.enterprise_id
         cross join indicators i
         join bench_indicator_factors k on k.code = i.code
         cross join lateral (
           select a.size / 12 * k.factor * power(1 + a.growth, f.year - 2020) as level,
                  a.size * k.factor * power(1 + a.growth, f.year - 2020) as stock) l
         cross join lateral (
           select round((l.level * (${upToArray})[f.month + 1])::numeric, 2) as c1,
                  round((l.level * (${upToArray})[f.month])::numeric, 2) as c0,
                  round((l.level / (1 + a.growth) * (${upToArray})[f.month + 1])::numeric, 2) as b1,
                  round((l.level / (1 + a.growth) * (${upToArray})[f.month])::numeric, 2) as b0,
                  round(l.stock::numeric) as s1, round((l.stock / (1 + a.growth))::numeric) as s0) r
         cross join lateral (
           select case when i.aggregation = 'endOfPeriod' then r.s1 else r.c1 end as cumulative,
                  case when i.aggregation = 'endOfPeriod' then r.s0 else r.b1 end as cumulative_base,
                  case when i.aggregation = 'endOfPeriod' then r.s1 else r.c1 - r.c0 end as month_value,
                  case when i.aggregation = 'endOfPeriod' then r.s0 else r.b1 - r.b0 end as month_base) x
         where f.zone_id = $1 and i.zone_id = $1 and (f.year * 12 + f.month) between $2 and $3`,
        [zone.id, from, to],
      );
      progress(
        `values of ${formatPeriod(periodOf(from))}–${formatPeriod(periodOf(to))} (${since(started)} s)`,
      );
    }
    progress(`rebuilding keys and indexes of indicator_values`);
  });
  const valueSeconds = since(started);
  const counted = await database.sql.query<{ count: number }>(
    'select count(*)::int as count from indicator_values where zone_id = $1',
    [zone.id],
  );
  const values = Number(counted.rows[0]?.count ?? 0);
  progress(`${values.toLocaleString('en')} values in ${valueSeconds} s`);

  started = performance.now();
  for (let at = index(first); at <= index(lastLoadedPeriod); at += 1) {
    const { year, month } = periodOf(at);
    await refreshCube(db, zone.id, year, month);
  }
  const cubeSeconds = since(started);
  progress(`summary tables of ${months} periods in ${cubeSeconds} s`);
  started = performance.now();
  await database.sql.exec(
    'drop table bench_indicator_attrs; drop table bench_indicator_factors; analyze indicator_values; analyze indicator_filings; analyze indicator_cube; analyze enterprises',
  );
  const analyzeSeconds = since(started);
  return {
    zoneId: zone.id,
    username,
    reporters,
    months,
    values,
    seconds: {
      enterprises: enterpriseSeconds,
      filings: filingSeconds,
      values: valueSeconds,
      cube: cubeSeconds,
      analyze: analyzeSeconds,
    },
  };
}
