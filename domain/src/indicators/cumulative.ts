import type { Amount } from './amount.js';

/** A cumulative return (1–N月) of one enterprise and indicator; `month` is N. */
export interface CumulativeValue {
  month: number;
  cumulative: Amount;
}

export interface MonthValue {
  month: number;
  /** 当月 = 累计N − 累计N−1; for a combined 1–2月 the two months' value; undefined after a gap. */
  value: Amount | undefined;
  /** The months the value covers: [2] normally, [1, 2] for a combined 1–2月. */
  covers: number[];
}

export interface CumulativeProblem {
  month: number;
  kind: 'decrease' | 'gap';
}

/**
 * 当月 values from cumulative returns of one year. January may be absent: 1–2月 is then the first
 * period and no single February value exists. A cumulative value lower than the month before is a
 * problem in the return, except for end-of-period indicators (e.g. 从业人员期末人数).
 */
export function monthlyFromCumulative(
  values: CumulativeValue[],
  options: { endOfPeriod?: boolean } = {},
): { months: MonthValue[]; problems: CumulativeProblem[] } {
  const sorted = [...values].sort((a, b) => a.month - b.month);
  const months: MonthValue[] = [];
  const problems: CumulativeProblem[] = [];
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    if (!previous) {
      if (entry.month === 1) months.push({ month: 1, value: entry.cumulative, covers: [1] });
      // January waived: the first period is 1–2月, one value for the two months together.
      else if (entry.month === 2) months.push({ month: 2, value: entry.cumulative, covers: [1, 2] });
      else {
        months.push({ month: entry.month, value: undefined, covers: [entry.month] });
        problems.push({ month: entry.month, kind: 'gap' });
      }
      return;
    }
    if (entry.month !== previous.month + 1) {
      months.push({ month: entry.month, value: undefined, covers: [entry.month] });
      problems.push({ month: entry.month, kind: 'gap' });
      return;
    }
    if (!options.endOfPeriod && entry.cumulative < previous.cumulative) {
      problems.push({ month: entry.month, kind: 'decrease' });
    }
    months.push({
      month: entry.month,
      value: options.endOfPeriod ? entry.cumulative : entry.cumulative - previous.cumulative,
      covers: [entry.month],
    });
  });
  return { months, problems };
}
