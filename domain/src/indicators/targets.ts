import { percent, type Amount } from './amount.js';
import type { ScheduleBasis } from '../zones/rules.js';

export interface TargetProgress {
  /** 完成全年目标进度, percent, two decimals. */
  completionPercent: number | undefined;
  /** 时序（序时）进度 = N ÷ 12, percent, two decimals. */
  schedulePercent: number;
  /** completion − schedule, in 个百分点. */
  gapPoints: number | undefined;
  /** "快于序时进度4.20个百分点" / "慢于…" / "与序时进度持平". */
  phrase: string;
}

/**
 * 时序进度 at the end of month N, percent with two decimals: N ÷ 12 by months, or the calendar
 * days of January–N over the days of the year (1–6月 of 2026: 181 ÷ 365 = 49.59%).
 */
export function schedulePercentOf(year: number, month: number, basis: ScheduleBasis = 'months'): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`month out of range: ${month}`);
  if (basis === 'months') return Math.round((month / 12) * 10_000) / 100;
  const day = 86_400_000;
  const elapsed = (Date.UTC(year, month, 1) - Date.UTC(year, 0, 1)) / day;
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / day;
  return Math.round((elapsed / days) * 10_000) / 100;
}

/**
 * Progress of a cumulative figure (1–N月) against the annual target and the calendar: N/12, or by
 * calendar days when the zone reckons 时序进度 so (`schedule`).
 */
export function targetProgress(
  cumulative: Amount,
  annualTarget: Amount,
  month: number,
  schedule: { year: number; basis: ScheduleBasis } = { year: 2001, basis: 'months' },
): TargetProgress {
  const completionPercent = percent(cumulative, annualTarget);
  const schedulePercent = schedulePercentOf(schedule.year, month, schedule.basis);
  if (completionPercent === undefined) {
    return { completionPercent, schedulePercent, gapPoints: undefined, phrase: '未设定全年目标' };
  }
  const gapPoints = Math.round((completionPercent - schedulePercent) * 100) / 100;
  const phrase =
    gapPoints > 0
      ? `快于序时进度${gapPoints.toFixed(2)}个百分点`
      : gapPoints < 0
        ? `慢于序时进度${Math.abs(gapPoints).toFixed(2)}个百分点`
        : '与序时进度持平';
  return { completionPercent, schedulePercent, gapPoints, phrase };
}
