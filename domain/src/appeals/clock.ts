/**
 * The clocks of an appeal ("小问题不过夜、大问题不过周"), as pure functions of stored timestamps:
 * nothing is held in memory, so a restart between two steps changes nothing. Times are compared
 * as instants; working hours are read in China time (UTC+8, no daylight saving).
 */
import { chinaDate, startOfChinaDay } from '../platform/dates.js';

export type Severity = 'general' | 'major';

export interface ClockPolicy {
  /** Dispatch within this many working hours of submission. */
  dispatchWorkingHours: number;
  /** Acceptance (报到) within this many hours of dispatch. */
  acceptHours: number;
  /** Resolution within this many hours of acceptance: 一般 24 h (不过夜), 重大 7 days (不过周). */
  resolveHours: Record<Severity, number>;
  /** Past the deadline the department head is alerted; this much later, the zone leader. */
  leaderAfterHours: number;
}

export const defaultClockPolicy: ClockPolicy = {
  dispatchWorkingHours: 2,
  acceptHours: 24,
  resolveHours: { general: 24, major: 7 * 24 },
  leaderAfterHours: 24,
};

/** Working time: weekdays in two sessions, less public holidays, plus the weekend days made working (调休). */
export interface WorkCalendar {
  /** Sessions in minutes after midnight, China time. */
  sessions: readonly (readonly [number, number])[];
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

export const defaultWorkCalendar: WorkCalendar = {
  sessions: [
    [9 * 60, 12 * 60],
    [13 * 60 + 30, 17 * 60 + 30],
  ],
  holidays: new Set(),
  extraWorkdays: new Set(),
};

const hour = 3_600_000;

function isWorkday(date: string, calendar: WorkCalendar): boolean {
  if (calendar.extraWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** The instant that lies `hours` working hours after `start` (bounded to a year of searching). */
export function addWorkingHours(
  start: Date,
  hours: number,
  calendar: WorkCalendar = defaultWorkCalendar,
): Date {
  let remaining = hours * hour;
  let dayStart = startOfChinaDay(chinaDate(start));
  for (let day = 0; day < 366; day += 1, dayStart += 24 * hour) {
    if (!isWorkday(chinaDate(dayStart), calendar)) continue;
    for (const [from, to] of calendar.sessions) {
      const sessionStart = Math.max(dayStart + from * 60_000, start.getTime());
      const sessionEnd = dayStart + to * 60_000;
      if (sessionEnd <= sessionStart) continue;
      if (sessionEnd - sessionStart >= remaining) return new Date(sessionStart + remaining);
      remaining -= sessionEnd - sessionStart;
    }
  }
  throw new Error('no working time within a year');
}

/** The working time, in milliseconds, between two instants (zero when `end` is not after `start`). */
export function workingMillisecondsBetween(
  start: Date,
  end: Date,
  calendar: WorkCalendar = defaultWorkCalendar,
): number {
  let total = 0;
  let dayStart = startOfChinaDay(chinaDate(start));
  for (let day = 0; day < 366 && dayStart < end.getTime(); day += 1, dayStart += 24 * hour) {
    if (!isWorkday(chinaDate(dayStart), calendar)) continue;
    for (const [from, to] of calendar.sessions) {
      const sessionStart = Math.max(dayStart + from * 60_000, start.getTime());
      const sessionEnd = Math.min(dayStart + to * 60_000, end.getTime());
      if (sessionEnd > sessionStart) total += sessionEnd - sessionStart;
    }
  }
  return total;
}

export type ClockStage = 'dispatch' | 'accept' | 'resolve';

/**
 * The deadline of a stage that started at `startedAt`, pushed back by the time the appeal spent
 * waiting on the enterprise (returned for information).
 */
export function stageDeadline(
  stage: ClockStage,
  startedAt: Date,
  severity: Severity,
  pausedMs = 0,
  policy: ClockPolicy = defaultClockPolicy,
  calendar: WorkCalendar = defaultWorkCalendar,
): Date {
  const base =
    stage === 'dispatch'
      ? addWorkingHours(startedAt, policy.dispatchWorkingHours, calendar).getTime()
      : startedAt.getTime() +
        (stage === 'accept' ? policy.acceptHours : policy.resolveHours[severity]) * hour;
  return new Date(base + pausedMs);
}

/** The spans spent in `returned` between `from` and `now`, from the appeal's state changes, in order. */
export function pauseIntervals(
  events: { state: string; at: Date }[],
  from: Date,
  now: Date,
): { from: Date; to: Date }[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  return sorted.flatMap((event, index) => {
    if (event.state !== 'returned') return [];
    const start = Math.max(event.at.getTime(), from.getTime());
    const end = Math.min(sorted[index + 1]?.at.getTime() ?? now.getTime(), now.getTime());
    return end > start ? [{ from: new Date(start), to: new Date(end) }] : [];
  });
}

/** Milliseconds spent in `returned` between `from` and `now`, from the appeal's state changes. */
export function pausedMilliseconds(events: { state: string; at: Date }[], from: Date, now: Date): number {
  return pauseIntervals(events, from, now).reduce(
    (sum, pause) => sum + (pause.to.getTime() - pause.from.getTime()),
    0,
  );
}

export interface ClockStatus {
  /** Negative once overdue. */
  remainingMs: number;
  isOverdue: boolean;
  /** 0 on time; 1 the department head is alerted; 2 the zone leader too (shown red). */
  escalation: 0 | 1 | 2;
}

/** Where a running clock stands now. */
export function clockStatus(
  deadline: Date,
  now: Date,
  policy: ClockPolicy = defaultClockPolicy,
): ClockStatus {
  const remainingMs = deadline.getTime() - now.getTime();
  if (remainingMs >= 0) return { remainingMs, isOverdue: false, escalation: 0 };
  const escalation = -remainingMs >= policy.leaderAfterHours * hour ? 2 : 1;
  return { remainingMs, isOverdue: true, escalation };
}

/** A zone's clock rule for one scope (a null category is the zone's default for that severity). */
export interface ClockRule {
  categoryId: string | null;
  severity: Severity;
  dispatchWorkingHours: number;
  acceptHours: number;
  resolveHours: number;
  leaderAfterHours: number;
}

/**
 * The policy for one appeal: the category's rule for its severity, else the zone's default rule
 * for that severity, else `defaultClockPolicy`.
 */
export function effectiveClockPolicy(
  rules: readonly ClockRule[],
  categoryId: string,
  severity: Severity,
): ClockPolicy {
  const rule =
    rules.find((candidate) => candidate.categoryId === categoryId && candidate.severity === severity) ??
    rules.find((candidate) => candidate.categoryId === null && candidate.severity === severity);
  if (!rule) return defaultClockPolicy;
  return {
    dispatchWorkingHours: rule.dispatchWorkingHours,
    acceptHours: rule.acceptHours,
    resolveHours: { ...defaultClockPolicy.resolveHours, [severity]: rule.resolveHours },
    leaderAfterHours: rule.leaderAfterHours,
  };
}

/** The clock as stored on an appeal row. */
export interface StoredClock {
  stage: ClockStage | null;
  deadlineAt: Date | null;
  /** Set while the appeal waits on the enterprise. */
  pausedSince: Date | null;
}

export interface ClockReading {
  stage: ClockStage | null;
  deadlineAt: Date | null;
  /** Null when no clock runs; frozen at the moment of pausing while paused. */
  remainingMs: number | null;
  isOverdue: boolean;
  isPaused: boolean;
  escalation: 0 | 1 | 2;
}

/** Reads a stored clock at `now`: a paused clock stands still where it was paused. */
export function readClock(
  clock: StoredClock,
  now: Date,
  leaderAfterHours = defaultClockPolicy.leaderAfterHours,
): ClockReading {
  const { stage, deadlineAt, pausedSince } = clock;
  if (!stage || !deadlineAt) {
    return {
      stage: null,
      deadlineAt: null,
      remainingMs: null,
      isOverdue: false,
      isPaused: false,
      escalation: 0,
    };
  }
  const status = clockStatus(deadlineAt, pausedSince ?? now, {
    ...defaultClockPolicy,
    leaderAfterHours,
  });
  return { stage, deadlineAt, ...status, isPaused: pausedSince !== null };
}

/**
 * The deadline once a paused clock resumes: pushed back by the time spent waiting. The dispatch
 * clock counts working hours, so it gets back the working time it had left, counted from now — a
 * pause over a weekend must not hand the desk the weekend's hours as well.
 */
export function resumedDeadline(
  deadlineAt: Date,
  pausedSince: Date,
  now: Date,
  stage: ClockStage | null = null,
  calendar: WorkCalendar = defaultWorkCalendar,
): Date {
  if (stage === 'dispatch' && deadlineAt > pausedSince) {
    const left = workingMillisecondsBetween(pausedSince, deadlineAt, calendar);
    return addWorkingHours(now, left / hour, calendar);
  }
  return new Date(deadlineAt.getTime() + Math.max(0, now.getTime() - pausedSince.getTime()));
}

/**
 * A stage's deadline given the whole history of its pauses: each resumption applied in turn, as
 * the workflow applies them one at a time.
 */
export function stageDeadlineAcrossPauses(
  stage: ClockStage,
  startedAt: Date,
  severity: Severity,
  pauses: { from: Date; to: Date }[],
  policy: ClockPolicy = defaultClockPolicy,
  calendar: WorkCalendar = defaultWorkCalendar,
): Date {
  return pauses.reduce(
    (deadline, pause) => resumedDeadline(deadline, pause.from, pause.to, stage, calendar),
    stageDeadline(stage, startedAt, severity, 0, policy, calendar),
  );
}
