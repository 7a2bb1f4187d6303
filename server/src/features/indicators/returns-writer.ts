import {
  checkReportedValue,
  deriveValue,
  formatAmount,
  parseAmount,
  type Amount,
  type DerivedValue,
  type Period,
  type ReportedValue,
  type ValueProblem,
} from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import type { IndicatorRow } from '../../db/schema/index.js';
import {
  findEnterpriseAttributes,
  findValues,
  type EnterpriseAttributes,
  type StoredValue,
  type ValueWrite,
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
  /** Existing filing of each row that is only re-derived (a later month, or next year's). */
  filingOf: Map<string, string>;
  revisions: StoredValue[];
  /** Every period whose values change: the summaries and warnings to refresh. */
  affectedPeriods: Period[];
  derived: Map<string, DerivedValue>;
}

export const keyOf = (enterpriseId: string, indicatorId: string, year: number, month: number) =>
  `${enterpriseId}|${indicatorId}|${year}|${month}`;

const text = (value: Amount | null) => (value === null ? null : formatAmount(value, 4));
const amountOrNull = (value: string | null) => (value === null ? null : parseAmount(value));

function derivedOf(row: StoredValue): DerivedValue {
  return {
    cumulative: parseAmount(row.cumulative),
    cumulativeBase: amountOrNull(row.cumulativeBase),
    monthValue: amountOrNull(row.monthValue),
    monthBase: amountOrNull(row.monthBase),
    ...(row.coversJanuary ? { coversJanuary: true as const } : {}),
  };
}

function sameDerived(a: DerivedValue, b: DerivedValue): boolean {
  return (
    a.cumulative === b.cumulative &&
    a.cumulativeBase === b.cumulativeBase &&
    a.monthValue === b.monthValue &&
    a.monthBase === b.monthBase &&
    Boolean(a.coversJanuary) === Boolean(b.coversJanuary)
  );
}

/** The last day of a month (ISO date). */
function monthEnd({ year, month }: Period): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const reportedOf = (row: StoredValue): ReportedValue => ({
  current: parseAmount(row.reportedCurrent),
  previous: amountOrNull(row.reportedPrevious),
});

