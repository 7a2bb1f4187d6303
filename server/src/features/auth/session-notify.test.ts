import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { openDatabase, type Database } from '../../db/client.js';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../../../test/test-database.js';
import { appOrigin, testConfig } from '../../../test/harness.js';
import { createUser, createZone, testPassword } from '../../../test/factories.js';
import { installSessionCache, SessionCache } from './session-cache.js';
import { sessionIdOf } from './auth.service.js';

// Two server processes on one PostgreSQL, each with its own pool and session cache. The first
// process trusts a cached session for a minute, so only the NOTIFY of the second can drop it.
describe.skipIf(!testServerUrl)('session changes reach the other processes (PostgreSQL)', () => {
  let testDatabase: TestDatabase;
  let secondDatabase: Database;
  let first: FastifyInstance;
  let second: FastifyInstance;
  const firstCache = new SessionCache(60_000);

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    secondDatabase = await openDatabase({ databaseUrl: testDatabase.url, poolSize: 2 });
    installSessionCache(testDatabase.database.db, firstCache);
    const config = testConfig();
    first = await buildApp({ database: testDatabase.database, config, logger: false });
    second = await buildApp({ database: secondDatabase, config, logger: false });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await secondDatabase.close();
    await testDatabase.close();
  });

  const send = (
    app: FastifyInstance,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    cookie: string,
    payload?: object,
  ) => app.inject({ method, url, headers: { origin: appOrigin, cookie }, ...(payload ? { payload } : {}) });

  async function signIn(username: string): Promise<string> {
    const response = await first.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: appOrigin },
      payload: { username, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    return String(response.headers['set-cookie']).split(';')[0] ?? '';
  }

  /** Waits (bounded) until the first process has dropped the session from its cache. */
  async function droppedFromFirst(cookie: string): Promise<boolean> {
    const id = sessionIdOf(cookie.split('=')[1] ?? '');
    for (let attempt = 0; attempt < 500; attempt += 1) {
      if (!firstCache.lookup(id, Date.now())) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  it('a sign-out on the second process ends the session on the first', async () => {
    const zone = await createZone(testDatabase.database.db);
    const user = await createUser(testDatabase.database.db, zone, 'leader');
    const cookie = await signIn(user.username);
    expect((await send(first, 'GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    expect((await send(second, 'POST', '/api/auth/logout', cookie)).statusCode).toBe(204);
    expect(await droppedFromFirst(cookie)).toBe(true);
    expect((await send(first, 'GET', '/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('a user disabled on the second process is refused on the first', async () => {
    const zone = await createZone(testDatabase.database.db);
    const admin = await createUser(testDatabase.database.db, zone, 'admin');
    const user = await createUser(testDatabase.database.db, zone, 'officer');
    const adminCookie = await signIn(admin.username);
    const cookie = await signIn(user.username);
    expect((await send(first, 'GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    const disabled = await send(second, 'PATCH', `/api/users/${user.id}`, adminCookie, {
      isActive: false,
      version: user.version,
    });
    expect(disabled.statusCode).toBe(200);
    expect(await droppedFromFirst(cookie)).toBe(true);
    expect((await send(first, 'GET', '/api/auth/me', cookie)).statusCode).toBe(401);
  });
});
