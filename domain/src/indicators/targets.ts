import { percent, type Amount } from './amount.js';

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

/** Progress of a cumulative figure (1–N月) against the annual target and the calendar (N/12). */
export function targetProgress(cumulative: Amount, annualTarget: Amount, month: number): TargetProgress {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`month out of range: ${month}`);
  const completionPercent = percent(cumulative, annualTarget);
  const schedulePercent = Math.round((month / 12) * 10_000) / 100;
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
