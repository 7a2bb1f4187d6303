/**
 * A reporting period: one month, written `YYYY-MM`. Cumulative returns for that period cover
 * 1–N月 of its year.
 */
export interface Period {
  year: number;
  month: number;
}

export const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parsePeriod(text: string): Period {
  const match = periodPattern.exec(text);
  if (!match) throw new Error(`not a period: ${text}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatPeriod({ year, month }: Period): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The period `count` months later (negative for earlier). */
export function shiftPeriod({ year, month }: Period, count: number): Period {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** "1—6月" for a cumulative period, "1—2月" for the first, "1月" for January alone. */
export function cumulativeLabel({ month }: Period): string {
  return month === 1 ? '1月' : `1—${month}月`;
}

/** "2026年6月". */
export function periodLabel({ year, month }: Period): string {
  return `${year}年${month}月`;
}

/**
 * The filing deadline of a period: day `deadlineDay` of the next month (default the 10th), as an
 * ISO date in China time.
 */
export function filingDeadline(period: Period, deadlineDay = 10): string {
  const next = shiftPeriod(period, 1);
  const lastDay = new Date(Date.UTC(next.year, next.month, 0)).getUTCDate();
  const day = Math.min(Math.max(1, deadlineDay), lastDay);
  return `${formatPeriod(next)}-${String(day).padStart(2, '0')}`;
}

/** 未报 / 已报 / 逾期 for one enterprise and period, given today's date in China (ISO). */
export function filingStatus(
  filed: boolean,
  deadline: string,
  today: string,
): 'filed' | 'pending' | 'overdue' {
  if (filed) return 'filed';
  return today > deadline ? 'overdue' : 'pending';
}

/** The last period whose filing deadline has passed, for "what should be in by now". */
export function latestDuePeriod(today: string, deadlineDay = 10): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  let candidate = shiftPeriod({ year, month }, -1);
  while (filingDeadline(candidate, deadlineDay) >= today) candidate = shiftPeriod(candidate, -1);
  return candidate;
}
