import { describe, expect, it } from 'vitest';
import {
  addWorkingHours,
  clockStatus,
  defaultClockPolicy,
  defaultWorkCalendar,
  effectiveClockPolicy,
  readClock,
  resumedDeadline,
  pausedMilliseconds,
  stageDeadline,
  workingMillisecondsBetween,
  type WorkCalendar,
} from './clock.js';

/** China time, written as it would be read on a wall clock in the zone. */
const china = (text: string) => new Date(`${text}+08:00`);
const hours = (value: number) => value * 3_600_000;

describe('working hours (China time)', () => {
  it.each([
    ['2026-11-23T10:00:00', 2, '2026-11-23T12:00:00'], // Monday morning: fits before lunch
    ['2026-11-23T11:00:00', 2, '2026-11-23T14:30:00'], // one hour before lunch, one after 13:30
    ['2026-11-23T08:00:00', 2, '2026-11-23T11:00:00'], // before opening counts from 9:00
    ['2026-11-23T17:00:00', 2, '2026-11-24T10:30:00'], // half an hour today, the rest tomorrow
    ['2026-11-27T16:30:00', 2, '2026-11-30T10:00:00'], // Friday afternoon runs into Monday
    ['2026-11-28T11:00:00', 2, '2026-11-30T11:00:00'], // submitted on Saturday
  ])('%s + %i working hours = %s', (start, workingHours, expected) => {
    expect(addWorkingHours(china(start), workingHours)).toEqual(china(expected));
  });

  it('skips public holidays and counts 调休 weekend days', () => {
    const calendar: WorkCalendar = {
      ...defaultWorkCalendar,
      holidays: new Set(['2026-11-24']),
      extraWorkdays: new Set(['2026-11-28']),
    };
    expect(addWorkingHours(china('2026-11-23T17:00:00'), 2, calendar)).toEqual(china('2026-11-25T10:30:00'));
    expect(addWorkingHours(china('2026-11-27T17:00:00'), 2, calendar)).toEqual(china('2026-11-28T10:30:00'));
  });
});

describe('stage deadlines', () => {
  it('gives 2 working hours to dispatch, 24 h to accept, 24 h (一般) or 7 days (重大) to resolve', () => {
    const start = china('2026-11-23T10:00:00');
    expect(stageDeadline('dispatch', start, 'general')).toEqual(china('2026-11-23T12:00:00'));
    expect(stageDeadline('accept', start, 'general')).toEqual(china('2026-11-24T10:00:00'));
    expect(stageDeadline('resolve', start, 'general')).toEqual(china('2026-11-24T10:00:00'));
    expect(stageDeadline('resolve', start, 'major')).toEqual(china('2026-11-30T10:00:00'));
  });

  it('pauses while the appeal waits on the enterprise', () => {
    const accepted = china('2026-11-23T10:00:00');
    const events = [
      { state: 'inProgress', at: china('2026-11-23T11:00:00') },
      { state: 'returned', at: china('2026-11-23T12:00:00') },
      { state: 'inProgress', at: china('2026-11-23T18:00:00') },
    ];
    const paused = pausedMilliseconds(events, accepted, china('2026-11-24T09:00:00'));
    expect(paused).toBe(hours(6));
    expect(stageDeadline('resolve', accepted, 'general', paused)).toEqual(china('2026-11-24T16:00:00'));
  });

  it('counts a pause that is still running up to now', () => {
    const events = [{ state: 'returned', at: china('2026-11-23T12:00:00') }];
    expect(pausedMilliseconds(events, china('2026-11-23T10:00:00'), china('2026-11-23T15:00:00'))).toBe(
      hours(3),
    );
  });
});

describe('escalation, with a fake clock', () => {
  const deadline = china('2026-11-24T10:00:00');

  it.each([
    ['2026-11-24T09:00:00', false, 0],
    ['2026-11-24T10:00:00', false, 0],
    ['2026-11-24T10:00:01', true, 1],
    ['2026-11-25T09:59:59', true, 1],
    ['2026-11-25T10:00:00', true, 2],
  ] as const)('at %s overdue=%s, escalation %i', (now, isOverdue, escalation) => {
    expect(clockStatus(deadline, china(now))).toMatchObject({ isOverdue, escalation });
  });

  it('gives the same answer after a restart: everything comes from stored timestamps', () => {
    const accepted = china('2026-11-23T10:00:00');
    const stored = [
      { state: 'returned', at: china('2026-11-23T12:00:00') },
      { state: 'inProgress', at: china('2026-11-23T14:00:00') },
    ];
    const before = stageDeadline(
      'resolve',
      accepted,
      'general',
      pausedMilliseconds(stored, accepted, china('2026-11-23T15:00:00')),
    );
    // …the process restarts; later the same rows are read again:
    const after = stageDeadline(
      'resolve',
      accepted,
      'general',
      pausedMilliseconds([...stored].reverse(), accepted, china('2026-11-24T08:00:00')),
    );
    expect(after).toEqual(before);
    expect(clockStatus(after, china('2026-11-24T12:30:00'))).toMatchObject({
      isOverdue: true,
      escalation: 1,
    });
  });
});

