import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingBucket, openHandlingBucket, type AppealStatistics } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealRequests, appealZone, type AppealZone } from '../../../test/appeals.js';

/**
 * The statistics read summary rows that triggers keep; these tests hold them to a recount of the
 * appeals themselves after every kind of change: filing, steps that move an appeal between
 * departments, a reopening, a re-rating, and rows written or removed outside the services.
 */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;

type Row = Record<string, string | number | null>;

/** What the summary tables hold, without rows whose counts came back to zero. */
async function summaries() {
  const [months, buckets, words] = await Promise.all([
    t.db.execute<Row>(sql`
      select zone_id, month, category_id, department_id, appeals, resolved, on_time, reopened,
             rated_1, rated_2, rated_3, rated_4, rated_5
      from appeal_month_summaries
      where (appeals, resolved, on_time, reopened, rated_1, rated_2, rated_3, rated_4, rated_5)
            <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
      order by 1, 2, 3, 4`),
    t.db.execute<Row>(sql`
      select zone_id, month, department_id, bucket, appeals from appeal_handling_buckets
      where appeals <> 0 order by 1, 2, 3, 4`),
    t.db.execute<Row>(sql`
      select zone_id, month, category_id, keyword, appeals from appeal_keyword_counts
      where appeals <> 0 order by 1, 2, 3, 4`),
  ]);
  return { months: months.rows, buckets: buckets.rows, words: words.rows };
}

/** The same figures counted from the appeals, as the statistics were computed before summaries. */
async function recount() {
  const month = sql`to_char(submitted_at at time zone 'UTC' + interval '8 hours', 'YYYY-MM')`;
  const [months, buckets, words] = await Promise.all([
    t.db.execute<Row>(sql`
      select zone_id, ${month} as month, category_id, lead_department_id as department_id,
             count(*)::int as appeals,
             (count(*) filter (where resolved_at is not null))::int as resolved,
             (count(*) filter (where resolved_at is not null and missed_deadlines = 0))::int as on_time,
             (count(*) filter (where reopen_count > 0))::int as reopened,
             (count(*) filter (where rating = 1))::int as rated_1, (count(*) filter (where rating = 2))::int as rated_2,
             (count(*) filter (where rating = 3))::int as rated_3, (count(*) filter (where rating = 4))::int as rated_4,
             (count(*) filter (where rating = 5))::int as rated_5
      from appeals group by 1, 2, 3, 4 order by 1, 2, 3, 4`),
    t.db.execute<{ zone_id: string; month: string; department_id: string | null; seconds: number }>(sql`
      select zone_id, ${month} as month, lead_department_id as department_id,
             (extract(epoch from resolved_at - submitted_at) - paused_total_ms / 1000.0)::float8 as seconds
      from appeals where resolved_at is not null`),
    t.db.execute<Row>(sql`
      select zone_id, ${month} as month, category_id, k.keyword, count(*)::int as appeals
      from appeals, unnest(keywords) as k(keyword) group by 1, 2, 3, 4 order by 1, 2, 3, 4`),
  ]);
  // Bucketed by the domain's rule, so the database's bucket function is checked against it too.
  const counted = new Map<string, Row>();
  for (const row of buckets.rows) {
    const bucket = handlingBucket(row.seconds);
    const key = [row.zone_id, row.month, row.department_id, bucket].join('|');
    const entry = counted.get(key) ?? {
      zone_id: row.zone_id,
      month: row.month,
      department_id: row.department_id,
      bucket,
      appeals: 0,
    };
    entry.appeals = Number(entry.appeals) + 1;
    counted.set(key, entry);
  }
  const order = (row: Row) => [row.zone_id, row.month, row.department_id ?? '', row.bucket].join('|');
  const bucketRows = [...counted.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  return { months: months.rows, buckets: bucketRows, words: words.rows };
}

/** Sorts both sides the same way (the database's collation of uuids and text need not be ours). */
const normalised = (tables: Awaited<ReturnType<typeof summaries>>) =>
  Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [
      name,
      rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort(),
    ]),
  );

const expectSummariesToMatch = async () =>
  expect(normalised(await summaries())).toEqual(normalised(await recount()));

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
});
afterAll(() => t.close());

