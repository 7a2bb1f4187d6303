import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../app.js';
import { appeals } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';
import { runAppealClocks } from './appeal-clock.service.js';

/** The clock job with a fake "now": escalation levels, pauses, restarts and two runners at once. */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;

const minutes = (value: number) => value * 60_000;
const hours = (value: number) => value * 3_600_000;
const after = (detail: Detail, ms: number) => new Date(new Date(detail.clock.deadlineAt!).getTime() + ms);
const inboxKinds = async (cookie: string, appealId: string) =>
  (await t.request({ method: 'GET', url: '/api/inbox?pageSize=200', cookie }))
    .json<{ items: { kind: string; appeal: { id: string } | null }[] }>()
    .items.filter((item) => item.appeal?.id === appealId)
    .map((item) => item.kind);

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
});
afterAll(() => t.close());

describe('the appeals’ clock job', () => {
  it('does nothing before the deadline, alerts the department head after it, and the leader a day later', async () => {
    const accepted = await api.walk(['dispatch', 'accept']);
    expect(accepted.clock.stage).toBe('resolve');
    await runAppealClocks(t.db, after(accepted, -minutes(1)));
    expect((await api.read(z.people.lead.cookie, accepted.id)).json<Detail>().events.at(-1)?.step).toBe(
      'accept',
    );

    const first = await runAppealClocks(t.db, after(accepted, minutes(1)));
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    expect(await inboxKinds(z.people.head.cookie, accepted.id)).toContain('escalated');
    expect(await inboxKinds(z.people.leader.cookie, accepted.id)).not.toContain('escalated');
    const [row] = await t.db.select().from(appeals).where(eq(appeals.id, accepted.id));
    expect(row?.escalation).toBe(1);

    await runAppealClocks(t.db, after(accepted, hours(25)));
    expect(await inboxKinds(z.people.leader.cookie, accepted.id)).toEqual(['escalated']);
    const timeline = (await api.read(z.people.leader.cookie, accepted.id)).json<Detail>().events;
    expect(timeline.filter((event) => event.step === 'escalate').map((event) => event.note)).toEqual([
      '已提醒部门负责人',
      '已报区领导督办',
    ]);
    // The leader's own queue (督办) now holds it.
    const queue = await t.request({
      method: 'GET',
      url: '/api/appeals?scope=mine',
      cookie: z.people.leader.cookie,
    });
    expect(queue.json().items.map((item: { id: string }) => item.id)).toContain(accepted.id);
  });

  it('escalates once however often it runs, and once when two runners race', async () => {
    const dispatched = await api.walk(['dispatch']);
    const at = after(dispatched, minutes(5));
    const [a, b] = await Promise.all([runAppealClocks(t.db, at), runAppealClocks(t.db, at)]);
    await runAppealClocks(t.db, at);
    const escalations = (await api.read(z.people.lead.cookie, dispatched.id))
      .json<Detail>()
      .events.filter((event) => event.step === 'escalate');
    expect(escalations).toHaveLength(1);
    expect(a.escalated + b.escalated).toBeGreaterThanOrEqual(1);
  });

  it('leaves a paused clock alone while the enterprise is asked for information', async () => {
    const started = await api.walk(['dispatch', 'accept', 'start']);
    const returned = await api.step(z.people.lead.cookie, started.id, {
      to: 'returnForInformation',
      note: '请补充材料',
      version: started.version,
    });
    expect(returned.statusCode).toBe(200);
    await runAppealClocks(t.db, after(started, hours(48)));
    const detail = (await api.read(z.people.lead.cookie, started.id)).json<Detail>();
    expect(detail.events.some((event) => event.step === 'escalate')).toBe(false);
    expect(detail.clock).toMatchObject({ isPaused: true, isOverdue: false });
  });

  it('gives the same answer after a restart: a new server on the same database escalates from stored instants', async () => {
    const dispatched = await api.walk(['dispatch']);
    const restarted = await buildApp({ database: t.testDatabase.database, config: t.config, logger: false });
    try {
      await runAppealClocks(t.db, after(dispatched, minutes(1)));
      const response = await restarted.inject({
        method: 'GET',
        url: `/api/appeals/${dispatched.id}`,
        headers: { cookie: z.people.lead.cookie },
      });
      expect(response.json<Detail>().events.at(-1)).toMatchObject({ step: 'escalate' });
    } finally {
      await restarted.close();
    }
  });

  it('counts a stage finished after its deadline as a missed deadline', async () => {
    const filed = (await api.file(z.people.ownUser.cookie)).json<Detail>();
    // The fake clock: the dispatch deadline lies an hour in the past.
    await t.db
      .update(appeals)
      .set({ deadlineAt: new Date(Date.now() - hours(1)) })
      .where(eq(appeals.id, filed.id));
    const listed = await t.request({
      method: 'GET',
      url: '/api/appeals?overdue=true&pageSize=200',
      cookie: z.people.dispatcher.cookie,
    });
    const item = listed.json().items.find((each: { id: string }) => each.id === filed.id);
    expect(item.clock).toMatchObject({ isOverdue: true, escalation: 1 });
    await api.step(z.people.dispatcher.cookie, filed.id, {
      to: 'dispatch',
      departmentId: z.departments.lead.id,
      version: filed.version,
    });
    const [row] = await t.db.select().from(appeals).where(eq(appeals.id, filed.id));
    expect(row).toMatchObject({ missedDeadlines: 1, escalation: 0, clockStage: 'accept' });
  });

  it('marks an escalated appeal as updated, yet a step on the page read before still goes through', async () => {
    const accepted = await api.walk(['dispatch', 'accept']);
    const at = after(accepted, minutes(1));
    await runAppealClocks(t.db, at);
    const [row] = await t.db.select().from(appeals).where(eq(appeals.id, accepted.id));
    expect(row).toMatchObject({ escalation: 1, version: accepted.version });
    expect(row!.updatedAt.toISOString()).toBe(at.toISOString());
    // The alert changed nothing the department decides from: its step on the older page stands.
    const started = await api.step(z.people.lead.cookie, accepted.id, {
      to: 'start',
      version: accepted.version,
    });
    expect(started.statusCode, started.body).toBe(200);
    const [stepped] = await t.db.select().from(appeals).where(eq(appeals.id, accepted.id));
    expect(stepped).toMatchObject({ state: 'inProgress', escalation: 1, version: accepted.version + 1 });
  });
});
