import {
  checkReportedValue,
  deriveValue,
  evaluateWarnings,
  findIndustry,
  formatAmount,
  parseAmount,
  type Amount,
  type DerivedValue,
  type Period,
  type ValueProblem,
} from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import type { IndicatorRow } from '../../db/schema/index.js';
import { findWarningRules } from './catalogue.repository.js';
import {
  findDisplayName,
  findEnterpriseAttributes,
  findValues,
  insertRevisions,
  refreshCube,
  replaceWarnings,
  upsertFilings,
  upsertValues,
  type EnterpriseAttributes,
  type StoredValue,
  type ValueWrite,
  type WarningWrite,
} from './returns.repository.js';

export type ReturnSource = 'import' | 'filing' | 'officer';

export interface IncomingReturn {
  enterpriseId: string;
  values: { indicatorId: string; current: Amount; previous: Amount | null }[];
}

export interface ReturnProblem {
  enterpriseId: string;
  indicatorId: string;
  problem: ValueProblem;
}

/** What writing a period's returns would do; computed without writing, so the dry run can show it. */
export interface ReturnsPlan {
  zoneId: string;
  period: Period;
  source: ReturnSource;
  problems: ReturnProblem[];
  changedEnterprises: EnterpriseAttributes[];
  valuesChanged: number;
  valuesUnchanged: number;
  writes: Omit<ValueWrite, 'filingId'>[];
  /** Existing filing of each row that is only re-derived (a later month). */
  filingOf: Map<string, string>;
  revisions: StoredValue[];
  affectedMonths: number[];
  derived: Map<string, DerivedValue>;
}

const keyOf = (enterpriseId: string, indicatorId: string, year: number, month: number) =>
  `${enterpriseId}|${indicatorId}|${year}|${month}`;

const text = (value: Amount | null) => (value === null ? null : formatAmount(value, 4));
const amountOrNull = (value: string | null) => (value === null ? null : parseAmount(value));

function derivedOf(row: StoredValue): DerivedValue {
  return {
    cumulative: parseAmount(row.cumulative),
    cumulativeBase: amountOrNull(row.cumulativeBase),
    monthValue: amountOrNull(row.monthValue),
    monthBase: amountOrNull(row.monthBase),
  };
}

function sameDerived(a: DerivedValue, b: DerivedValue): boolean {
  return (
    a.cumulative === b.cumulative &&
    a.cumulativeBase === b.cumulativeBase &&
    a.monthValue === b.monthValue &&
    a.monthBase === b.monthBase
  );
}

