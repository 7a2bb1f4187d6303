import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createUser, createZone, testPassword } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let otherZone: Awaited<ReturnType<typeof createZone>>;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  otherZone = await createZone(t.db);
  admin = (await t.loginAs(zone, 'admin')).cookie;
});
afterAll(() => t.close());

let sequence = 0;
function newUser(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    username: `user.${Date.now().toString(36)}${sequence}`,
    displayName: '王五',
    role: 'officer',
    departmentId: zone.department.id,
    password: 'Initial-Passw0rd',
    ...overrides,
  };
}

describe('GET /api/users', () => {
  it('answers 401 without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it.each(['leader', 'officer', 'auditor', 'enterprise'] as const)('answers 403 to a %s', async (role) => {
    const enterprise = await createEnterprise(t.db, zone);
    const { cookie } = await t.loginAs(
      zone,
      role,
      role === 'enterprise' ? { enterpriseId: enterprise.id } : {},
    );
    const response = await t.request({ method: 'GET', url: '/api/users', cookie });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('没有权限执行此操作');
  });

  it('lists only the users of the admin’s zone, with search', async () => {
    const mine = await createUser(t.db, zone, 'leader', { username: `findme${Date.now()}` });
    const theirs = await createUser(t.db, otherZone, 'leader', { username: `findme${Date.now()}x` });
    const response = await t.request({
      method: 'GET',
      url: '/api/users?q=findme&pageSize=50',
      cookie: admin,
    });
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(response.json().items[0]).not.toHaveProperty('passwordHash');
  });

  it('rejects a page size over the limit', async () => {
    const response = await t.request({ method: 'GET', url: '/api/users?pageSize=5000', cookie: admin });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toEqual({ field: 'pageSize', message: '不能大于 200' });
  });
});

describe('POST /api/users', () => {
  it('creates a user who must change the initial password, and audits it without the password', async () => {
    const body = newUser();
    const response = await t.request({ method: 'POST', url: '/api/users', cookie: admin, payload: body });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: body.username,
      role: 'officer',
      department: { id: zone.department.id, name: '经济发展局' },
      mustChangePassword: true,
      version: 0,
    });
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: body.username, password: body.password },
    });
    expect(login.json().user.mustChangePassword).toBe(true);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.create'), eq(auditLog.entityId, response.json().id)));
    expect(entry?.after).toMatchObject({ username: body.username, role: 'officer' });
    expect(JSON.stringify({ ...entry, id: String(entry?.id) })).not.toContain(body.password);
  });

  it('keeps SQL and HTML fragments as plain text', async () => {
    const displayName = `<script>alert(1)</script>'; DROP TABLE users; --`;
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newUser({ displayName }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().displayName).toBe(displayName);
    const [total] = await t.db.select({ n: count() }).from(users);
    expect(total?.n).toBeGreaterThan(1);
  });

  it('refuses a weak initial password with the rule that failed', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newUser({ password: 'short' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([{ field: 'password', message: '密码至少 10 个字符' }]),
    );
  });

  it('refuses a taken username with 409', async () => {
    const body = newUser();
    await t.request({ method: 'POST', url: '/api/users', cookie: admin, payload: body });
    const again = await t.request({ method: 'POST', url: '/api/users', cookie: admin, payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('requires a department for an officer and an enterprise of the zone for an enterprise user', async () => {
    const noDepartment = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newUser({ departmentId: null }),
    });
    expect(noDepartment.json().error.details).toEqual([{ field: 'departmentId', message: '必填' }]);
    const foreignEnterprise = await createEnterprise(t.db, otherZone);
    const wrongZone = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newUser({ role: 'enterprise', departmentId: null, enterpriseId: foreignEnterprise.id }),
    });
    expect(wrongZone.statusCode).toBe(400);
    expect(wrongZone.json().error.details).toEqual([{ field: 'enterpriseId', message: '取值无效' }]);
  });

  it('refuses a leader (403) and leaves no user behind', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    const body = newUser();
    const response = await t.request({ method: 'POST', url: '/api/users', cookie, payload: body });
    expect(response.statusCode).toBe(403);
    const rows = await t.db.select().from(users).where(eq(users.username, body.username));
    expect(rows).toHaveLength(0);
  });
});

