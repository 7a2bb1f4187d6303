import { describe, expect, it } from 'vitest';
import { addWorkingHours, defaultWorkCalendar } from './clock.js';
import { workCalendarRequest } from './contract.js';
import {
  calendarDayProblems,
  isRealDate,
  mergeCalendarDays,
  parseCalendarLines,
  workCalendarOf,
} from './work-calendar.js';

const china = (text: string) => new Date(`${text}+08:00`);

describe('a year’s holidays and make-up workdays', () => {
  it('knows real dates', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-13-01')).toBe(false);
    expect(isRealDate('2027-2-1')).toBe(false);
  });

  it('refuses dates outside the year, dates given twice and make-up workdays on weekdays', () => {
    const problems = calendarDayProblems(2027, [
      { date: '2027-02-06', kind: 'holiday' }, // Saturday holiday: accepted
      { date: '2027-02-08', kind: 'holiday' },
      { date: '2027-02-08', kind: 'workday' }, // both off and worked
      { date: '2026-12-31', kind: 'holiday' }, // the year before
      { date: '2027-02-20', kind: 'workday' }, // Saturday: a make-up workday
      { date: '2027-02-22', kind: 'workday' }, // Monday
      { date: '2027-02-30', kind: 'holiday' },
    ]);
    expect(problems).toEqual([
      { index: 2, key: 'dateGivenTwice' },
      { index: 3, key: 'dateOutsideYear' },
      { index: 5, key: 'workdayNotWeekend' },
      { index: 6, key: 'notADate' },
    ]);
  });

  it('reports the problems through the contract at the offending date', () => {
    const parsed = workCalendarRequest.safeParse({
      year: 2027,
      days: [{ date: '2027-03-01', kind: 'workday' }],
      version: 0,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toMatchObject([{ path: ['days', 0, 'date'], message: 'workdayNotWeekend' }]);
  });

  it('turns the days into the clocks’ calendar, which then skips the holidays and works the 调休 days', () => {
    expect(workCalendarOf([])).toBe(defaultWorkCalendar);
    const calendar = workCalendarOf([
      { date: '2027-02-08', kind: 'holiday' },
      { date: '2027-02-09', kind: 'holiday' },
      { date: '2027-02-13', kind: 'workday' },
    ]);
    // Friday 16:30: one hour left that day, then Monday and Tuesday are off, Saturday is worked.
    expect(addWorkingHours(china('2027-02-05T16:30:00'), 2, calendar)).toEqual(china('2027-02-10T10:00:00'));
    expect(addWorkingHours(china('2027-02-12T17:00:00'), 2, calendar)).toEqual(china('2027-02-13T10:30:00'));
  });
});

describe('pasted lines', () => {
  it('reads ranges, single dates, names and 上班 lines in the usual spellings', () => {
    const pasted = parseCalendarLines(
      [
        '2027-02-06 至 2027-02-12 春节',
        '',
        '2027/2/20（周六）上班 春节调休',
        '2027年10月1日~2027年10月3日 国庆节',
        '2027-05-01',
      ].join('\n'),
    );
    expect(pasted.rejected).toEqual([]);
    expect(pasted.days.filter((day) => day.name === '春节').map((day) => day.date)).toEqual([
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(pasted.days).toContainEqual({ date: '2027-02-20', kind: 'workday', name: '春节调休' });
    expect(pasted.days.filter((day) => day.name === '国庆节')).toHaveLength(3);
    expect(pasted.days).toContainEqual({ date: '2027-05-01', kind: 'holiday', name: null });
  });

  it('refuses lines it cannot read rather than guessing', () => {
    const pasted = parseCalendarLines(
      ['春节放假', '2027-02-06 至 02-12 春节', '2027-02-30 元宵', '2027-03-01 至 2027-01-01 倒序'].join('\n'),
    );
    expect(pasted.days).toEqual([]);
    expect(pasted.rejected.map((line) => line.line)).toEqual([1, 2, 3, 4]);
  });

  it('merges pasted days into a year, the newer entry winning for a date', () => {
    const merged = mergeCalendarDays(
      [
        { date: '2027-02-08', kind: 'holiday', name: null },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ],
      [{ date: '2027-02-08', kind: 'holiday', name: '春节' }],
    );
    expect(merged).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-08', kind: 'holiday', name: '春节' },
    ]);
  });
});
