import { growthRate, percent, sumAmounts, type Amount } from './amount.js';

/** One enterprise's figure for a period, as the comparable-base rule needs it. */
export interface EnterpriseFigure {
  enterpriseId: string;
  /** 本期 (this period, e.g. 1–6月 cumulative). */
  current: Amount;
  /** 上年同期 as reported on this period's return; null when the return lacks it. */
  previousOnReturn: Amount | null;
  /** The enterprise's own return for the same period last year, when the system holds it. */
  previousOwnReturn: Amount | null;
  /** Whether the enterprise existed a year before the period ends (a new one has a base of 0). */
  existedYearAgo: boolean;
}

export interface ComparableGrowth {
  /** Total of this period over every enterprise in the set. */
  total: Amount;
  /** The comparable base: the same enterprises a year earlier, where known. */
  base: Amount;
  /** The part of `total` whose base is known (the numerator of the growth). */
  comparableTotal: Amount;
  /** 同比 in percent, two decimals; undefined when the base is zero or unknown for all. */
  growthPercent: number | undefined;
  /** Enterprises whose base is unknown: reported, left out of the growth, never taken as 0. */
  missingBase: string[];
}

/** The base an enterprise contributes, or undefined when it is unknown. */
export function baseOf(figure: EnterpriseFigure): Amount | undefined {
  if (figure.previousOnReturn !== null) return figure.previousOnReturn;
  if (figure.previousOwnReturn !== null) return figure.previousOwnReturn;
  if (!figure.existedYearAgo) return 0n;
  return undefined;
}

/**
 * 同比 on the comparable base (可比口径): this period's enterprises against their own figures a year
 * earlier. Enterprises that left are simply not in `figures`; a new one counts with a base of 0; one
 * whose base is unknown is listed in `missingBase` and left out of both sides of the growth.
 */
export function comparableGrowth(figures: EnterpriseFigure[]): ComparableGrowth {
  const known = figures.flatMap((figure) => {
    const base = baseOf(figure);
    return base === undefined ? [] : [{ current: figure.current, base }];
  });
  const base = sumAmounts(known.map((item) => item.base));
  const comparableTotal = sumAmounts(known.map((item) => item.current));
  return {
    total: sumAmounts(figures.map((figure) => figure.current)),
    base,
    comparableTotal,
    growthPercent: growthRate(comparableTotal, base),
    missingBase: figures
      .filter((figure) => baseOf(figure) === undefined)
      .map((figure) => figure.enterpriseId),
  };
}

/** 两年平均增速 = √(本期 ÷ 两年前同期) − 1, in percent with two decimals. */
export function twoYearAverageGrowth(current: Amount, twoYearsAgo: Amount): number | undefined {
  if (twoYearsAgo <= 0n || current < 0n) return undefined;
  const ratio = Number(current) / Number(twoYearsAgo);
  return Math.round((Math.sqrt(ratio) - 1) * 10_000) / 100;
}

export interface SliceFigure {
  key: string;
  current: Amount;
  base: Amount;
}

export interface PullAndContribution {
  key: string;
  delta: Amount;
  /** 拉动, in 个百分点: Δ(part) ÷ the whole's base × 100. */
  pullPoints: number | undefined;
  /** 贡献率, in percent: Δ(part) ÷ Δ(whole) × 100. */
  contributionPercent: number | undefined;
}

/** 拉动 and 贡献率 of each slice (industry, park …) to the whole's growth. */
export function pullAndContribution(slices: SliceFigure[]): PullAndContribution[] {
  const wholeBase = sumAmounts(slices.map((slice) => slice.base));
  const wholeDelta = sumAmounts(slices.map((slice) => slice.current - slice.base));
  return slices.map((slice) => {
    const delta = slice.current - slice.base;
    return {
      key: slice.key,
      delta,
      pullPoints: wholeBase > 0n ? percent(delta, wholeBase) : undefined,
      contributionPercent: percent(delta, wholeDelta),
    };
  });
}

/** "同比增长42.86%" / "同比下降3.20%" / "与上年同期持平", as the reports write it. */
export function growthPhrase(growthPercent: number | undefined): string {
  if (growthPercent === undefined) return '上年同期数缺失，未计算增速';
  if (growthPercent > 0) return `同比增长${growthPercent.toFixed(2)}%`;
  if (growthPercent < 0) return `同比下降${Math.abs(growthPercent).toFixed(2)}%`;
  return '与上年同期持平';
}