/** The last day of the month, and of the same month a year earlier (ISO dates). */
function monthEnd({ year, month }: Period): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Plans writing one period's returns: compares with what is stored (re-sending the same figures
 * changes nothing), checks each value (negative, below last month's cumulative), and derives 累计,
 * 当月 and bases for the period and for any later month of the year that depends on it.
 */
export async function planReturns(
  db: DbOrTx,
  input: {
    zoneId: string;
    period: Period;
    source: ReturnSource;
    returns: IncomingReturn[];
    catalogue: IndicatorRow[];
  },
): Promise<ReturnsPlan> {
  const { zoneId, period, source } = input;
  const { year, month } = period;
  const indicatorsById = new Map(input.catalogue.map((row) => [row.id, row]));
  const enterpriseIds = input.returns.map((item) => item.enterpriseId);
  const attributes = await findEnterpriseAttributes(db, zoneId, enterpriseIds, monthEnd(period));
  const attributesById = new Map(attributes.map((row) => [row.id, row]));
  const thisYear = await findValues(db, zoneId, enterpriseIds, year, Math.max(1, month - 1));
  const lastMonthOfYear = Math.max(month, ...thisYear.map((row) => row.month));
  const lastYear = await findValues(db, zoneId, enterpriseIds, year - 1, month, lastMonthOfYear);
  const stored = new Map<string, StoredValue>();
  for (const row of [...thisYear, ...lastYear]) {
    stored.set(keyOf(row.enterpriseId, row.indicatorId, row.year, row.month), row);
  }
  const derived = new Map<string, DerivedValue>();
  for (const [key, row] of stored) derived.set(key, derivedOf(row));

  const plan: ReturnsPlan = {
    zoneId,
    period,
    source,
    problems: [],
    changedEnterprises: [],
    valuesChanged: 0,
    valuesUnchanged: 0,
    writes: [],
    filingOf: new Map(),
    revisions: [],
    affectedMonths: [],
    derived,
  };
  const affected = new Set<number>();
  const existedYearAgo = (attributes: EnterpriseAttributes | undefined, at: number) =>
    !attributes?.establishedOn || attributes.establishedOn <= monthEnd({ year: year - 1, month: at });

  for (const incoming of input.returns) {
    const enterprise = attributesById.get(incoming.enterpriseId);
    let enterpriseChanged = false;
    for (const value of incoming.values) {
      const indicator = indicatorsById.get(value.indicatorId);
      if (!indicator || !enterprise) continue;
      const key = keyOf(incoming.enterpriseId, value.indicatorId, year, month);
      const previousMonth =
        month > 1 ? derived.get(keyOf(incoming.enterpriseId, value.indicatorId, year, month - 1)) : undefined;
      const definition = {
        aggregation: indicator.aggregation as 'sum',
        reporting: indicator.reporting as 'cumulative',
        allowNegative: indicator.allowNegative,
      };
      for (const problem of checkReportedValue(definition, value, previousMonth)) {
        plan.problems.push({ enterpriseId: incoming.enterpriseId, indicatorId: value.indicatorId, problem });
      }
      const old = stored.get(key);
      if (
        old &&
        parseAmount(old.reportedCurrent) === value.current &&
        amountOrNull(old.reportedPrevious) === value.previous
      ) {
        plan.valuesUnchanged += 1;
        continue;
      }
      if (old) plan.revisions.push(old);
      plan.valuesChanged += 1;
      enterpriseChanged = true;
      affected.add(month);
      // Derive this month, then every later month of the year the enterprise reported, in order.
      let prior = previousMonth;
      for (let at = month; at <= lastMonthOfYear; at += 1) {
        const atKey = keyOf(incoming.enterpriseId, value.indicatorId, year, at);
        const existing = stored.get(atKey);
        if (at > month && !existing) break;
        const reported =
          at === month
            ? value
            : {
                current: parseAmount(existing!.reportedCurrent),
                previous: amountOrNull(existing!.reportedPrevious),
              };
        const next = deriveValue({
          ...definition,
          month: at,
          reported,
          prior,
          ownLastYear: derived.get(keyOf(incoming.enterpriseId, value.indicatorId, year - 1, at)),
          existedYearAgo: existedYearAgo(enterprise, at),
        });
        const before = derived.get(atKey);
        derived.set(atKey, next);
        prior = next;
        if (at > month && before && sameDerived(before, next)) break;
        if (at > month) {
          affected.add(at);
          plan.filingOf.set(atKey, existing!.filingId);
        }
        plan.writes.push({
          enterpriseId: incoming.enterpriseId,
          indicatorId: value.indicatorId,
          year,
          month: at,
          reportedCurrent: text(reported.current)!,
          reportedPrevious: text(reported.previous),
          cumulative: text(next.cumulative)!,
          cumulativeBase: text(next.cumulativeBase),
          monthValue: text(next.monthValue),
          monthBase: text(next.monthBase),
          source: at === month ? source : '',
          recordedBy: null,
        });
      }
    }
    if (enterpriseChanged && enterprise) plan.changedEnterprises.push(enterprise);
  }
  plan.affectedMonths = [...affected].sort((a, b) => a - b);
  return plan;
}

/**
 * Writes a plan inside the caller's transaction: filings (with the enterprise's slice attributes
 * as of now), the replaced values into the revision history, the values, the summary rows of
 * every affected month, and the warnings of the changed enterprises.
 */
export async function applyPlan(
  tx: DbOrTx,
  plan: ReturnsPlan,
  userId: string | null,
  catalogue: IndicatorRow[],
): Promise<void> {
  if (plan.changedEnterprises.length === 0) return;
  const { zoneId, period } = plan;
  // Filings show who filed by display name (李科长（经发局）), as the board lists them.
  const actor = { userId, name: userId ? await findDisplayName(tx, userId) : '导入' };
  const filingIds = await upsertFilings(
    tx,
    zoneId,
    period,
    plan.source,
    actor,
    plan.changedEnterprises.map((enterprise) => ({
      enterpriseId: enterprise.id,
      parkKey: enterprise.parkId ?? '',
      industrySection: (enterprise.industryCode && findIndustry(enterprise.industryCode)?.sectionCode) || '',
      leadingIndustry: enterprise.leadingIndustry ?? '',
      isAboveScale: enterprise.isAboveScale,
      isKey: enterprise.isKey,
      qualifications: enterprise.qualifications,
    })),
  );
  await insertRevisions(tx, zoneId, actor.userId, plan.revisions);
  await upsertValues(
    tx,
    zoneId,
    plan.writes.map((write) => ({
      ...write,
      recordedBy: write.source ? actor.userId : null,
      filingId:
        write.month === period.month
          ? (filingIds.get(write.enterpriseId) ?? '')
          : (plan.filingOf.get(keyOf(write.enterpriseId, write.indicatorId, write.year, write.month)) ?? ''),
    })),
  );
  for (const month of plan.affectedMonths) await refreshCube(tx, zoneId, period.year, month);
  await refreshWarnings(tx, plan, catalogue);
}

/** Re-evaluates the figure-based warning rules for the changed enterprises and months. */
async function refreshWarnings(tx: DbOrTx, plan: ReturnsPlan, catalogue: IndicatorRow[]): Promise<void> {
  const rules = await findWarningRules(tx, plan.zoneId);
  const names = new Map(catalogue.map((row) => [row.code, row.name]));
  const { year } = plan.period;
  const warnings: WarningWrite[] = [];
  for (const enterprise of plan.changedEnterprises) {
    for (const month of plan.affectedMonths) {
      const current = new Map<string, DerivedValue>();
      const lastMonth = new Map<string, DerivedValue>();
      for (const indicator of catalogue) {
        const now = plan.derived.get(keyOf(enterprise.id, indicator.id, year, month));
        const before = plan.derived.get(keyOf(enterprise.id, indicator.id, year, month - 1));
        if (now) current.set(indicator.code, now);
        if (before) lastMonth.set(indicator.code, before);
      }
      if (current.size === 0) continue;
      for (const fired of evaluateWarnings(rules, { month, current, lastMonth }, names)) {
        warnings.push({ enterpriseId: enterprise.id, year, month, ...fired });
      }
    }
  }
  await replaceWarnings(
    tx,
    plan.zoneId,
    plan.changedEnterprises.map((enterprise) => enterprise.id),
    plan.affectedMonths.map((month) => ({ year, month })),
    warnings,
  );
}
