import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';
import { loadAppealRules } from './appeals.service.js';

/**
 * The dispatch clock counts the zone's working calendar. "Now" is faked (only `Date`, timers run
 * normally) to a Friday afternoon just before a configured 春节 break; everyone signs in at that
 * moment so sessions are valid in it.
 */
let t: TestApp;
let z: AppealZone;
let plain: AppealZone;

const china = (text: string) => new Date(`${text}+08:00`);
const friday = china('2027-02-05T16:30:00');
const springFestival = [
  ...['06', '07', '08', '09', '10', '11', '12'].map((day) => ({
    date: `2027-02-${day}`,
    kind: 'holiday',
    name: '春节',
  })),
  // The Sunday after the break is worked (调休上班).
  { date: '2027-02-14', kind: 'workday', name: '春节调休' },
];

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: friday });
  t = await createTestApp();
  z = await appealZone(t);
  plain = await appealZone(t);
  const saved = await t.request({
    method: 'PUT',
    url: '/api/appeals/calendar',
    cookie: z.people.dispatcher.cookie,
    payload: { year: 2027, days: springFestival, version: 0 },
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

describe('the dispatch deadline and the working calendar', () => {
  it('skips the configured holidays and counts the make-up Sunday', async () => {
    const filed = await appealRequests(t, z).file(z.people.ownUser.cookie);
    expect(filed.statusCode, filed.body).toBe(201);
    // One working hour left on Friday (to 17:30), the next on the make-up Sunday from 9:00.
    expect(filed.json<Detail>().clock).toMatchObject({
      stage: 'dispatch',
      deadlineAt: china('2027-02-14T10:00:00').toISOString(),
    });
  });

  it('leaves a zone without a calendar on plain weekdays', async () => {
    const filed = await appealRequests(t, plain).file(plain.people.ownUser.cookie);
    expect(filed.json<Detail>().clock.deadlineAt).toBe(china('2027-02-08T10:00:00').toISOString());
  });

  it('loads only the dates within a year of now, with the rules, in one query', async () => {
    const far = await t.request({
      method: 'PUT',
      url: '/api/appeals/calendar',
      cookie: z.people.dispatcher.cookie,
      payload: { year: 2029, days: [{ date: '2029-01-01', kind: 'holiday', name: '元旦' }], version: 0 },
    });
    expect(far.statusCode, far.body).toBe(200);
    // Count the round trips the driver makes (node-postgres' pool and PGlite both answer `query`).
    const client = (t.db as unknown as { $client: { query: (...args: never[]) => unknown } }).$client;
    const queries = vi.spyOn(client, 'query');
    const rules = await loadAppealRules(t.db, z.zone.id);
    expect(queries).toHaveBeenCalledTimes(1);
    queries.mockRestore();
    expect(rules.dispatchDepartmentId).toBe(z.departments.serviceDesk.id);
    expect([...rules.calendar.holidays]).toEqual(springFestival.slice(0, 7).map((day) => day.date));
    expect([...rules.calendar.extraWorkdays]).toEqual(['2027-02-14']);
    const later = await loadAppealRules(t.db, z.zone.id, china('2028-06-01T12:00:00'));
    expect([...later.calendar.holidays]).toEqual(['2029-01-01']);
  });
});
