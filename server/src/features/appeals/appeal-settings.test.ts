import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';

/** Categories, the dispatch desk and the clock rules: who may change them, and what they change. */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;

const settings = (cookie: string) => t.request({ method: 'GET', url: '/api/appeals/settings', cookie });
const save = (cookie: string, payload: Record<string, unknown>) =>
  t.request({ method: 'PUT', url: '/api/appeals/settings', cookie, payload });

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
});
afterAll(() => t.close());

describe('appeal settings', () => {
  it('keeps configuration to the dispatch desk once the zone names one', async () => {
    const current = (await settings(z.people.lead.cookie)).json<{ version: number }>();
    const byLead = await save(z.people.lead.cookie, {
      dispatchDepartmentId: null,
      clockRules: [],
      version: current.version,
    });
    expect(byLead.statusCode).toBe(403);
    const category = await t.request({
      method: 'POST',
      url: '/api/appeals/categories',
      cookie: z.people.lead.cookie,
      payload: { name: '安全生产' },
    });
    expect(category.statusCode).toBe(403);
    expect((await settings(z.people.ownUser.cookie)).statusCode).toBe(403);
  });

  it('applies a category’s own clock to appeals filed afterwards', async () => {
    const current = (await settings(z.people.dispatcher.cookie)).json<{ version: number }>();
    const rule = {
      categoryId: z.category('logistics'),
      severity: 'general',
      dispatchWorkingHours: 1,
      acceptHours: 4,
      resolveHours: 12,
      leaderAfterHours: 6,
    };
    const saved = await save(z.people.dispatcher.cookie, {
      dispatchDepartmentId: z.departments.serviceDesk.id,
      clockRules: [rule],
      version: current.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ clockRules: [rule], version: current.version + 1 });

    const filed = (
      await api.file(z.people.ownUser.cookie, { categoryId: z.category('logistics') })
    ).json<Detail>();
    const dispatched = (
      await api.step(z.people.dispatcher.cookie, filed.id, {
        to: 'dispatch',
        departmentId: z.departments.lead.id,
        version: 0,
      })
    ).json<Detail>();
    const accepted = (
      await api.step(z.people.lead.cookie, filed.id, { to: 'accept', version: dispatched.version })
    ).json<Detail>();
    const acceptedAt = new Date(accepted.events.at(-1)!.at).getTime();
    expect(new Date(accepted.clock.deadlineAt!).getTime() - acceptedAt).toBe(12 * 3_600_000);
  });

  it('refuses a stale version, an unknown department and a rule given twice, changing nothing', async () => {
    const current = (await settings(z.people.dispatcher.cookie)).json<{
      version: number;
      clockRules: unknown[];
    }>();
    const stale = await save(z.people.dispatcher.cookie, {
      dispatchDepartmentId: z.departments.serviceDesk.id,
      clockRules: [],
      version: current.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await save(z.people.dispatcher.cookie, {
      dispatchDepartmentId: '00000000-0000-4000-8000-000000000000',
      clockRules: [],
      version: current.version,
    });
    expect(unknown.statusCode).toBe(400);
    const rule = {
      categoryId: null,
      severity: 'major',
      dispatchWorkingHours: 2,
      acceptHours: 24,
      resolveHours: 168,
      leaderAfterHours: 24,
    };
    const twice = await save(z.people.dispatcher.cookie, {
      dispatchDepartmentId: z.departments.serviceDesk.id,
      clockRules: [rule, rule],
      version: current.version,
    });
    expect(twice.statusCode).toBe(400);
    const after = (await settings(z.people.dispatcher.cookie)).json<{
      version: number;
      clockRules: unknown[];
    }>();
    expect(after).toEqual(current);
  });

  it('adds, renames and retires categories; a retired one cannot be filed under', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/appeals/categories',
      cookie: z.people.dispatcher.cookie,
      payload: { name: '安全生产' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/appeals/categories',
      cookie: z.people.dispatcher.cookie,
      payload: { name: '安全生产' },
    });
    expect(duplicate.json().error.details[0].message).toBe('已有同名的诉求类别');
    const retired = await t.request({
      method: 'PATCH',
      url: `/api/appeals/categories/${id}`,
      cookie: z.people.dispatcher.cookie,
      payload: { active: false },
    });
    expect(retired.json()).toMatchObject({ active: false });
    const listed = await t.request({
      method: 'GET',
      url: '/api/appeals/categories',
      cookie: z.people.ownUser.cookie,
    });
    expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
    const filed = await api.file(z.people.ownUser.cookie, { categoryId: id });
    expect(filed.statusCode).toBe(400);
    expect(filed.json().error.details[0].message).toBe('未知或已停用的诉求类别');
  });
});
