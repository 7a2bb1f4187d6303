import {
  evaluateWarnings,
  formatPeriod,
  latestDuePeriod,
  parseAmount,
  parsePeriod,
  todayInChina,
  type DerivedValue,
  type EnterprisePeriodFigures,
  type WarningsResponse,
} from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import {
  findFilingDeadlineDay,
  findIndicators,
  findLatestPeriod,
  findWarningRules,
} from './catalogue.repository.js';
import { replaceWarnings, type WarningWrite } from './returns.repository.js';
import { findPeriodValues, findUnfiledRuns, findWarnings } from './warnings.repository.js';

const nullableAmount = (value: string | null) => (value === null ? null : parseAmount(value));

/**
 * The warning list: what the figure rules fired for a period (default the latest with figures),
 * followed by the expected reporters that have filed nothing for the rule's number of periods up to
 * that period (default: up to the last period already due).
 */
export async function listWarnings(
  db: Db,
  context: RequestContext,
  query: { period?: string; ruleCode?: string; enterpriseId?: string; page: number; pageSize: number },
): Promise<WarningsResponse> {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  const rules = await findWarningRules(db, actor.zoneId);
  const ruleName = new Map(rules.map((rule) => [rule.code, rule.name]));
  const period = query.period ? parsePeriod(query.period) : await findLatestPeriod(db, actor.zoneId);
  const offset = (query.page - 1) * query.pageSize;
  const stored = period
    ? await findWarnings(
        db,
        actor.zoneId,
        {
          period,
          ruleCode: query.ruleCode,
          enterpriseId: query.enterpriseId,
        },
        query.pageSize,
        offset,
      )
    : { rows: [], total: 0 };
  const items: WarningsResponse['items'] = stored.rows.map((row) => ({
    enterprise: { id: row.enterpriseId, name: row.enterpriseName },
    period: formatPeriod(row),
    rule: { code: row.ruleCode, name: ruleName.get(row.ruleCode) ?? row.ruleCode },
    message: row.message,
    figures: row.figures,
  }));

  let total = stored.total;
  const unfiledRule = rules.find((rule) => rule.kind === 'unfiled' && rule.enabled);
  if (unfiledRule && (!query.ruleCode || query.ruleCode === unfiledRule.code)) {
    // Without a period: as of the last period already due; with one: the run ending at that period.
    const due = query.period
      ? parsePeriod(query.period)
      : latestDuePeriod(todayInChina(), await findFilingDeadlineDay(db, actor.zoneId));
    const dueIndex = due.year * 12 + due.month;
    const runs = (await findUnfiledRuns(db, actor.zoneId, dueIndex, unfiledRule.threshold)).filter(
      (row) => !query.enterpriseId || row.enterpriseId === query.enterpriseId,
    );
    total += runs.length;
    const start = Math.max(0, offset - stored.total);
    const room = query.pageSize - items.length;
    for (const row of runs.slice(start, start + Math.max(0, room))) {
      const missing = row.lastFiledIndex === null ? null : dueIndex - row.lastFiledIndex;
      items.push({
        enterprise: { id: row.enterpriseId, name: row.enterpriseName },
        period: formatPeriod(due),
        rule: { code: unfiledRule.code, name: unfiledRule.name },
        message:
          missing === null
            ? '尚未报送过月度数据'
            : `已连续${missing}个月未报送月度数据（最近一次报送：${formatPeriod({
                year: Math.floor((row.lastFiledIndex! - 1) / 12),
                month: ((row.lastFiledIndex! - 1) % 12) + 1,
              })}）`,
        figures: { unfiledPeriods: missing ?? '—', threshold: unfiledRule.threshold },
      });
    }
  }
  return { period: period ? formatPeriod(period) : null, items, total };
}

/** Re-evaluates the figure rules for a whole period (after a rule's threshold changes). */
export async function reevaluatePeriod(tx: DbOrTx, zoneId: string, year: number, month: number) {
  const catalogue = await findIndicators(tx, zoneId);
  const rules = await findWarningRules(tx, zoneId);
  const codeOf = new Map(catalogue.map((row) => [row.id, row.code]));
  const names = new Map(catalogue.map((row) => [row.code, row.name]));
  const byEnterprise = new Map<string, EnterprisePeriodFigures>();
  for (const row of await findPeriodValues(tx, zoneId, year, month)) {
    const entry = byEnterprise.get(row.enterpriseId) ?? { month, current: new Map(), lastMonth: new Map() };
    byEnterprise.set(row.enterpriseId, entry);
    const value: DerivedValue = {
      cumulative: parseAmount(row.cumulative),
      cumulativeBase: nullableAmount(row.cumulativeBase),
      monthValue: nullableAmount(row.monthValue),
      monthBase: nullableAmount(row.monthBase),
      ...(row.coversJanuary ? { coversJanuary: true as const } : {}),
    };
    (row.month === month ? entry.current : entry.lastMonth).set(codeOf.get(row.indicatorId) ?? '', value);
  }
  const warnings: WarningWrite[] = [];
  const enterpriseIds: string[] = [];
  for (const [enterpriseId, figures] of byEnterprise) {
    if (figures.current.size === 0) continue;
    enterpriseIds.push(enterpriseId);
    for (const fired of evaluateWarnings(rules, figures, names))
      warnings.push({ enterpriseId, year, month, ...fired });
  }
  await replaceWarnings(tx, zoneId, enterpriseIds, [{ year, month }], warnings);
}