describe('appeal statistics summaries', () => {
  it('match a recount of the appeals through every kind of step', async () => {
    await api.walk(['dispatch', 'accept', 'start', 'resolve', 'rate']);
    const reopened = await api.walk(['dispatch', 'accept', 'start', 'resolve']);
    const rated = await api.step(z.people.ownUser.cookie, reopened.id, {
      to: 'rate',
      rating: 2,
      version: reopened.version,
    });
    expect(rated.statusCode, rated.body).toBe(200);
    await expectSummariesToMatch();

    // Transferred to another department: its counts move with it.
    const moving = await api.walk(['dispatch', 'accept']);
    const transferred = await api.step(z.people.lead.cookie, moving.id, {
      to: 'transfer',
      departmentId: z.departments.planning.id,
      note: '属规划建设局职责',
      version: moving.version,
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    // Paused while waiting on the enterprise, then resolved: the pause is not handling time.
    const paused = await api.walk([
      'dispatch',
      'accept',
      'start',
      'returnForInformation',
      'supplyInformation',
    ]);
    const resumed = await api.step(z.people.lead.cookie, paused.id, {
      to: 'resolve',
      note: '已办结',
      version: paused.version,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const refused = (await api.file(z.people.ownUser.cookie)).json<{ id: string; version: number }>();
    const rejected = await api.step(z.people.dispatcher.cookie, refused.id, {
      to: 'reject',
      note: '不属于园区职责范围',
      version: refused.version,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await api.file(z.people.otherUser.cookie, {
      categoryId: z.category('labour'),
      title: '缺少熟练焊工',
      description: '订单增长，需要招聘焊工三十名，本地招聘困难。',
    });
    await expectSummariesToMatch();
  });

  it('follow rows written and removed outside the services, several in one statement', async () => {
    // Back-dated by a year and moved between categories and months, as a data fix would.
    await t.db.execute(sql`
      update appeals set submitted_at = submitted_at - interval '400 days',
             resolved_at = resolved_at - interval '399 days', category_id = ${z.category('labour')}
      where zone_id = ${z.zone.id} and resolved_at is not null`);
    await expectSummariesToMatch();
    const [gone] = (
      await t.db.execute<{ id: string }>(sql`select id from appeals where zone_id = ${z.zone.id} limit 1`)
    ).rows;
    await t.db.execute(sql`delete from appeals where id = ${gone!.id}`);
    await expectSummariesToMatch();
  });

  it('are what the statistics page reads', async () => {
    const body = (
      await t.request({
        method: 'GET',
        url: '/api/appeals/statistics?from=2020-01',
        cookie: z.people.leader.cookie,
      })
    ).json<AppealStatistics>();
    const appeals = await t.db.execute<{ count: number; resolved: number }>(sql`
      select count(*)::int as count, (count(*) filter (where resolved_at is not null))::int as resolved
      from appeals where zone_id = ${z.zone.id}`);
    expect(body.totals).toMatchObject(appeals.rows[0]!);
    expect(body.byMonth.reduce((sum, month) => sum + month.count, 0)).toBe(appeals.rows[0]!.count);
    expect(body.byCategory.map((row) => row.category.name).sort()).toEqual(
      ['用工', '要素保障(水电气)'].sort(),
    );
  });

  it('bucket handling time in the database exactly as the domain does', async () => {
    const probes = [
      0,
      -30,
      599,
      600,
      3599,
      72 * 3600 - 1,
      72 * 3600,
      14 * 86400 - 1,
      14 * 86400,
      365 * 86400,
    ];
    for (let index = 0; index < 40; index++) probes.push(Math.floor(Math.random() * 400 * 86400));
    const result = await t.db.execute<{ seconds: number; bucket: number }>(sql`
      select s::float8 as seconds, appeal_handling_bucket(s::float8)::int as bucket
      from unnest(${`{${probes.join(',')}}`}::float8[]) as s`);
    for (const row of result.rows)
      expect([row.seconds, row.bucket]).toEqual([row.seconds, handlingBucket(row.seconds)]);
    expect(result.rows.find((row) => row.seconds === 365 * 86400)?.bucket).toBe(openHandlingBucket);
  });
});
