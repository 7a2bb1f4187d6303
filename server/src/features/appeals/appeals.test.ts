import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appeals, auditLog } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createUser, createZone } from '../../../test/factories.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';

/** Filing an appeal and walking it through the workflow over HTTP, with who may do what. */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
});
afterAll(() => t.close());

const people = () => z.people;

describe('filing', () => {
  it('files for the own enterprise with a number, a running dispatch clock and the first timeline entry', async () => {
    const response = await api.file(people().ownUser.cookie);
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json<Detail>();
    expect(detail.number).toMatch(/^SQ\d{4}\d{6}$/);
    expect(detail).toMatchObject({ state: 'submitted', version: 0, allowedSteps: [] });
    expect(detail.clock).toMatchObject({
      stage: 'dispatch',
      isOverdue: false,
      isPaused: false,
      escalation: 0,
    });
    expect(detail.events).toEqual([expect.objectContaining({ step: 'submit', toState: 'submitted' })]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, detail.id));
    expect(audit).toMatchObject({ action: 'appeal.file' });
  });

  it('lets an officer file on an enterprise’s behalf, and needs to know which enterprise', async () => {
    const missing = await api.file(people().liaison.cookie);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ field: 'enterpriseId' })]);
    const filed = await api.file(people().liaison.cookie, { enterpriseId: z.enterprises.own.id });
    expect(filed.statusCode, filed.body).toBe(201);
  });

  it('refuses an enterprise user filing for another enterprise', async () => {
    const response = await api.file(people().ownUser.cookie, { enterpriseId: z.enterprises.other.id });
    expect(response.statusCode).toBe(403);
  });

  it.each([
    [{ title: '短' }, 'title'],
    [{ description: '太短' }, 'description'],
    [{ severity: 'urgent' }, 'severity'],
    [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
    [{ extra: 1 }, 'extra'],
  ])('answers 400 for %j and writes nothing', async (payload, field) => {
    const before = await t.db.$count(appeals);
    const response = await api.file(people().ownUser.cookie, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await t.db.$count(appeals)).toBe(before);
  });

  it('answers in English when asked', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/appeals',
      cookie: people().ownUser.cookie,
      headers: { 'accept-language': 'en' },
      payload: { categoryId: z.category('finance'), title: 'x', description: 'y' },
    });
    expect(response.json().error.message).toBe('Some fields are invalid');
  });

  it('keeps script in a description as text', async () => {
    const text = '<script>alert("x")</script> 申请协调办理施工许可证，材料已齐全但一直未受理。';
    const response = await api.file(people().ownUser.cookie, { description: text });
    const detail = response.json<Detail>();
    expect(detail.description).toBe(text);
    expect(response.headers['content-type']).toContain('application/json');
  });

  it('needs a session, and is closed to roles without business data', async () => {
    expect((await t.request({ method: 'GET', url: '/api/appeals' })).statusCode).toBe(401);
    const admin = await t.loginAs(z.zone, 'admin');
    expect((await t.request({ method: 'GET', url: '/api/appeals', cookie: admin.cookie })).statusCode).toBe(
      403,
    );
    expect((await api.file(admin.cookie, { enterpriseId: z.enterprises.own.id })).statusCode).toBe(403);
  });
});

