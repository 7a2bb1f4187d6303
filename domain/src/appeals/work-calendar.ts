/**
 * A zone's working calendar as officers configure it from the State Council's yearly 放假安排: public
 * holidays (节假日) and the weekend days worked instead (调休上班). Pure rules shared by the contract
 * (validation), the server (the clocks) and the web (the editor and its paste box).
 */
import { defaultWorkCalendar, type WorkCalendar } from './clock.js';
import { addDays, daysBetween } from '../platform/dates.js';

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export interface CalendarDay {
  /** ISO date, China time. */
  date: string;
  /** holiday: a day off (any weekday or weekend); workday: a weekend day worked (调休上班). */
  kind: CalendarDayKind;
  /** e.g. 春节, 国庆节. */
  name: string | null;
}

/** The years a calendar may be configured for. */
export const calendarYears = { min: 2000, max: 2100 } as const;

/** Whether a string is a real ISO date (2027-02-30 is not). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export type CalendarProblemKey = 'notADate' | 'dateOutsideYear' | 'dateGivenTwice' | 'workdayNotWeekend';

/**
 * What is wrong with a year's dates, by index: not a date, outside the year, a date given twice (e.g.
 * both a holiday and a workday), or a make-up workday that is not a weekend day (weekdays are worked
 * anyway, so it is surely a typing mistake). A holiday on a weekend is accepted: the official
 * arrangement names the whole break (春节 Saturday to the next Saturday), and it changes no clock.
 */
export function calendarDayProblems(
  year: number,
  days: readonly Pick<CalendarDay, 'date' | 'kind'>[],
): { index: number; key: CalendarProblemKey }[] {
  const problems: { index: number; key: CalendarProblemKey }[] = [];
  const seen = new Set<string>();
  days.forEach((day, index) => {
    if (!isRealDate(day.date)) problems.push({ index, key: 'notADate' });
    else if (!day.date.startsWith(`${year}-`)) problems.push({ index, key: 'dateOutsideYear' });
    else if (seen.has(day.date)) problems.push({ index, key: 'dateGivenTwice' });
    else if (day.kind === 'workday' && !isWeekend(day.date)) {
      problems.push({ index, key: 'workdayNotWeekend' });
    }
    seen.add(day.date);
  });
  return problems;
}

/** The clocks' calendar from configured days (the standard sessions, 9:00–12:00 and 13:30–17:30). */
export function workCalendarOf(days: readonly Pick<CalendarDay, 'date' | 'kind'>[]): WorkCalendar {
  if (days.length === 0) return defaultWorkCalendar;
  return {
    sessions: defaultWorkCalendar.sessions,
    holidays: new Set(days.filter((day) => day.kind === 'holiday').map((day) => day.date)),
    extraWorkdays: new Set(days.filter((day) => day.kind === 'workday').map((day) => day.date)),
  };
}

/** A date range longer than this in one pasted line is surely a mistake (the longest break is ~8 days). */
const longestPastedRange = 31;
const datePattern = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/g;
const rangeWords = /(至|到|~|～|—|–|-)/g;
const workdayWords = /(调休上班|上班|补班)/;
const weekdayWords = /(星期|周)[一二三四五六日天]/g;

export interface PastedCalendar {
  days: CalendarDay[];
  /** Lines not understood, 1-based, with their text. */
  rejected: { line: number; text: string }[];
}

/**
 * Reads pasted lines such as `2027-02-06 至 2027-02-12 春节` or `2027-02-20 上班 春节调休`: one date
 * or a range, then the name; a line saying 上班/补班 gives make-up workdays, any other line holidays.
 * Dates may be written 2027-2-6, 2027/2/6 or 2027年2月6日. Blank lines are skipped.
 */
export function parseCalendarLines(text: string): PastedCalendar {
  const days: CalendarDay[] = [];
  const rejected: PastedCalendar['rejected'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const dates = [...line.matchAll(datePattern)].map(
      ([, year, month, day]) => `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
    );
    const range = dates.length === 2 ? daysBetween(dates[0]!, dates[1]!) : 0;
    if (
      dates.length < 1 ||
      dates.length > 2 ||
      !dates.every(isRealDate) ||
      range < 0 ||
      range >= longestPastedRange
    ) {
      rejected.push({ line: index + 1, text: line });
      return;
    }
    const kind: CalendarDayKind = workdayWords.test(line) ? 'workday' : 'holiday';
    const rest = line
      .replace(datePattern, ' ')
      .replace(workdayWords, ' ')
      .replace(weekdayWords, ' ')
      .replace(rangeWords, ' ')
      .replace(/[()（）,，、:：;；]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // Digits left over are a date not understood (e.g. `2027-02-06 至 02-12`): refuse rather than guess.
    if (/\d/.test(rest)) {
      rejected.push({ line: index + 1, text: line });
      return;
    }
    const name = rest.slice(0, 20) || null;
    for (let offset = 0; offset <= range; offset += 1) {
      days.push({ date: addDays(dates[0]!, offset), kind, name });
    }
  });
  return { days, rejected };
}

/** Adds days to a year's list: a date given again takes the new entry. Sorted by date. */
export function mergeCalendarDays(
  current: readonly CalendarDay[],
  added: readonly CalendarDay[],
): CalendarDay[] {
  const byDate = new Map(current.map((day) => [day.date, day]));
  for (const day of added) byDate.set(day.date, day);
  return [...byDate.values()].sort((left, right) => left.date.localeCompare(right.date));
}