/**
 * Plans writing one period's returns: compares with what is stored (re-sending the same figures
 * changes nothing), checks each value (negative, below last month's cumulative, above a later
 * month's), and derives 累计, 当月 and bases for the period, for the later months of the year that
 * depend on it, and for next year's months whose base is this year's own figure.
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
  const from = Math.max(1, month - 1);
  const thisYear = await findValues(db, zoneId, enterpriseIds, year, from);
  const nextYear = await findValues(db, zoneId, enterpriseIds, year + 1, from);
  const lastMonthOfYear = Math.max(month, ...thisYear.map((row) => row.month));
  const lastYear = await findValues(db, zoneId, enterpriseIds, year - 1, month, lastMonthOfYear);
  const stored = new Map<string, StoredValue>();
  for (const row of [...lastYear, ...thisYear, ...nextYear]) {
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
    affectedPeriods: [],
    derived,
  };
  const affected = new Map<number, Period>();

  /**
   * Re-derives one enterprise's indicator from `start` onwards in `atYear`, in order, until a gap
   * (or, when `stopWhenSame`, until a month comes out as before). The first month may carry a newly
   * reported value. Answers the months whose figures changed, and any later month that the new
   * value would make fall.
   */
  const walk = (
    enterprise: EnterpriseAttributes,
    indicator: IndicatorRow,
    atYear: number,
    start: number,
    options: { first?: ReportedValue; stopWhenSame: boolean; throughGaps?: boolean },
  ) => {
    const definition = {
      aggregation: indicator.aggregation as 'sum',
      reporting: indicator.reporting as 'cumulative',
      allowNegative: indicator.allowNegative,
    };
    const changed: number[] = [];
    let laterProblem: ValueProblem | undefined;
    let prior = start > 1 ? derived.get(keyOf(enterprise.id, indicator.id, atYear, start - 1)) : undefined;
    for (let at = start; at <= 12; at += 1) {
      const key = keyOf(enterprise.id, indicator.id, atYear, at);
      const existing = stored.get(key);
      const reported =
        at === start && options.first ? options.first : existing ? reportedOf(existing) : undefined;
      if (!reported) {
        // Next year's months each depend on this year's same month, so a gap does not end the walk there.
        if (!options.throughGaps) break;
        prior = undefined;
        continue;
      }
      if (at > start && !laterProblem) {
        const fall = checkReportedValue(definition, reported, prior).find(
          (item) => item.kind === 'belowLastMonth',
        );
        if (fall) laterProblem = { kind: 'aboveLaterMonth', month: at, laterCumulative: reported.current };
      }
      const next = deriveValue({
        ...definition,
        month: at,
        reported,
        prior,
        ownLastYear: derived.get(keyOf(enterprise.id, indicator.id, atYear - 1, at)),
        existedYearAgo:
          !enterprise.establishedOn || enterprise.establishedOn <= monthEnd({ year: atYear - 1, month: at }),
      });
      const before = derived.get(key);
      derived.set(key, next);
      prior = next;
      const isNewReport = at === start && options.first !== undefined;
      if (!isNewReport && before && sameDerived(before, next)) {
        if (options.stopWhenSame) break;
        continue;
      }
      changed.push(at);
      affected.set(atYear * 12 + at, { year: atYear, month: at });
      if (!isNewReport && existing) plan.filingOf.set(key, existing.filingId);
      plan.writes.push({
        enterpriseId: enterprise.id,
        indicatorId: indicator.id,
        year: atYear,
        month: at,
        reportedCurrent: text(reported.current)!,
        reportedPrevious: text(reported.previous),
        cumulative: text(next.cumulative)!,
        cumulativeBase: text(next.cumulativeBase),
        monthValue: text(next.monthValue),
        monthBase: text(next.monthBase),
        coversJanuary: Boolean(next.coversJanuary),
        source: isNewReport ? source : '',
        recordedBy: null,
      });
    }
    return { changed, laterProblem };
  };

  for (const incoming of input.returns) {
    const enterprise = attributesById.get(incoming.enterpriseId);
    if (!enterprise) continue;
    let enterpriseChanged = false;
    for (const value of incoming.values) {
      const indicator = indicatorsById.get(value.indicatorId);
      if (!indicator) continue;
      const key = keyOf(enterprise.id, indicator.id, year, month);
      const previousMonth =
        month > 1 ? derived.get(keyOf(enterprise.id, indicator.id, year, month - 1)) : undefined;
      for (const problem of checkReportedValue(
        {
          aggregation: indicator.aggregation as 'sum',
          reporting: indicator.reporting as 'cumulative',
          allowNegative: indicator.allowNegative,
        },
        value,
        previousMonth,
      )) {
        plan.problems.push({ enterpriseId: enterprise.id, indicatorId: indicator.id, problem });
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
      const { changed, laterProblem } = walk(enterprise, indicator, year, month, {
        first: value,
        stopWhenSame: true,
      });
      if (laterProblem)
        plan.problems.push({ enterpriseId: enterprise.id, indicatorId: indicator.id, problem: laterProblem });
      // Next year's months that took this year's figure as their base (上年同期 left blank) follow it.
      const firstChanged = Math.min(...changed);
      const followers = nextYear.filter(
        (row) =>
          row.enterpriseId === enterprise.id && row.indicatorId === indicator.id && row.month >= firstChanged,
      );
      if (changed.length > 0 && followers.length > 0) {
        const start = Math.min(...followers.map((row) => row.month));
        walk(enterprise, indicator, year + 1, start, { stopWhenSame: false, throughGaps: true });
      }
    }
    if (enterpriseChanged) plan.changedEnterprises.push(enterprise);
  }
  plan.affectedPeriods = [...affected.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
  return plan;
}
