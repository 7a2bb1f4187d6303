import { and, eq, sql } from 'drizzle-orm';
import {
  filingDeadline,
  formatAmount,
  filingStatus,
  formatPeriod,
  parseAmount,
  parsePeriod,
  shiftPeriod,
  todayInChina,
  type FilingsResponse,
  type ReturnResponse,
  type SaveReturnRequest,
  type ValueProblem,
} from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { enterprises } from '../../db/schema/index.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findFilingDeadlineDay, findIndicators } from './catalogue.repository.js';
import { findFilingBoard } from './filings.repository.js';
import { findFilings, findValues, lockPeriod } from './returns.repository.js';
import { applyPlan } from './returns-apply.js';
import { planReturns, type ReturnSource } from './returns-writer.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A value problem in both languages, for a form field or an import cell. */
export function describeValueProblem(problem: ValueProblem): { zh: string; en: string } {
  if (problem.kind === 'negative') return { zh: '不能为负数', en: 'Cannot be negative' };
  if (problem.kind === 'previousNegative') {
    return { zh: '上年同期不能为负数', en: 'The prior-year value cannot be negative' };
  }
  if (problem.kind === 'aboveLaterMonth') {
    const later = formatAmount(problem.laterCumulative, 2);
    return {
      zh: `修改后高于已报的${problem.month}月累计（${later}），累计数不应减少，请同时修改后续月份`,
      en: `Now above the cumulative already reported for month ${problem.month} (${later}); correct the later months too`,
    };
  }
  const lastMonth = formatAmount(problem.lastMonth, 2);
  return {
    zh: `累计值低于上月累计（${lastMonth}），累计数不应减少`,
    en: `The cumulative value is below last month's (${lastMonth}); cumulative figures cannot fall`,
  };
}

/** Who may read or write an enterprise's returns: its own user, or the zone's officers and leaders. */
async function enterpriseInScope(db: DbOrTx, actor: Actor, enterpriseId: string, write: boolean) {
  if (actor.role === 'enterprise') {
    authorize(actor, 'economy.fileOwn');
    if (actor.enterpriseId !== enterpriseId) throw new AppError('NOT_FOUND');
  } else {
    authorize(actor, write ? 'economy.manage' : 'economy.read');
  }
  const [row] = await db
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(and(eq(enterprises.id, enterpriseId), eq(enterprises.zoneId, actor.zoneId)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function readReturn(db: DbOrTx, actor: Actor, enterprise: { id: string; name: string }, text: string) {
  const period = parsePeriod(text);
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const deadline = filingDeadline(period, await findFilingDeadlineDay(db, actor.zoneId));
  const [filing] = await findFilings(db, actor.zoneId, [enterprise.id], period.year, period.month);
  const values = await findValues(
    db,
    actor.zoneId,
    [enterprise.id],
    period.year,
    Math.max(1, period.month - 1),
    period.month,
  );
  const at = (indicatorId: string, month: number) =>
    values.find((row) => row.indicatorId === indicatorId && row.month === month);
  const response: ReturnResponse = {
    enterprise,
    period: formatPeriod(period),
    deadline,
    status: filingStatus(Boolean(filing), deadline, todayInChina()),
    version: filing?.version ?? null,
    filedAt: filing ? filing.filedAt.toISOString() : null,
    filedBy: filing?.filedByName ?? null,
    source: (filing?.source as ReturnSource | undefined) ?? null,
    values: catalogue.map((indicator) => {
      const value = at(indicator.id, period.month);
      const last = period.month > 1 ? at(indicator.id, period.month - 1) : undefined;
      return {
        indicator: {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          decimals: indicator.decimals,
          aggregation: indicator.aggregation as 'sum',
          reporting: indicator.reporting as 'cumulative',
          allowNegative: indicator.allowNegative,
        },
        current: value?.reportedCurrent ?? null,
        previous: value?.reportedPrevious ?? null,
        lastMonthCumulative: last?.cumulative ?? null,
        monthValue: value?.monthValue ?? null,
      };
    }),
  };
  return response;
}

export async function getReturn(
  db: Db,
  context: RequestContext,
  query: { enterpriseId: string; period: string },
) {
  const actor = requireActor(context);
  const enterprise = await enterpriseInScope(db, actor, query.enterpriseId, false);
  return readReturn(db, actor, enterprise, query.period);
}

/**
 * Files (enterprise user) or enters (officer) one enterprise's return for a period. The version
 * read must still be current; a value that fails a check answers 400 and nothing is written.
 */
export async function saveReturn(db: Db, context: RequestContext, body: SaveReturnRequest) {
  const actor = requireActor(context);
  const enterprise = await enterpriseInScope(db, actor, body.enterpriseId, true);
  const period = parsePeriod(body.period);
  const today = todayInChina();
  if (body.period > today.slice(0, 7)) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'period', key: 'invalid', text: { zh: '不能填报未来月份', en: 'Cannot file a future month' } },
    ]);
  }
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const byCode = new Map(catalogue.map((row) => [row.code, row]));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const values = body.values.flatMap((value, index) => {
    const indicator = byCode.get(value.indicatorCode);
    if (!indicator || seen.has(value.indicatorCode)) {
      problems.push({ field: `values.${index}.indicatorCode`, key: 'invalid' });
      return [];
    }
    seen.add(value.indicatorCode);
    return [
      {
        index,
        indicatorId: indicator.id,
        current: parseAmount(value.current),
        previous: value.previous === null ? null : parseAmount(value.previous),
      },
    ];
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  const source: ReturnSource = actor.role === 'enterprise' ? 'filing' : 'officer';

  return db.transaction(async (tx) => {
    await lockPeriod(tx, actor.zoneId, period);
    const [filing] = await findFilings(tx, actor.zoneId, [enterprise.id], period.year, period.month);
    if ((filing?.version ?? null) !== body.version) {
      throw new AppError('CONFLICT', {}, [], await readReturn(tx, actor, enterprise, body.period));
    }
    const plan = await planReturns(tx, {
      zoneId: actor.zoneId,
      period,
      source,
      returns: [{ enterpriseId: enterprise.id, values }],
      catalogue,
    });
    if (plan.problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        {},
        plan.problems.map(({ indicatorId, problem }) => {
          const value = values.find((item) => item.indicatorId === indicatorId);
          const field = problem.kind === 'previousNegative' ? 'previous' : 'current';
          return {
            field: `values.${value?.index ?? 0}.${field}`,
            key: 'invalid',
            text: describeValueProblem(problem),
          };
        }),
      );
    }
    await applyPlan(tx, plan, actor.userId, catalogue);
    if (plan.valuesChanged > 0) {
      await recordAudit(tx, context, {
        action: 'indicators.return.save',
        entityType: 'enterprise',
        entityId: enterprise.id,
        before: {
          period: body.period,
          values: Object.fromEntries(
            plan.revisions.map((row) => [
              catalogue.find((item) => item.id === row.indicatorId)?.code ?? row.indicatorId,
              { current: row.reportedCurrent, previous: row.reportedPrevious },
            ]),
          ),
        },
        after: { period: body.period, source, values: body.values },
      });
    }
    return readReturn(tx, actor, enterprise, body.period);
  });
}