describe('the workflow over HTTP', () => {
  it('walks submitted → dispatched → accepted → in progress → resolved → rated 5 → closed', async () => {
    const detail = await api.walk(['dispatch', 'accept', 'start', 'resolve', 'rate']);
    expect(detail).toMatchObject({ state: 'closed', rating: 5, reopenCount: 0 });
    expect(detail.clock.stage).toBeNull();
    expect(detail.events.map((event) => event.step)).toEqual([
      'submit',
      'dispatch',
      'accept',
      'start',
      'resolve',
      'rate',
    ]);
  });

  it('shows each party exactly the steps it may take', async () => {
    const filed = await api.file(people().ownUser.cookie);
    const id = filed.json<Detail>().id;
    const stepsOf = async (person: keyof AppealZone['people']) =>
      (await api.read(z.people[person]!.cookie, id)).json<Detail>().allowedSteps;
    expect(await stepsOf('dispatcher')).toEqual(['dispatch', 'reject', 'returnForInformation']);
    expect(await stepsOf('ownUser')).toEqual([]);
    expect(await stepsOf('leader')).toEqual([]);
  });

  it('dispatches with assisting departments, who then see it and are told', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    expect((await api.read(people().planner.cookie, filed.id)).statusCode).toBe(404);
    const dispatched = await api.step(people().dispatcher.cookie, filed.id, {
      to: 'dispatch',
      departmentId: z.departments.lead.id,
      assistingDepartmentIds: [z.departments.planning.id],
      version: 0,
    });
    expect(dispatched.statusCode, dispatched.body).toBe(200);
    expect(dispatched.json<Detail>()).toMatchObject({
      state: 'dispatched',
      leadDepartment: { id: z.departments.lead.id },
      assistingDepartments: [{ id: z.departments.planning.id }],
      clock: { stage: 'accept' },
    });
    expect((await api.read(people().planner.cookie, filed.id)).statusCode).toBe(200);
    const inbox = await t.request({
      method: 'GET',
      url: '/api/inbox?unread=true',
      cookie: people().planner.cookie,
    });
    expect(
      inbox.json().items.map((item: { kind: string; appeal: { id: string } }) => [item.kind, item.appeal.id]),
    ).toContainEqual(['assisting', filed.id]);
    const leadInbox = await t.request({ method: 'GET', url: '/api/inbox', cookie: people().lead.cookie });
    expect(leadInbox.json().items[0]).toMatchObject({ kind: 'dispatched', appeal: { id: filed.id } });
    expect(leadInbox.json().items[0].text).toContain(filed.number);
  });

  it('answers 409 to a step out of order, and changes nothing', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    const response = await api.step(people().dispatcher.cookie, filed.id, {
      to: 'resolve',
      note: '已办',
      version: 0,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('APPEAL_ILLEGAL_STEP');
    expect(response.json().error.message).toContain('已提交');
    expect(response.json().error.current).toMatchObject({ state: 'submitted', version: 0 });
    expect((await api.read(people().ownUser.cookie, filed.id)).json<Detail>().events).toHaveLength(1);
  });

  it('answers 403 to a legal step by someone who may not take it', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    // The liaison sees the appeal of its enterprise but does not dispatch.
    const byLiaison = await api.step(people().liaison.cookie, filed.id, {
      to: 'dispatch',
      departmentId: z.departments.lead.id,
      version: 0,
    });
    expect(byLiaison.statusCode).toBe(403);
    const dispatched = await api.walk(['dispatch']);
    const byPlanner = await api.step(people().planner.cookie, dispatched.id, { to: 'accept', version: 1 });
    expect(byPlanner.statusCode).toBe(404);
  });

  it('lets only one of two people acting at once win: the other gets 409 with the fresh state', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    const other = await createUser(t.db, z.zone, 'officer', { departmentId: z.departments.serviceDesk.id });
    const secondCookie = await t.login(other.username);
    const [first, second] = await Promise.all([
      api.step(people().dispatcher.cookie, filed.id, {
        to: 'dispatch',
        departmentId: z.departments.lead.id,
        version: 0,
      }),
      api.step(secondCookie, filed.id, {
        to: 'dispatch',
        departmentId: z.departments.planning.id,
        version: 0,
      }),
    ]);
    const codes = [first.statusCode, second.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().error.current).toMatchObject({ state: 'dispatched', version: 1 });
    const final = (await api.read(people().dispatcher.cookie, filed.id)).json<Detail>();
    expect(final.events.filter((event) => event.step === 'dispatch')).toHaveLength(1);
  });

  it('needs a note to reject, transfer, return or resolve, and a department to dispatch', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    const reject = await api.step(people().dispatcher.cookie, filed.id, {
      to: 'reject',
      note: '  ',
      version: 0,
    });
    expect(reject.statusCode).toBe(400);
    expect(reject.json().error.details[0]).toMatchObject({
      field: 'note',
      message: '请填写说明（原因或办理情况）',
    });
    const dispatch = await api.step(people().dispatcher.cookie, filed.id, { to: 'dispatch', version: 0 });
    expect(dispatch.json().error.details[0].field).toBe('departmentId');
    const elsewhere = await api.step(people().dispatcher.cookie, filed.id, {
      to: 'dispatch',
      departmentId: (await createZone(t.db)).department.id,
      version: 0,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].message).toBe('本区没有这个部门');
  });

  it('transfers to another department with a reason; the new department must accept again', async () => {
    const accepted = await api.walk(['dispatch', 'accept']);
    const same = await api.step(people().lead.cookie, accepted.id, {
      to: 'transfer',
      departmentId: z.departments.lead.id,
      note: '属规建局职责',
      version: accepted.version,
    });
    expect(same.statusCode).toBe(400);
    const moved = await api.step(people().lead.cookie, accepted.id, {
      to: 'transfer',
      departmentId: z.departments.planning.id,
      note: '属规建局职责',
      version: accepted.version,
    });
    expect(moved.json<Detail>()).toMatchObject({
      state: 'dispatched',
      leadDepartment: { id: z.departments.planning.id },
      clock: { stage: 'accept' },
    });
    expect((await api.read(people().planner.cookie, accepted.id)).json<Detail>().allowedSteps).toContain(
      'accept',
    );
  });

  it('pauses the clock while returned for information and resumes it with the enterprise’s answer', async () => {
    const started = await api.walk(['dispatch', 'accept', 'start']);
    const returned = (
      await api.step(people().lead.cookie, started.id, {
        to: 'returnForInformation',
        note: '请补充用电负荷测算表',
        version: started.version,
      })
    ).json<Detail>();
    expect(returned).toMatchObject({ state: 'returned', clock: { isPaused: true, stage: 'resolve' } });
    const inbox = await t.request({ method: 'GET', url: '/api/inbox', cookie: people().ownUser.cookie });
    expect(inbox.json().items[0]).toMatchObject({ kind: 'returned' });
    expect(inbox.json().items[0].text).toContain('请补充用电负荷测算表');
    expect(returned.allowedSteps).toEqual([]);
    const asEnterprise = (await api.read(people().ownUser.cookie, started.id)).json<Detail>();
    expect(asEnterprise.allowedSteps).toEqual(['supplyInformation']);
    const supplied = await api.step(people().ownUser.cookie, started.id, {
      to: 'supplyInformation',
      note: '已上传测算表',
      version: returned.version,
    });
    const after = supplied.json<Detail>();
    expect(after).toMatchObject({ state: 'inProgress', clock: { isPaused: false } });
    expect(new Date(after.clock.deadlineAt!).getTime()).toBeGreaterThanOrEqual(
      new Date(started.clock.deadlineAt!).getTime(),
    );
  });
});

