import { sql } from 'drizzle-orm';
import {
  chinaDate,
  formatPeriod,
  parsePeriod,
  percentileOfBuckets,
  shiftPeriod,
  startOfChinaDay,
  type AppealStatistics,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';

type Summary = {
  group_kind: 'total' | 'category' | 'department' | 'month';
  group_key: string | null;
  appeals: number;
  resolved: number;
  on_time: number;
  reopened: number;
  rated: [number, number, number, number, number];
};

type OpenCounts = { department_id: string | null; whole: boolean; open: number; overdue_open: number };

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const rounded = (value: number | string | null, places = 1) =>
  value === null ? null : Math.round(Number(value) * 10 ** places) / 10 ** places;

/** The months asked for, defaulting to the twelve up to this one (China time). */
function monthRange(query: { from?: string; to?: string }, now: Date) {
  const to = query.to ?? chinaDate(now).slice(0, 7);
  const from = query.from ?? formatPeriod(shiftPeriod(parsePeriod(to), -11));
  if (from > to) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'from', key: 'datesOutOfOrder' }]);
  if (parsePeriod(to).year - parsePeriod(from).year > 10) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'from', key: 'invalid' }]);
  }
  const start = new Date(startOfChinaDay(`${from}-01`));
  const end = new Date(startOfChinaDay(`${formatPeriod(shiftPeriod(parsePeriod(to), 1))}-01`));
  return { from, to, start, end };
}

/** Rated appeals, the sum of their ratings and how many rated 4–5, from the counts per rating. */
function ratingsOf(rated: Summary['rated']) {
  const count = rated.reduce((sum, each) => sum + each, 0);
  const sum = rated.reduce((total, each, index) => total + each * (index + 1), 0);
  return { count, average: count > 0 ? sum / count : null, satisfied: rated[3] + rated[4] };
}

/**
 * The statistics a leader opens to see which problems are systemic: counts by category,
 * department and month, on-time rate, handling time, satisfaction and the most frequent words
 * per category. All of the zone's appeals submitted in the months asked for.
 *
 * Read from the summary rows the database keeps with every change (a few rows per month and
 * category or department), so the cost grows with the months asked for, not with the appeals.
 * Only what depends on the present moment — open and overdue appeals — is counted live, from the
 * index of open appeals.
 */