describe('zone clock rules and stored clocks', () => {
  const rules = [
    {
      categoryId: null,
      severity: 'general' as const,
      dispatchWorkingHours: 4,
      acceptHours: 12,
      resolveHours: 48,
      leaderAfterHours: 8,
    },
    {
      categoryId: 'utilities',
      severity: 'general' as const,
      dispatchWorkingHours: 1,
      acceptHours: 2,
      resolveHours: 8,
      leaderAfterHours: 4,
    },
  ];

  it('takes the category rule first, then the zone default, then the built-in policy', () => {
    expect(effectiveClockPolicy(rules, 'utilities', 'general').resolveHours.general).toBe(8);
    expect(effectiveClockPolicy(rules, 'finance', 'general').resolveHours.general).toBe(48);
    expect(effectiveClockPolicy(rules, 'finance', 'major')).toEqual(defaultClockPolicy);
  });

  it('reads a running clock, a paused one (frozen) and none', () => {
    const deadlineAt = china('2026-11-24T10:00:00');
    expect(
      readClock({ stage: 'resolve', deadlineAt, pausedSince: null }, china('2026-11-24T11:00:00')),
    ).toEqual({
      stage: 'resolve',
      deadlineAt,
      remainingMs: -hours(1),
      isOverdue: true,
      isPaused: false,
      escalation: 1,
    });
    const paused = readClock(
      { stage: 'resolve', deadlineAt, pausedSince: china('2026-11-24T08:00:00') },
      china('2026-11-26T11:00:00'),
    );
    expect(paused).toMatchObject({ remainingMs: hours(2), isOverdue: false, isPaused: true, escalation: 0 });
    expect(readClock({ stage: null, deadlineAt: null, pausedSince: null }, new Date())).toMatchObject({
      stage: null,
      isOverdue: false,
    });
  });

  it('pushes the deadline back by the time spent paused', () => {
    expect(
      resumedDeadline(
        china('2026-11-24T10:00:00'),
        china('2026-11-24T08:00:00'),
        china('2026-11-24T14:30:00'),
      ),
    ).toEqual(china('2026-11-24T16:30:00'));
  });

  it('gives the dispatch clock back its working time left, not the weekend it waited over', () => {
    // Paused on Friday at 16:30 with one working hour left (deadline 17:30), answered on Sunday:
    // the desk has until Monday 10:00, not 17:30 plus two days.
    const resumed = resumedDeadline(
      china('2026-11-27T17:30:00'),
      china('2026-11-27T16:30:00'),
      china('2026-11-29T11:00:00'),
      'dispatch',
    );
    expect(resumed).toEqual(china('2026-11-30T10:00:00'));
    // Other stages count calendar hours and are pushed back by the whole pause.
    expect(
      resumedDeadline(
        china('2026-11-27T17:30:00'),
        china('2026-11-27T16:30:00'),
        china('2026-11-29T11:00:00'),
        'accept',
      ),
    ).toEqual(china('2026-11-29T12:00:00'));
  });

  it('counts working time between two instants across lunch, nights and holidays', () => {
    const calendar: WorkCalendar = { ...defaultWorkCalendar, holidays: new Set(['2026-11-30']) };
    expect(workingMillisecondsBetween(china('2026-11-27T11:00:00'), china('2026-11-27T14:30:00'))).toBe(
      hours(2),
    );
    expect(
      workingMillisecondsBetween(china('2026-11-27T17:00:00'), china('2026-12-01T09:30:00'), calendar),
    ).toBe(hours(1));
    expect(workingMillisecondsBetween(china('2026-11-27T17:00:00'), china('2026-11-27T09:00:00'))).toBe(0);
  });
});