describe('rating', () => {
  it('reopens an appeal rated 2 with a fresh clock, tells the department and the liaison', async () => {
    const resolved = await api.walk(['dispatch', 'accept', 'start', 'resolve']);
    const rated = await api.step(people().ownUser.cookie, resolved.id, {
      to: 'rate',
      rating: 2,
      note: '问题仍未解决',
      version: resolved.version,
    });
    expect(rated.json<Detail>()).toMatchObject({
      state: 'inProgress',
      rating: 2,
      reopenCount: 1,
      clock: { stage: 'resolve' },
    });
    const inbox = await t.request({
      method: 'GET',
      url: '/api/inbox?unread=true',
      cookie: people().liaison.cookie,
    });
    expect(inbox.json().items.map((item: { kind: string }) => item.kind)).toContain('reopened');
  });

  it.each([0, 6, 3.5, '5'])('refuses a rating of %j', async (rating) => {
    const resolved = await api.walk(['dispatch', 'accept', 'start', 'resolve']);
    const response = await api.step(people().ownUser.cookie, resolved.id, {
      to: 'rate',
      rating,
      version: resolved.version,
    });
    expect(response.statusCode).toBe(400);
    expect((await api.read(people().ownUser.cookie, resolved.id)).json<Detail>().state).toBe('resolved');
  });

  it('lets only the filing enterprise rate: not the officer who resolved it, not another enterprise', async () => {
    const resolved = await api.walk(['dispatch', 'accept', 'start', 'resolve']);
    const payload = { to: 'rate', rating: 5, version: resolved.version };
    expect((await api.step(people().lead.cookie, resolved.id, payload)).statusCode).toBe(403);
    expect((await api.step(people().leader.cookie, resolved.id, payload)).statusCode).toBe(403);
    expect((await api.step(people().otherUser.cookie, resolved.id, payload)).statusCode).toBe(404);
  });
});

