import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createUser, createZone } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let auditor: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  auditor = (await t.loginAs(zone, 'auditor')).cookie;
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('answers 401 without a session and 403 to every role but the auditor', async () => {
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    for (const role of ['admin', 'leader', 'officer'] as const) {
      const { cookie } = await t.loginAs(zone, role);
      expect((await t.request({ method: 'GET', url: '/api/audit', cookie })).statusCode).toBe(403);
    }
  });

  it('filters by person, record and time, newest first', async () => {
    const { cookie: admin, user: adminUser } = await t.loginAs(zone, 'admin');
    const target = await createUser(t.db, zone, 'leader');
    const startedAt = new Date(Date.now() - 1000).toISOString();
    await t.request({
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      cookie: admin,
      payload: { displayName: '审计可见', version: 0 },
    });
    const byRecord = await t.request({
      method: 'GET',
      url: `/api/audit?entityType=user&entityId=${target.id}`,
      cookie: auditor,
    });
    expect(byRecord.statusCode).toBe(200);
    expect(byRecord.json().items[0]).toMatchObject({
      action: 'user.update',
      actorUsername: adminUser.username,
      actorRole: 'admin',
      entityId: target.id,
      before: { displayName: target.displayName },
      after: { displayName: '审计可见' },
      ip: '127.0.0.1',
    });
    const byActor = await t.request({
      method: 'GET',
      url: `/api/audit?actor=${adminUser.username}&from=${encodeURIComponent(startedAt)}`,
      cookie: auditor,
    });
    expect(
      byActor
        .json()
        .items.every((item: { actorUsername: string }) => item.actorUsername === adminUser.username),
    ).toBe(true);
    const future = encodeURIComponent(new Date(Date.now() + 3600_000).toISOString());
    const none = await t.request({ method: 'GET', url: `/api/audit?from=${future}`, cookie: auditor });
    expect(none.json()).toEqual({ items: [], total: 0 });
  });

  it('shows the auditor only the entries of the own zone', async () => {
    const otherZone = await createZone(t.db);
    const { user } = await t.loginAs(otherZone, 'leader');
    const response = await t.request({
      method: 'GET',
      url: `/api/audit?actor=${user.username}`,
      cookie: auditor,
    });
    expect(response.json().total).toBe(0);
  });

  it('has no route that edits or deletes entries', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const response = await t.request({ method, url: '/api/audit', cookie: auditor });
      expect(response.statusCode).toBe(404);
    }
  });
});

describe('the audit log is append-only in the database itself', () => {
  it.each([
    ['UPDATE', 'update audit_log set action = $1', ['tampered']],
    ['DELETE', 'delete from audit_log', []],
    ['TRUNCATE', 'truncate audit_log', []],
  ])('refuses %s', async (_operation, statement, params) => {
    const [before] = await t.db.select({ n: count() }).from(auditLog);
    expect(before?.n).toBeGreaterThan(0);
    await expect(t.testDatabase.database.sql.query(statement, params)).rejects.toThrow(/append-only/);
    const [after] = await t.db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
  });
});
