import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/client.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createUser, createZone, testPassword } from '../../test/factories.js';
import { testConfig } from '../../test/harness.js';

let testDatabase: TestDatabase;
let secondConnection: Database;
const origin = (port: number) => `http://127.0.0.1:${port}`;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  // On PostgreSQL the second instance has its own pool, as a second process would;
  // PGlite allows one process only, so there both instances share the one engine.
  secondConnection = testDatabase.url
    ? await openDatabase({ databaseUrl: testDatabase.url, poolSize: 2 })
    : testDatabase.database;
});
afterAll(async () => {
  if (secondConnection !== testDatabase.database) await secondConnection.close();
  await testDatabase.close();
});

describe('several server instances on one database', () => {
  it('share sessions: sign in on one, use the cookie on the other', async () => {
    const config = testConfig();
    const first = await buildApp({ database: testDatabase.database, config, logger: false });
    const second = await buildApp({ database: secondConnection, config, logger: false });
    try {
      await first.listen({ port: 0, host: '127.0.0.1' });
      await second.listen({ port: 0, host: '127.0.0.1' });
      const portOf = (app: typeof first) => {
        const address = app.server.address();
        if (!address || typeof address === 'string') throw new Error('no port');
        return address.port;
      };
      const zone = await createZone(testDatabase.database.db);
      const user = await createUser(testDatabase.database.db, zone, 'leader');
      const login = await fetch(`${origin(portOf(first))}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: origin(portOf(first)) },
        body: JSON.stringify({ username: user.username, password: testPassword }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = await fetch(`${origin(portOf(second))}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { username: string }).username).toBe(user.username);
      const logout = await fetch(`${origin(portOf(second))}/api/auth/logout`, {
        method: 'POST',
        headers: { cookie, origin: origin(portOf(second)) },
      });
      expect(logout.status).toBe(204);
      const after = await fetch(`${origin(portOf(first))}/api/auth/me`, { headers: { cookie } });
      expect(after.status).toBe(401);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