describe('who sees what', () => {
  it('shows an enterprise its own appeals only, a department those it handles, a leader all', async () => {
    const own = (await api.file(people().ownUser.cookie)).json<Detail>();
    const others = (await api.file(people().otherUser.cookie)).json<Detail>();
    const list = async (cookie: string, query = '') =>
      (await t.request({ method: 'GET', url: `/api/appeals?pageSize=200${query}`, cookie })).json<{
        items: { id: string }[];
        total: number;
      }>();
    const ownList = await list(people().ownUser.cookie);
    expect(ownList.items.map((item) => item.id)).toContain(own.id);
    expect(ownList.items.map((item) => item.id)).not.toContain(others.id);
    expect((await api.read(people().ownUser.cookie, others.id)).statusCode).toBe(404);
    const leaderList = await list(people().leader.cookie);
    expect(leaderList.items.map((item) => item.id)).toEqual(expect.arrayContaining([own.id, others.id]));
    // Not yet dispatched: the lead department does not see it; the liaison of the enterprise does.
    expect((await list(people().lead.cookie)).items.map((item) => item.id)).not.toContain(own.id);
    expect((await list(people().liaison.cookie)).items.map((item) => item.id)).toContain(own.id);
    expect((await list(people().liaison.cookie)).items.map((item) => item.id)).not.toContain(others.id);
  });

  it('hides another zone’s appeals entirely', async () => {
    const filed = (await api.file(people().ownUser.cookie)).json<Detail>();
    const elsewhere = await createZone(t.db);
    const stranger = await t.loginAs(elsewhere, 'leader');
    expect((await api.read(stranger.cookie, filed.id)).statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/appeals', cookie: stranger.cookie });
    expect(list.json().total).toBe(0);
    const officer = await t.loginAs(elsewhere, 'officer');
    const step = await api.step(officer.cookie, filed.id, {
      to: 'dispatch',
      departmentId: elsewhere.department.id,
      version: 0,
    });
    expect(step.statusCode).toBe(404);
    const foreign = await createEnterprise(t.db, elsewhere);
    expect((await api.file(people().lead.cookie, { enterpriseId: foreign.id })).statusCode).toBe(404);
  });

  it('queues what needs me by deadline, and keeps the dispatch board to the dispatch desk', async () => {
    const dispatched = await api.walk(['dispatch']);
    const mine = await t.request({
      method: 'GET',
      url: '/api/appeals?scope=mine&pageSize=200',
      cookie: people().lead.cookie,
    });
    const items = mine.json<{ items: { id: string; clock: { deadlineAt: string | null } }[] }>().items;
    expect(items.map((item) => item.id)).toContain(dispatched.id);
    const deadlines = items.map((item) => item.clock.deadlineAt ?? '9999');
    expect(deadlines).toEqual([...deadlines].sort());
    expect(
      (await t.request({ method: 'GET', url: '/api/appeals?scope=dispatch', cookie: people().lead.cookie }))
        .statusCode,
    ).toBe(403);
    const board = await t.request({
      method: 'GET',
      url: '/api/appeals?scope=dispatch&pageSize=200',
      cookie: people().dispatcher.cookie,
    });
    expect(board.json().items.every((item: { state: string }) => item.state === 'submitted')).toBe(true);
    expect(board.json().total).toBeGreaterThan(0);
  });

  it('queues for an officer what it works on, not what it only acted on before or what is closed', async () => {
    const ids = async (cookie: string, scope: string) =>
      (await t.request({ method: 'GET', url: `/api/appeals?scope=${scope}&pageSize=200`, cookie }))
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    const waiting = (await api.file(people().ownUser.cookie)).json<Detail>();
    const filedByOfficer = (
      await api.file(people().head.cookie, { enterpriseId: z.enterprises.other.id })
    ).json<Detail>();
    const accepted = await api.walk(['dispatch', 'accept']);
    const moved = await api.step(people().lead.cookie, accepted.id, {
      to: 'transfer',
      departmentId: z.departments.planning.id,
      note: '属规建局职责',
      version: accepted.version,
    });
    expect(moved.statusCode).toBe(200);
    const closed = await api.walk(['dispatch', 'accept', 'start', 'resolve', 'rate']);

    // The lead department transferred it on: it still sees it, but it no longer needs it.
    expect(await ids(people().lead.cookie, 'all')).toContain(accepted.id);
    expect(await ids(people().lead.cookie, 'mine')).not.toContain(accepted.id);
    expect(await ids(people().planner.cookie, 'mine')).toContain(accepted.id);
    // The liaison waits with its enterprise's appeal before anyone dispatched it; the head with
    // the one it filed on an enterprise's behalf; the dispatch desk with everything not dispatched.
    expect(await ids(people().liaison.cookie, 'mine')).toContain(waiting.id);
    expect(await ids(people().planner.cookie, 'mine')).not.toContain(waiting.id);
    expect(await ids(people().head.cookie, 'mine')).toContain(filedByOfficer.id);
    expect(await ids(people().head.cookie, 'mine')).not.toContain(accepted.id);
    expect(await ids(people().dispatcher.cookie, 'mine')).toEqual(
      expect.arrayContaining([waiting.id, filedByOfficer.id]),
    );
    expect(await ids(people().dispatcher.cookie, 'mine')).not.toContain(accepted.id);
    // Closed: in nobody's queue, still in the lists of those who see it.
    expect(await ids(people().lead.cookie, 'mine')).not.toContain(closed.id);
    expect(await ids(people().liaison.cookie, 'mine')).not.toContain(closed.id);
    expect(await ids(people().lead.cookie, 'all')).toContain(closed.id);
  });

  it('finds by number, title or enterprise name, with wildcards taken literally', async () => {
    const filed = (
      await api.file(people().ownUser.cookie, { title: '100%通关的物流难题求助' })
    ).json<Detail>();
    const search = async (q: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/appeals?q=${encodeURIComponent(q)}&pageSize=200`,
          cookie: people().leader.cookie,
        })
      )
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    expect(await search(filed.number)).toEqual([filed.id]);
    expect(await search('100%通关')).toEqual([filed.id]);
    expect(await search('%')).toContain(filed.id);
    expect(await search('no such thing %_')).toEqual([]);
  });
});
