import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealZone, type AppealZone } from '../../../test/appeals.js';

/** The working calendar (节假日 / 调休上班) of a zone: who may read and replace it, and what it refuses. */
let t: TestApp;
let z: AppealZone;
let other: AppealZone;

type Calendar = {
  year: number;
  days: { date: string; kind: string; name: string | null }[];
  isConfigured: boolean;
  version: number;
};

const read = (cookie: string | undefined, year: number) =>
  t.request({ method: 'GET', url: `/api/appeals/calendar?year=${year}`, cookie });
const save = (
  cookie: string | undefined,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) => t.request({ method: 'PUT', url: '/api/appeals/calendar', cookie, payload, headers });

const springFestival = [
  { date: '2031-01-22', kind: 'holiday', name: '春节' },
  { date: '2031-01-23', kind: 'holiday', name: '春节' },
  { date: '2031-01-24', kind: 'holiday', name: '春节' },
  { date: '2031-01-26', kind: 'workday', name: '春节调休' },
];

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  other = await appealZone(t);
});
afterAll(() => t.close());

describe('the working calendar', () => {
  it('asks for a session', async () => {
    expect((await read(undefined, 2031)).statusCode).toBe(401);
    expect((await save(undefined, { year: 2031, days: [], version: 0 })).statusCode).toBe(401);
  });

  it('is configured by the dispatch desk only, and read by officers but not enterprises', async () => {
    const payload = { year: 2031, days: springFestival, version: 0 };
    expect((await save(z.people.lead.cookie, payload)).statusCode).toBe(403);
    expect((await save(z.people.ownUser.cookie, payload)).statusCode).toBe(403);
    expect((await read(z.people.ownUser.cookie, 2031)).statusCode).toBe(403);
    const byLead = await read(z.people.lead.cookie, 2031);
    expect(byLead.statusCode).toBe(200);
    expect(byLead.json()).toEqual({ year: 2031, days: [], isConfigured: false, version: 0 });
  });

  it('replaces a year as a whole, sorted, audited, and leaves the other years alone', async () => {
    const neighbour = await save(z.people.dispatcher.cookie, {
      year: 2032,
      days: [{ date: '2032-01-01', kind: 'holiday', name: '元旦' }],
      version: 0,
    });
    expect(neighbour.statusCode, neighbour.body).toBe(200);

    const first = await save(z.people.dispatcher.cookie, {
      year: 2031,
      days: [...springFestival].reverse(),
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Calendar>()).toEqual({
      year: 2031,
      days: springFestival,
      isConfigured: true,
      version: 1,
    });

    const second = await save(z.people.dispatcher.cookie, {
      year: 2031,
      days: [{ date: '2031-10-01', kind: 'holiday', name: '  国庆节 ' }],
      version: 1,
    });
    expect(second.json<Calendar>()).toMatchObject({
      days: [{ date: '2031-10-01', kind: 'holiday', name: '国庆节' }],
      version: 2,
    });
    expect((await read(z.people.leader.cookie, 2032)).json<Calendar>().days).toEqual([
      { date: '2032-01-01', kind: 'holiday', name: '元旦' },
    ]);

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'appeal.calendar.update'), eq(auditLog.entityId, z.zone.id)));
    expect(audits).toHaveLength(3);
    expect(audits.at(-1)).toMatchObject({
      before: { year: 2031, days: springFestival },
      after: { year: 2031, days: [{ date: '2031-10-01', kind: 'holiday', name: '国庆节' }] },
    });
  });

  it('refuses bad dates with a message at each, in Chinese or English, changing nothing', async () => {
    const before = (await read(z.people.dispatcher.cookie, 2031)).json<Calendar>();
    const payload = {
      year: 2031,
      days: [
        { date: '2031-02-29', kind: 'holiday', name: null },
        { date: '2030-12-31', kind: 'holiday', name: null },
        { date: '2031-05-01', kind: 'holiday', name: '劳动节' },
        { date: '2031-05-01', kind: 'workday', name: '劳动节' },
        { date: '2031-05-06', kind: 'workday', name: null },
      ],
      version: before.version,
    };
    const refused = await save(z.people.dispatcher.cookie, payload);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { field: 'days.0.date', message: '不是有效日期（格式为 YYYY-MM-DD）' },
      { field: 'days.1.date', message: '日期不在所选年份内' },
      { field: 'days.3.date', message: '同一日期只能出现一次（不能既放假又上班）' },
      { field: 'days.4.date', message: '调休上班日须为周六或周日（工作日本来就上班）' },
    ]);
    const english = await save(z.people.dispatcher.cookie, payload, { 'accept-language': 'en' });
    expect(english.json().error.details[3].message).toBe(
      'A make-up workday must be a Saturday or Sunday (weekdays are worked anyway)',
    );
    const badYear = await read(z.people.dispatcher.cookie, 1999);
    expect(badYear.statusCode).toBe(400);
    expect((await read(z.people.dispatcher.cookie, 2031)).json<Calendar>()).toEqual(before);
  });

  it('answers 409 with the current year to a stale version', async () => {
    const current = (await read(z.people.dispatcher.cookie, 2031)).json<Calendar>();
    const stale = await save(z.people.dispatcher.cookie, {
      year: 2031,
      days: springFestival,
      version: current.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toEqual(current);
    // A first save must have seen version 0: a client guessing 1 for a new year is stale too.
    const unseen = await save(z.people.dispatcher.cookie, { year: 2033, days: [], version: 1 });
    expect(unseen.statusCode).toBe(409);
    expect((await read(z.people.dispatcher.cookie, 2031)).json<Calendar>()).toEqual(current);
  });

  it('keeps each zone’s calendar to itself', async () => {
    expect((await read(other.people.dispatcher.cookie, 2031)).json<Calendar>()).toEqual({
      year: 2031,
      days: [],
      isConfigured: false,
      version: 0,
    });
    const own = await save(other.people.dispatcher.cookie, {
      year: 2031,
      days: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }],
      version: 0,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect((await read(z.people.dispatcher.cookie, 2031)).json<Calendar>().days).toEqual([
      { date: '2031-10-01', kind: 'holiday', name: '国庆节' },
    ]);
  });
});
