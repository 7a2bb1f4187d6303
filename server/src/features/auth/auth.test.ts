import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, sessions, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createUser, createZone, testPassword } from '../../../test/factories.js';
import { sessionIdOf } from './auth.service.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
});
afterAll(() => t.close());

function cookieToken(cookie: string): string {
  return cookie.split('=')[1] ?? '';
}

describe('POST /api/auth/login', () => {
  it('signs in and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const user = await createUser(t.db, zone, 'leader');
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      username: user.username,
      role: 'leader',
      mustChangePassword: false,
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^gaoxin_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const token = setCookie.split(';')[0]?.split('=')[1] ?? '';
    // Only the hash of the token is stored.
    const stored = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(token)));
    expect(stored).toHaveLength(1);
    const byToken = await t.db.select().from(sessions).where(eq(sessions.id, token));
    expect(byToken).toHaveLength(0);
  });

  it('answers a wrong password with 401 and a Chinese message, English on request', async () => {
    const user = await createUser(t.db, zone, 'officer');
    const zh = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: 'wrong-Passw0rd' },
    });
    expect(zh.statusCode).toBe(401);
    expect(zh.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const en = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: user.username, password: 'wrong-Passw0rd' },
    });
    expect(en.json().error.message).toBe('Wrong username or password');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody-here', password: testPassword },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const user = await createUser(t.db, zone, 'officer');
    const attempt = (password: string) =>
      t.request({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password } });
    for (let i = 0; i < 4; i += 1) expect((await attempt('Wrong-Passw0rd')).statusCode).toBe(401);
    const fifth = await attempt('Wrong-Passw0rd');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('15 分钟');
    const right = await attempt(testPassword);
    expect(right.statusCode).toBe(423);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const events = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(events.map((event) => event.action)).toContain('auth.account_locked');
  });

  it('lets a locked account in again once the lock has passed', async () => {
    const user = await createUser(t.db, zone, 'officer');
    await t.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, user.id));
    const cookie = await t.login(user.username);
    expect(cookie).toMatch(/^gaoxin_session=/);
  });

  it('refuses a disabled account', async () => {
    const user = await createUser(t.db, zone, 'officer', { isActive: false });
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: testPassword },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it.each([
    [{ username: 'a' }, 'password'],
    [{ username: 'a', password: 'b', extra: 1 }, 'extra'],
    [{ username: 'a'.repeat(65), password: 'b' }, 'username'],
    [{ username: 123, password: 'b' }, 'username'],
  ])('rejects a malformed body %j with field %s', async (payload, field) => {
    const response = await t.request({ method: 'POST', url: '/api/auth/login', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('records sign-ins in the audit log with the address', async () => {
    const user = await createUser(t.db, zone, 'leader');
    await t.login(user.username);
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entityId} = ${user.id} and ${auditLog.action} = 'auth.login'`);
    expect(event).toMatchObject({ actorUsername: user.username, zoneId: zone.id, ip: '127.0.0.1' });
  });
});

describe('sessions', () => {
  it('answers 401 without a cookie and with a forged one', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const forged = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: 'gaoxin_session=forged-token',
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('returns the current user with zone, department and permissions', async () => {
    const { user, cookie } = await t.loginAs(zone, 'officer');
    const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: user.id,
      role: 'officer',
      zone: { id: zone.id, name: zone.name },
      department: { id: zone.department.id, name: '经济发展局' },
      enterpriseId: null,
      permissions: expect.arrayContaining(['enterprise.read']),
    });
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.id, sessionIdOf(cookieToken(cookie))));
    const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('SESSION_EXPIRED');
    const left = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sessionIdOf(cookieToken(cookie))));
    expect(left).toHaveLength(0);
  });

  it('ends a session after 12 hours even when active', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, sessionIdOf(cookieToken(cookie))));
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
  });

  it('keeps an active session alive by refreshing its last use', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    const id = sessionIdOf(cookieToken(cookie));
    await t.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 20 * 60_000) })
      .where(eq(sessions.id, id));
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, id));
    expect(row?.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('logs out: the cookie no longer works', async () => {
    const { cookie } = await t.loginAs(zone, 'leader');
    const response = await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
    expect(response.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
  });

  it('ends the sessions of a user who is disabled', async () => {
    const { user, cookie } = await t.loginAs(zone, 'leader');
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
  });
});

describe('initial passwords', () => {
  it('must be changed before anything else', async () => {
    const { user, cookie } = await t.loginAs(zone, 'officer', { mustChangePassword: true });
    const me = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(me.json().mustChangePassword).toBe(true);
    const blocked = await t.request({ method: 'GET', url: '/api/enterprises', cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '首次登录须先修改密码',
    });

    const weak = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: testPassword, newPassword: `${user.username}1` },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const messages = weak.json().error.details.map((detail: { message: string }) => detail.message);
    expect(messages).toContain('密码不能包含用户名');

    const wrongCurrent = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: 'Not-the-0ne', newPassword: 'Brand-New-Passw0rd' },
    });
    expect(wrongCurrent.json().error.code).toBe('WRONG_CURRENT_PASSWORD');

    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: testPassword, newPassword: 'Brand-New-Passw0rd' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/enterprises', cookie })).statusCode).toBe(200);
    await t.login(user.username, 'Brand-New-Passw0rd');
    const old = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: testPassword },
    });
    expect(old.statusCode).toBe(401);
  });

  it('ends the other sessions of a user who changes the password', async () => {
    const user = await createUser(t.db, zone, 'leader');
    const first = await t.login(user.username);
    const second = await t.login(user.username);
    await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie: second,
      payload: { currentPassword: testPassword, newPassword: 'Another-Passw0rd' },
    });
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: first })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', cookie: second })).statusCode).toBe(200);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 in Chinese when one address tries too often', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await limited.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'whatever' },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(response.json().error).toMatchObject({
            code: 'RATE_LIMITED',
            message: '请求过于频繁，请稍后再试',
          });
        }
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
