import { sql } from 'drizzle-orm';
import {
  chinaDate,
  formatPeriod,
  parsePeriod,
  shiftPeriod,
  startOfChinaDay,
  type AppealStatistics,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';

type Counts = {
  count: number;
  open: number;
  overdue_open: number;
  resolved: number;
  on_time: number;
  median_hours: number | null;
  p90_hours: number | null;
  average_rating: number | null;
  rated: number;
  satisfied: number;
  reopened: number;
};

/** The aggregate columns every breakdown shares; handling time is net of time waiting on the enterprise. */
const aggregates = sql`
  count(*)::int as count,
  (count(*) filter (where a.state not in ('resolved', 'rejected', 'closed')))::int as open,
  (count(*) filter (where a.state not in ('resolved', 'rejected', 'closed') and a.paused_since is null
                     and a.deadline_at < now()))::int as overdue_open,
  (count(*) filter (where a.resolved_at is not null))::int as resolved,
  (count(*) filter (where a.resolved_at is not null and a.missed_deadlines = 0))::int as on_time,
  (percentile_cont(0.5) within group (order by extract(epoch from a.resolved_at - a.submitted_at) - a.paused_total_ms / 1000.0)
     filter (where a.resolved_at is not null)) / 3600 as median_hours,
  (percentile_cont(0.9) within group (order by extract(epoch from a.resolved_at - a.submitted_at) - a.paused_total_ms / 1000.0)
     filter (where a.resolved_at is not null)) / 3600 as p90_hours,
  avg(a.rating)::float8 as average_rating,
  count(a.rating)::int as rated,
  (count(*) filter (where a.rating >= 4))::int as satisfied,
  (count(*) filter (where a.reopen_count > 0))::int as reopened`;

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

/**
 * The statistics a leader opens to see which problems are systemic: counts by category,
 * department and month, on-time rate, handling time, satisfaction and the most frequent words
 * per category. All of the zone's appeals submitted in the months asked for.
 */
export async function appealStatistics(
  db: Db,
  context: RequestContext,
  query: { from?: string; to?: string },
): Promise<AppealStatistics> {
  const actor = requireActor(context);
  authorize(actor, 'appeal.statistics');
  const { from, to, start, end } = monthRange(query, new Date());
  const where = sql`a.zone_id = ${actor.zoneId} and a.submitted_at >= ${start.toISOString()} and a.submitted_at < ${end.toISOString()}`;
  const month = sql`to_char(a.submitted_at at time zone 'UTC' + interval '8 hours', 'YYYY-MM')`;
  const [totals, byCategory, byDepartment, byMonth, ratings, words] = await Promise.all([
    db.execute<Counts>(sql`select ${aggregates} from appeals a where ${where}`),
    db.execute<Counts & { id: string; name: string }>(sql`
      select c.id, c.name, ${aggregates} from appeals a join appeal_categories c on c.id = a.category_id
      where ${where} group by c.id, c.name, c.sort_order order by count(*) desc, c.sort_order`),
    db.execute<Counts & { id: string; name: string }>(sql`
      select d.id, d.name, ${aggregates} from appeals a join departments d on d.id = a.lead_department_id
      where ${where} group by d.id, d.name, d.code order by count(*) desc, d.code`),
    db.execute<{ month: string; count: number; resolved: number }>(sql`
      select ${month} as month, count(*)::int as count,
             (count(*) filter (where a.resolved_at is not null))::int as resolved
      from appeals a where ${where} group by 1 order by 1`),
    db.execute<{ rating: number; count: number }>(sql`
      select a.rating, count(*)::int as count from appeals a
      where ${where} and a.rating is not null group by 1 order by 1`),
    db.execute<{ category_id: string; keyword: string; count: number }>(sql`
      select a.category_id, k.keyword, count(*)::int as count
      from appeals a, unnest(a.keywords) as k(keyword)
      where ${where} group by 1, 2 having count(*) > 1 order by 3 desc, 2 limit 2000`),
  ]);

  const total = totals.rows[0]!;
  const categoryNames = new Map(byCategory.rows.map((row) => [row.id, row]));
  const keywordsByCategory = new Map<string, { keyword: string; count: number }[]>();
  const overall = new Map<string, number>();
  for (const row of words.rows) {
    const list = keywordsByCategory.get(row.category_id) ?? [];
    if (list.length < 8) list.push({ keyword: row.keyword, count: row.count });
    keywordsByCategory.set(row.category_id, list);
    overall.set(row.keyword, (overall.get(row.keyword) ?? 0) + row.count);
  }
  return {
    from,
    to,
    totals: {
      count: total.count,
      open: total.open,
      overdueOpen: total.overdue_open,
      resolved: total.resolved,
      onTimeRate: rate(total.on_time, total.resolved),
      medianHours: rounded(total.median_hours),
      p90Hours: rounded(total.p90_hours),
      averageRating: rounded(total.average_rating, 2),
      rated: total.rated,
      satisfiedRate: rate(total.satisfied, total.rated),
      reopened: total.reopened,
    },
    byCategory: byCategory.rows.map((row) => ({
      category: { id: row.id, name: row.name },
      count: row.count,
      resolved: row.resolved,
      onTimeRate: rate(row.on_time, row.resolved),
      averageRating: rounded(row.average_rating, 2),
    })),
    byDepartment: byDepartment.rows.map((row) => ({
      department: { id: row.id, name: row.name },
      count: row.count,
      open: row.open,
      overdueOpen: row.overdue_open,
      onTimeRate: rate(row.on_time, row.resolved),
      medianHours: rounded(row.median_hours),
    })),
    byMonth: byMonth.rows,
    ratings: ratings.rows,
    hotspots: [...keywordsByCategory.entries()]
      .map(([categoryId, keywords]) => ({
        category: { id: categoryId, name: categoryNames.get(categoryId)?.name ?? '' },
        count: categoryNames.get(categoryId)?.count ?? 0,
        keywords,
      }))
      .sort((a, b) => b.count - a.count),
    topKeywords: [...overall.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 20)
      .map(([keyword, count]) => ({ keyword, count })),
  };
}
