import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone, testPassword } from '../../../test/factories.js';
import { resolveSession, sessionIdOf } from './auth.service.js';
import { SessionCache, sessionCacheOf, type CachedSession } from './session-cache.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  admin = (await t.loginAs(zone, 'admin')).cookie;
});
afterAll(() => t.close());

const tokenOf = (cookie: string) => cookie.split('=')[1] ?? '';
const me = (cookie: string) => t.request({ method: 'GET', url: '/api/auth/me', cookie });

/** Signs in and uses the session once, so that it sits in the session cache. */
async function cachedSession(role: Parameters<TestApp['loginAs']>[1]) {
  const signedIn = await t.loginAs(zone, role);
  expect((await me(signedIn.cookie)).statusCode).toBe(200);
  expect(sessionCacheOf(t.db).lookup(sessionIdOf(tokenOf(signedIn.cookie)), Date.now())).toBeDefined();
  return signedIn;
}

async function versionOf(userId: string): Promise<number> {
  const response = await t.request({ method: 'GET', url: `/api/users/${userId}`, cookie: admin });
  return response.json<{ version: number }>().version;
}

describe('the session cache drops a session at once', () => {
  it('after sign-out: the very next request with the old cookie is refused', async () => {
    const { cookie } = await cachedSession('leader');
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('after a password change: the other sessions are refused, the own one sees the new state', async () => {
    const { user, cookie } = await cachedSession('officer');
    const other = await t.login(user.username);
    expect((await me(other)).statusCode).toBe(200);
    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: testPassword, newPassword: 'Another-Passw0rd!' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('after an initial password is changed, the cached session no longer requires it', async () => {
    const signedIn = await t.loginAs(zone, 'leader', { mustChangePassword: true });
    expect((await me(signedIn.cookie)).json().mustChangePassword).toBe(true);
    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie: signedIn.cookie,
      payload: { currentPassword: testPassword, newPassword: 'Another-Passw0rd!' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(signedIn.cookie)).json().mustChangePassword).toBe(false);
    const page = await t.request({ method: 'GET', url: '/api/enterprises', cookie: signedIn.cookie });
    expect(page.statusCode).toBe(200);
  });

  it('after an administrator changes the role', async () => {
    const { user, cookie } = await cachedSession('leader');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { role: 'auditor', version: await versionOf(user.id) },
    });
    expect(response.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    // Signed in again, the new role applies.
    expect((await me(await t.login(user.username))).json().role).toBe('auditor');
  });

  it('after an administrator disables the user', async () => {
    const { user, cookie } = await cachedSession('officer');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { isActive: false, version: await versionOf(user.id) },
    });
    expect(response.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/enterprises', cookie })).statusCode).toBe(401);
  });

  it('after an administrator resets the password', async () => {
    const { user, cookie } = await cachedSession('leader');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { password: 'Reset-Passw0rd!', version: await versionOf(user.id) },
    });
    expect(response.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('after a change that keeps the session: the next answer shows it', async () => {
    const { user, cookie } = await cachedSession('officer');
    const response = await t.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      cookie: admin,
      payload: { displayName: '新名字', isLiaison: true, version: await versionOf(user.id) },
    });
    expect(response.statusCode).toBe(200);
    const after = await me(cookie);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ displayName: '新名字', isLiaison: true });
  });

  it('when the session reaches its absolute limit while cached', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    const id = sessionIdOf(tokenOf(cookie));
    const limit = new Date(Date.now() + 1_000);
    await t.db.update(sessions).set({ expiresAt: limit }).where(eq(sessions.id, id));
    const now = new Date();
    expect((await resolveSession(t.db, tokenOf(cookie), now)).status).toBe('valid');
    // Within the cache's TTL, but past the session's limit.
    const later = new Date(limit.getTime() + 500);
    expect((await resolveSession(t.db, tokenOf(cookie), later)).status).toBe('expired');
    expect(await t.db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(0);
  });
});

describe('the last use of a session', () => {
  it('is not written on every request', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    const id = sessionIdOf(tokenOf(cookie));
    const [before] = await t.db.select().from(sessions).where(eq(sessions.id, id));
    for (let i = 0; i < 3; i += 1) expect((await me(cookie)).statusCode).toBe(200);
    const [after] = await t.db.select().from(sessions).where(eq(sessions.id, id));
    expect(after?.lastSeenAt.getTime()).toBe(before?.lastSeenAt.getTime());
  });
});

describe('SessionCache', () => {
  const entry = (userId: string, at: number): CachedSession => ({
    actor: {
      userId,
      username: 'u',
      role: 'leader',
      zoneId: 'z',
      departmentId: null,
      enterpriseId: null,
      isLiaison: false,
      mustChangePassword: false,
      sessionId: 's',
    },
    currentUser: {} as CachedSession['currentUser'],
    expiresAt: at + 60_000,
    lastSeenAt: at,
    cachedAt: at,
  });

  it('forgets entries after its TTL', () => {
    const cache = new SessionCache(1_000);
    cache.store('a', entry('u1', 0), cache.epoch);
    expect(cache.lookup('a', 999)).toBeDefined();
    expect(cache.lookup('a', 1_000)).toBeUndefined();
  });

  it('does not store what was read before a forget', () => {
    const cache = new SessionCache(1_000);
    const epoch = cache.epoch;
    cache.forgetUser('u1');
    cache.store('a', entry('u1', 0), epoch);
    expect(cache.lookup('a', 0)).toBeUndefined();
  });

  it('forgets every session of a user, and only those', () => {
    const cache = new SessionCache(1_000);
    cache.store('a', entry('u1', 0), cache.epoch);
    cache.store('b', entry('u1', 0), cache.epoch);
    cache.store('c', entry('u2', 0), cache.epoch);
    cache.forgetUser('u1');
    expect([cache.lookup('a', 0), cache.lookup('b', 0)]).toEqual([undefined, undefined]);
    expect(cache.lookup('c', 0)).toBeDefined();
  });
});
