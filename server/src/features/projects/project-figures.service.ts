import { sql } from 'drizzle-orm';
import {
  formatAmount,
  funnelSteps,
  growthRate,
  parseAmount,
  projectStages,
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
 * The same rules as `periodKpi` in domain, summed by the database.
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
  const zone = actor.zoneId;
  const [projects, funds] = await Promise.all([
    db.execute<{ signed: number; contract: string; large: number; started: number; producing: number }>(sql`
      select (count(*) filter (where signed_on between ${from} and ${to}))::int as signed,
             coalesce(sum(contract_amount) filter (where signed_on between ${from} and ${to}), 0)::text as contract,
             (count(*) filter (where signed_on between ${from} and ${to} and contract_amount >= 10000))::int as large,
             (count(*) filter (where started_on between ${from} and ${to}))::int as started,
             (count(*) filter (where producing_on between ${from} and ${to}))::int as producing
      from projects where zone_id = ${zone}`),
    db.execute<{ current: string; last_year: string }>(sql`
      select coalesce(sum(amount) filter (where received_on between ${from} and ${to}), 0)::text as current,
             coalesce(sum(amount) filter (where received_on between ${yearEarlier(from)} and ${yearEarlier(to)}), 0)::text
               as last_year
      from project_funds where zone_id = ${zone}
        and (received_on between ${from} and ${to} or received_on between ${yearEarlier(from)} and ${yearEarlier(to)})`),
  ]);
  const row = projects.rows[0]!;
  const current = parseAmount(funds.rows[0]!.current);
  const lastYear = parseAmount(funds.rows[0]!.last_year);
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

type FunnelRow = {
  group_id: string | null;
  group_name: string | null;
  step: string;
  count: number;
  amount: string;
};

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

/**
 * The pipeline from 线索 to 达产, for the zone or by sub-park or officer (the lead's owner, the
 * project's creator). Signed leads that became projects are counted once, as projects; a signed lead
 * without its project yet counts as 签约 with its intended investment.
 */
export async function projectFunnel(
  db: Db,
  context: RequestContext,
  groupBy: 'none' | 'park' | 'officer',
): Promise<ProjectFunnel> {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const zone = actor.zoneId;
  const leadGroup =
    groupBy === 'park'
      ? sql`l.park_id as group_id, pk.name as group_name`
      : groupBy === 'officer'
        ? sql`l.owner_id as group_id, u.display_name as group_name`
        : sql`null::uuid as group_id, null::text as group_name`;
  const projectGroup =
    groupBy === 'park'
      ? sql`p.park_id as group_id, pk.name as group_name`
      : groupBy === 'officer'
        ? sql`p.created_by as group_id, u.display_name as group_name`
        : sql`null::uuid as group_id, null::text as group_name`;
  const result = await db.execute<FunnelRow>(sql`
    select ${leadGroup}, l.status as step, count(*)::int as count,
           coalesce(sum(l.intended_investment), 0)::text as amount
    from investment_leads l
    left join parks pk on pk.id = l.park_id
    left join users u on u.id = l.owner_id
    where l.zone_id = ${zone} and l.duplicate_of_id is null
      and (l.status in ('lead', 'negotiating') or (l.status = 'signed' and l.project_id is null))
    group by 1, 2, 3
    union all
    select ${projectGroup}, p.stage as step, count(*)::int as count, coalesce(sum(p.contract_amount), 0)::text as amount
    from projects p
    left join parks pk on pk.id = p.park_id
    left join users u on u.id = p.created_by
    where p.zone_id = ${zone}
    group by 1, 2, 3`);
  const groups = new Map<string, FunnelRow[]>();
  for (const row of result.rows) {
    const key = row.group_id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const merged = [...projectStages, 'lead', 'negotiating'].flatMap((step) => {
    const rows = result.rows.filter((row) => row.step === step);
    if (rows.length === 0) return [];
    return [
      {
        group_id: null,
        group_name: null,
        step,
        count: rows.reduce((sum, row) => sum + row.count, 0),
        amount: amountText(sumAmounts(rows.map((row) => parseAmount(row.amount)))),
      },
    ];
  });
  return {
    steps: funnelOf(merged),
    groups:
      groupBy === 'none'
        ? []
        : [...groups.values()].map((rows) => ({
            group: rows[0]!.group_id ? { id: rows[0]!.group_id, name: rows[0]!.group_name ?? '' } : null,
            steps: funnelOf(rows),
          })),
  };
}