export async function appealStatistics(
  db: Db,
  context: RequestContext,
  query: { from?: string; to?: string },
): Promise<AppealStatistics> {
  const actor = requireActor(context);
  authorize(actor, 'appeal.statistics');
  const { from, to, start, end } = monthRange(query, new Date());
  const zone = actor.zoneId;
  const months = sql`zone_id = ${zone} and month between ${from} and ${to}`;
  const [summaries, buckets, words, open, names] = await Promise.all([
    db.execute<Summary>(sql`
      select case when grouping(category_id) = 0 then 'category' when grouping(department_id) = 0 then 'department'
                  when grouping(month) = 0 then 'month' else 'total' end as group_kind,
             coalesce(category_id::text, department_id::text, month) as group_key,
             sum(appeals)::int as appeals, sum(resolved)::int as resolved, sum(on_time)::int as on_time,
             sum(reopened)::int as reopened,
             array[sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5)]::int[] as rated
      from appeal_month_summaries where ${months}
      group by grouping sets ((), (category_id), (department_id), (month))`),
    db.execute<{ department_id: string | null; bucket: number; appeals: number }>(sql`
      select department_id, bucket, sum(appeals)::int as appeals
      from appeal_handling_buckets where ${months}
      group by 1, 2 having sum(appeals) > 0`),
    db.execute<{ category_id: string; keyword: string; count: number }>(sql`
      select category_id, keyword, sum(appeals)::int as count from appeal_keyword_counts where ${months}
      group by 1, 2 having sum(appeals) > 1 order by 3 desc, 2 limit 2000`),
    db.execute<OpenCounts>(sql`
      select a.lead_department_id as department_id, grouping(a.lead_department_id) = 1 as whole,
             count(*)::int as open,
             (count(*) filter (where a.paused_since is null and a.deadline_at < now()))::int as overdue_open
      from appeals a
      where a.zone_id = ${zone} and a.state not in ('resolved', 'rejected', 'closed')
        and a.submitted_at >= ${start.toISOString()} and a.submitted_at < ${end.toISOString()}
      group by grouping sets ((), (a.lead_department_id))`),
    db.execute<{ id: string; name: string; sort_key: string }>(sql`
      select id, name, lpad(sort_order::text, 10, '0') as sort_key from appeal_categories where zone_id = ${zone}
      union all
      select id, name, code as sort_key from departments where zone_id = ${zone}`),
  ]);

  const nameOf = new Map(names.rows.map((row) => [row.id, row]));
  const groups = (kind: Summary['group_kind']) =>
    summaries.rows.filter((row) => row.group_kind === kind && row.appeals > 0);
  const total = groups('total')[0];
  const totalRatings = ratingsOf(total?.rated ?? [0, 0, 0, 0, 0]);
  // Per department as stored; the zone's is their sum (cheaper here than a second grouping there).
  const histograms = new Map<string | null, Map<number, number>>();
  const zoneHistogram = new Map<number, number>();
  for (const row of buckets.rows) {
    const histogram = histograms.get(row.department_id) ?? new Map<number, number>();
    histogram.set(row.bucket, row.appeals);
    histograms.set(row.department_id, histogram);
    zoneHistogram.set(row.bucket, (zoneHistogram.get(row.bucket) ?? 0) + row.appeals);
  }
  const openOf = (departmentId: string | null, whole: boolean) =>
    open.rows.find((row) => row.whole === whole && (whole || row.department_id === departmentId));
  const byName = (a: { key: string; count: number }, b: { key: string; count: number }) =>
    b.count - a.count || (nameOf.get(a.key)?.sort_key ?? '').localeCompare(nameOf.get(b.key)?.sort_key ?? '');
  const reference = (id: string) => ({ id, name: nameOf.get(id)?.name ?? '' });

  const byCategory = groups('category')
    .map((row) => ({ row, key: row.group_key!, count: row.appeals }))
    .sort(byName)
    .map(({ row }) => ({
      category: reference(row.group_key!),
      count: row.appeals,
      resolved: row.resolved,
      onTimeRate: rate(row.on_time, row.resolved),
      averageRating: rounded(ratingsOf(row.rated).average, 2),
    }));
  // Appeals not yet dispatched have no department: the breakdown leaves them out.
  const byDepartment = groups('department')
    .filter((row) => row.group_key !== null)
    .map((row) => ({ row, key: row.group_key!, count: row.appeals }))
    .sort(byName)
    .map(({ row }) => ({
      department: reference(row.group_key!),
      count: row.appeals,
      open: openOf(row.group_key, false)?.open ?? 0,
      overdueOpen: openOf(row.group_key, false)?.overdue_open ?? 0,
      onTimeRate: rate(row.on_time, row.resolved),
      medianHours: rounded(percentileOfBuckets(histograms.get(row.group_key) ?? new Map(), 0.5)),
    }));

  const keywordsByCategory = new Map<string, { keyword: string; count: number }[]>();
  const overall = new Map<string, number>();
  for (const row of words.rows) {
    const list = keywordsByCategory.get(row.category_id) ?? [];
    if (list.length < 8) list.push({ keyword: row.keyword, count: row.count });
    keywordsByCategory.set(row.category_id, list);
    overall.set(row.keyword, (overall.get(row.keyword) ?? 0) + row.count);
  }
  const categoryCount = new Map(byCategory.map((row) => [row.category.id, row.count]));
  const totalOpen = openOf(null, true);
  return {
    from,
    to,
    totals: {
      count: total?.appeals ?? 0,
      open: totalOpen?.open ?? 0,
      overdueOpen: totalOpen?.overdue_open ?? 0,
      resolved: total?.resolved ?? 0,
      onTimeRate: rate(total?.on_time ?? 0, total?.resolved ?? 0),
      medianHours: rounded(percentileOfBuckets(zoneHistogram, 0.5)),
      p90Hours: rounded(percentileOfBuckets(zoneHistogram, 0.9)),
      averageRating: rounded(totalRatings.average, 2),
      rated: totalRatings.count,
      satisfiedRate: rate(totalRatings.satisfied, totalRatings.count),
      reopened: total?.reopened ?? 0,
    },
    byCategory,
    byDepartment,
    byMonth: groups('month')
      .map((row) => ({ month: row.group_key!, count: row.appeals, resolved: row.resolved }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    ratings: (total?.rated ?? [])
      .map((count, index) => ({ rating: index + 1, count }))
      .filter((row) => row.count > 0),
    hotspots: [...keywordsByCategory.entries()]
      .map(([categoryId, keywords]) => ({
        category: reference(categoryId),
        count: categoryCount.get(categoryId) ?? 0,
        keywords,
      }))
      .sort((a, b) => b.count - a.count),
    topKeywords: [...overall.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 20)
      .map(([keyword, count]) => ({ keyword, count })),
  };
}