/** The period a filing board shows by default: last month, whose returns are due by now or soon. */
function defaultBoardPeriod(today: string) {
  return shiftPeriod(parsePeriod(today.slice(0, 7)), -1);
}

/** 未报 / 已报 / 逾期 of every enterprise expected to report a period; `mine` gives a liaison its 催报 list. */
export async function filingBoard(
  db: Db,
  context: RequestContext,
  query: {
    period?: string;
    status?: 'filed' | 'pending' | 'overdue';
    parkId?: string;
    mine?: 'true' | 'false';
    page: number;
    pageSize: number;
  },
): Promise<FilingsResponse> {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  const today = todayInChina();
  const period = query.period ? parsePeriod(query.period) : defaultBoardPeriod(today);
  const deadline = filingDeadline(period, await findFilingDeadlineDay(db, actor.zoneId));
  const overdue = today > deadline;
  const index = period.year * 12 + period.month;
  const filters = sql.join(
    [
      sql`true`,
      ...(query.parkId ? [sql`e.park_id = ${query.parkId}`] : []),
      ...(query.mine === 'true' ? [sql`e.liaison_user_id = ${actor.userId}`] : []),
    ],
    sql` and `,
  );
  const wantsUnfiled = query.status === 'pending' ? !overdue : query.status === 'overdue' ? overdue : null;
  const statusFilter =
    query.status === 'filed'
      ? sql`filed_at is not null`
      : wantsUnfiled === null && query.status
        ? sql`false`
        : query.status
          ? sql`filed_at is null`
          : sql`true`;
  const board = await findFilingBoard(
    db,
    actor.zoneId,
    index,
    filters,
    wantsUnfiled === false ? sql`false` : statusFilter,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return {
    period: formatPeriod(period),
    deadline,
    counts: {
      filed: board.counts.filed,
      pending: overdue ? 0 : board.counts.unfiled,
      overdue: overdue ? board.counts.unfiled : 0,
    },
    items: board.rows.map((row) => ({
      enterprise: { id: row.enterpriseId, name: row.enterpriseName },
      park: row.parkId && row.parkName ? { id: row.parkId, name: row.parkName } : null,
      liaison: row.liaisonId && row.liaisonName ? { id: row.liaisonId, name: row.liaisonName } : null,
      status: filingStatus(row.filedAt !== null, deadline, today),
      filedAt: iso(row.filedAt),
      source: (row.source as ReturnSource | null) ?? null,
      unfiledRun: row.filedAt !== null ? 0 : Math.min(12, index - (row.lastFiledIndex ?? index - 12)),
    })),
    total: board.total,
  };
}
