import type { Amount } from './amount.js';
import type { Aggregation, ReportingMode } from './catalogue.js';

/** A value as the enterprise reported it on the return: 本期 and 上年同期. */
export interface ReportedValue {
  current: Amount;
  /** 上年同期 on the return; null when the return leaves it empty. */
  previous: Amount | null;
}

/**
 * The figures the statistics need for one enterprise, indicator and month, derived from the
 * reported values. A null base means "unknown": it is reported and left out of growth, never 0.
 */
export interface DerivedValue {
  /** 1–N月累计 (for end-of-period indicators, the value at the period's end). */
  cumulative: Amount;
  cumulativeBase: Amount | null;
  /** 当月; for a combined 1–2月 the two months together; null after a gap in the returns. */
  monthValue: Amount | null;
  monthBase: Amount | null;
  /**
   * Set on a February without a January return: its 当月 stands for 1–2月 together (January is
   * waived for 规上 returns; monthly-reported indicators follow the same first period).
   */
  coversJanuary?: true;
}

export interface DeriveInput {
  aggregation: Aggregation;
  reporting: ReportingMode;
  month: number;
  reported: ReportedValue;
  /** The same enterprise's derived value for month N−1 of the same year, when it filed one. */
  prior: DerivedValue | undefined;
  /** Its own derived value for the same month a year earlier, when the system holds one. */
  ownLastYear: DerivedValue | undefined;
  /** Whether it existed a year before the period: a younger enterprise has a base of 0. */
  existedYearAgo: boolean;
}

function baseFrom(previous: Amount | null, own: Amount | null | undefined, existedYearAgo: boolean) {
  if (previous !== null) return previous;
  if (own !== undefined && own !== null) return own;
  return existedYearAgo ? null : 0n;
}

function subtract(a: Amount | null, b: Amount | null): Amount | null {
  return a === null || b === null ? null : a - b;
}

/**
 * Derives 累计, 当月 and their comparable bases (RULES.md §8, STATISTICS.md cases A and B):
 * - cumulative returns: 当月 = 累计N − 累计N−1; without January, 1–2月 is the first period and its
 *   value covers both months; after any other gap 当月 is unknown;
 * - monthly returns: 累计 adds the months (after a gap it starts again from what was reported);
 * - end-of-period indicators (从业人员期末人数): the value is both 累计 and 当月.
 * The base is 上年同期 on the return, else the enterprise's own return a year earlier, else 0
 * for an enterprise younger than a year, else unknown.
 */
export function deriveValue(input: DeriveInput): DerivedValue {
  const { reported, prior, ownLastYear, month } = input;
  if (input.aggregation === 'endOfPeriod') {
    // A stock is its own value every month; it never stands for two months.
    const base = baseFrom(reported.previous, ownLastYear?.cumulative, input.existedYearAgo);
    return {
      cumulative: reported.current,
      cumulativeBase: base,
      monthValue: reported.current,
      monthBase: base,
    };
  }
  if (input.reporting === 'monthly') {
    const monthBase = baseFrom(reported.previous, ownLastYear?.monthValue, input.existedYearAgo);
    if (month === 1 || !prior) {
      return {
        cumulative: reported.current,
        cumulativeBase: monthBase,
        monthValue: reported.current,
        monthBase,
        ...(month === 2 ? { coversJanuary: true as const } : {}),
      };
    }
    return {
      cumulative: prior.cumulative + reported.current,
      cumulativeBase:
        prior.cumulativeBase === null || monthBase === null ? null : prior.cumulativeBase + monthBase,
      monthValue: reported.current,
      monthBase,
    };
  }
  const cumulativeBase = baseFrom(reported.previous, ownLastYear?.cumulative, input.existedYearAgo);
  if (month === 1 || (month === 2 && !prior)) {
    return {
      cumulative: reported.current,
      cumulativeBase,
      monthValue: reported.current,
      monthBase: cumulativeBase,
      ...(month === 2 ? { coversJanuary: true as const } : {}),
    };
  }
  if (!prior) return { cumulative: reported.current, cumulativeBase, monthValue: null, monthBase: null };
  return {
    cumulative: reported.current,
    cumulativeBase,
    monthValue: reported.current - prior.cumulative,
    monthBase: subtract(cumulativeBase, prior.cumulativeBase),
  };
}

/** Problems a reported value has on its own or against last month's return. */
export type ValueProblem =
  | { kind: 'negative' }
  | { kind: 'belowLastMonth'; lastMonth: Amount }
  | { kind: 'previousNegative' }
  /** A revised month now exceeds the cumulative already reported for a later month. */
  | { kind: 'aboveLaterMonth'; month: number; laterCumulative: Amount };

export function checkReportedValue(
  definition: { aggregation: Aggregation; reporting: ReportingMode; allowNegative: boolean },
  reported: ReportedValue,
  prior: DerivedValue | undefined,
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  if (!definition.allowNegative && reported.current < 0n) problems.push({ kind: 'negative' });
  if (!definition.allowNegative && reported.previous !== null && reported.previous < 0n) {
    problems.push({ kind: 'previousNegative' });
  }
  // A cumulative figure cannot fall during the year; profit may (losses), and stocks may.
  if (
    prior &&
    definition.aggregation === 'sum' &&
    definition.reporting === 'cumulative' &&
    !definition.allowNegative &&
    reported.current < prior.cumulative
  ) {
    problems.push({ kind: 'belowLastMonth', lastMonth: prior.cumulative });
  }
  return problems;
}

/** Two-year average growth from this year's and last year's growth rates: √((1+g₁)(1+g₂)) − 1. */
export function twoYearAverageFromGrowth(
  growthPercent: number | undefined,
  lastYearGrowthPercent: number | undefined,
): number | undefined {
  if (growthPercent === undefined || lastYearGrowthPercent === undefined) return undefined;
  const product = (1 + growthPercent / 100) * (1 + lastYearGrowthPercent / 100);
  if (product <= 0) return undefined;
  return Math.round((Math.sqrt(product) - 1) * 10_000) / 100;
}
