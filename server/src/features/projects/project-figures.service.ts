import { sql } from 'drizzle-orm';
import {
  formatAmount,
  funnelSteps,
  growthRate,
  parseAmount,
  sumAmounts,
  todayInChina,
  type Amount,
  type ProjectFunnel,
  type ProjectKpi,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';

/** The same dates a year earlier (29 February becomes the 28th). */
function yearEarlier(date: string): string {
  const shifted = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return shifted.endsWith('-02-29') ? shifted.replace(/-29$/, '-28') : shifted;
}

const amountText = (value: Amount) => formatAmount(value, 4);

/**
 * The figures reports state for a period, over the zone's projects: 新签约项目数 and 合同额,
 * 亿元以上项目数, 到位资金 with 同比 against the same dates a year earlier, 新开工 and 新投产.
 * The same rules as `periodKpi` in domain, added up from the per-day summary rows the database
 * keeps with every write (`project_daily_figures`): one row per day of the two periods, whatever
 * the number of projects and fund entries.
 */
export async function projectKpi(
  db: Db,
  context: RequestContext,
  query: { from?: string; to?: string },
): Promise<ProjectKpi> {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const to = query.to ?? todayInChina();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'from', key: 'periodReversed' }]);
  const [lastFrom, lastTo] = [yearEarlier(from), yearEarlier(to)];
  const period = sql`day between ${from} and ${to}`;
  // One range from a year before `from` to `to` holds both periods: they need not touch.
  const { rows } = await db.execute<{
    signed: number;
    contract: string;
    large: number;
    started: number;
    producing: number;
    current: string;
    last_year: string;
  }>(sql`
    select coalesce(sum(signed) filter (where ${period}), 0)::int as signed,
           coalesce(sum(contract_amount) filter (where ${period}), 0)::text as contract,
           coalesce(sum(large) filter (where ${period}), 0)::int as large,
           coalesce(sum(started) filter (where ${period}), 0)::int as started,
           coalesce(sum(producing) filter (where ${period}), 0)::int as producing,
           coalesce(sum(funds_amount) filter (where ${period}), 0)::text as current,
           coalesce(sum(funds_amount) filter (where day between ${lastFrom} and ${lastTo}), 0)::text as last_year
    from project_daily_figures
    where zone_id = ${actor.zoneId} and day between ${lastFrom} and ${to}`);
  const row = rows[0]!;
  const current = parseAmount(row.current);
  const lastYear = parseAmount(row.last_year);
  return {
    from,
    to,
    signedCount: row.signed,
    contractAmount: amountText(parseAmount(row.contract)),
    largeProjectCount: row.large,
    fundsInPlace: amountText(current),
    fundsInPlaceLastYear: amountText(lastYear),
    fundsInPlaceGrowthPercent: growthRate(current, lastYear) ?? null,
    startedCount: row.started,
    producingCount: row.producing,
  };
}

type FunnelRow = { step: string; count: number; amount: string };

/** Standing counts and amounts turned into a funnel: how many reached each step or a later one. */
function funnelOf(rows: FunnelRow[]): ProjectFunnel['steps'] {
  const byStep = new Map(rows.map((row) => [row.step, row]));
  return funnelSteps.map((step, index) => {
    const later = funnelSteps.slice(index).map((each) => byStep.get(each));
    return {
      step,
      reached: later.reduce((sum, row) => sum + (row?.count ?? 0), 0),
      current: byStep.get(step)?.count ?? 0,
      amount: amountText(sumAmounts(later.map((row) => parseAmount(row?.amount ?? '0')))),
    };
  });
}

/** Groups in the reader's order: by name as Chinese is sorted (pinyin), those without one last. */
const groupOrder = new Intl.Collator('zh-CN');

/**
 * The pipeline from 线索 to 达产, for the zone or by sub-park or officer (the lead's owner, the
 * project's creator). Signed leads that became projects are counted once, as projects; a signed lead
 * without its project yet counts as 签约 with its intended investment. Read from the standing counts
 * the database keeps with every write (`project_funnel_totals`), a few rows per park and officer;
 * names are looked up for the groups that remain.
 */
export async function projectFunnel(
  db: Db,
  context: RequestContext,
  groupBy: 'none' | 'park' | 'officer',
): Promise<ProjectFunnel> {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const group = groupBy === 'park' ? sql`park_id` : groupBy === 'officer' ? sql`officer_id` : sql`null::uuid`;
  const name =
    groupBy === 'park'
      ? sql`(select name from parks where id = g.group_id)`
      : groupBy === 'officer'
        ? sql`(select display_name from users where id = g.group_id)`
        : sql`null::text`;
  const { rows } = await db.execute<FunnelRow & { group_id: string | null; group_name: string | null }>(sql`
    select g.group_id, ${name} as group_name, g.step, g.count, g.amount
    from (
      select ${group} as group_id, step, sum(count)::int as count, sum(amount)::text as amount
      from project_funnel_totals
      where zone_id = ${actor.zoneId}
      group by 1, 2
      having sum(count) > 0
    ) g`);
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = row.group_id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const totals = funnelSteps.flatMap((step) => {
    const standing = rows.filter((row) => row.step === step);
    if (standing.length === 0) return [];
    return [
      {
        step,
        count: standing.reduce((sum, row) => sum + row.count, 0),
        amount: amountText(sumAmounts(standing.map((row) => parseAmount(row.amount)))),
      },
    ];
  });
  return {
    steps: funnelOf(totals),
    groups:
      groupBy === 'none'
        ? []
        : [...groups.values()]
            .map((standing) => ({
              group: standing[0]!.group_id
                ? { id: standing[0]!.group_id, name: standing[0]!.group_name ?? '' }
                : null,
              steps: funnelOf(standing),
            }))
            .sort((a, b) =>
              a.group && b.group
                ? groupOrder.compare(a.group.name, b.group.name)
                : a.group
                  ? -1
                  : b.group
                    ? 1
                    : 0,
            ),
  };
}