describe('PATCH /api/users/:id', () => {
  it('updates with the current version and records before and after', async () => {
    const user = await createUser(t.db, zone, 'leader');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { displayName: '新名字', version: 0 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: '新名字', version: 1 });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.update'), eq(auditLog.entityId, user.id)));
    expect(entry).toMatchObject({
      before: { displayName: user.displayName },
      after: { displayName: '新名字' },
    });
  });

  it('makes an officer the head of its department (alerted first on late appeals), never a leader', async () => {
    const officer = await createUser(t.db, zone, 'officer');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${officer.id}`,
      cookie: admin,
      payload: { isDepartmentHead: true, version: 0 },
    });
    expect(response.json()).toMatchObject({ isDepartmentHead: true, version: 1 });
    const leader = await createUser(t.db, zone, 'leader');
    const ignored = await t.request({
      method: 'PATCH',
      url: `/api/users/${leader.id}`,
      cookie: admin,
      payload: { isDepartmentHead: true, version: 0 },
    });
    expect(ignored.json()).toMatchObject({ isDepartmentHead: false });
  });

  it('answers 409 with the fresh record when the version is stale, changing nothing', async () => {
    const user = await createUser(t.db, zone, 'leader');
    await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { displayName: '第一次', version: 0 },
    });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { displayName: '第二次', version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'CONFLICT',
      current: { displayName: '第一次', version: 1 },
    });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.displayName).toBe('第一次');
  });

  it('lets only one of two simultaneous edits win', async () => {
    const user = await createUser(t.db, zone, 'leader');
    const edit = (displayName: string) =>
      t.request({
        method: 'PATCH',
        url: `/api/users/${user.id}`,
        cookie: admin,
        payload: { displayName, version: 0 },
      });
    const results = await Promise.all([edit('甲'), edit('乙')]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409]);
  });

  it('resets a password: the user must change it and the old sessions end', async () => {
    const { user, cookie } = await t.loginAs(zone, 'leader');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { password: 'Reset-Passw0rd!', version: 0 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().mustChangePassword).toBe(true);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.update'), eq(auditLog.entityId, user.id)));
    expect(JSON.stringify({ ...entry, id: String(entry?.id) })).not.toContain('Reset-Passw0rd!');
  });

  it('unlocks a locked account', async () => {
    const user = await createUser(t.db, zone, 'leader');
    await t.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, user.id));
    const listed = await t.request({ method: 'GET', url: `/api/users/${user.id}`, cookie: admin });
    expect(listed.json().lockedUntil).not.toBeNull();
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { unlock: true, version: 0 },
    });
    expect(response.json().lockedUntil).toBeNull();
    await t.login(user.username, testPassword);
  });

  it('answers 404 for a user of another zone, and changes nothing', async () => {
    const foreign = await createUser(t.db, otherZone, 'leader');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${foreign.id}`,
      cookie: admin,
      payload: { displayName: '越权', version: 0 },
    });
    expect(response.statusCode).toBe(404);
    const [row] = await t.db.select().from(users).where(eq(users.id, foreign.id));
    expect(row?.displayName).toBe(foreign.displayName);
  });

  it('does not let the administrator demote or disable their own account', async () => {
    const { user, cookie } = await t.loginAs(zone, 'admin');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie,
      payload: { isActive: false, version: 0 },
    });
    expect(response.statusCode).toBe(403);
  });

  it('rejects an id that is not a UUID', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: "/api/users/1'%20or%201=1",
      cookie: admin,
      payload: { version: 0 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('id');
  });
});
