import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Db } from '../src/db/client.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { createUser, createZone, testPassword, type UserOptions } from './factories.js';
import type { Role } from '@gaoxin/domain';

/** The origin app.inject requests are addressed to; state-changing requests must name it. */
export const appOrigin = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  testDatabase: TestDatabase;
  config: Config;
  /** Sends a request as a browser on the app's own page would (Origin set unless overridden). */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  /** Signs a user in and returns the cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /** Creates a user with the factory and signs in; returns the user and its cookie. */
  loginAs(
    zone: Awaited<ReturnType<typeof createZone>>,
    role: Role,
    options?: UserOptions,
  ): Promise<{ user: Awaited<ReturnType<typeof createUser>>; cookie: string }>;
  close(): Promise<void>;
}

/** Test configuration: the real defaults, with sign-in throttling relaxed for the suite. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    loginRateLimit: 10_000,
    runJobs: false,
    logLevel: 'silent',
    // Files the app writes (attachments) go to a directory of the test's own, never the project's.
    dataDir: mkdtempSync(join(tmpdir(), 'gaoxin-test-')),
    ...overrides,
  };
}

/** A real application on a real, fresh database (PGlite in memory, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ database: testDatabase.database, config, logger: false });
  return wrapApp(app, testDatabase, config);
}

export function wrapApp(app: FastifyInstance, testDatabase: TestDatabase, config: Config): TestApp {
  const db = testDatabase.database.db;
  const request: TestApp['request'] = ({ cookie, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: { origin: appOrigin, ...(cookie ? { cookie } : {}), ...headers },
    });
  const login: TestApp['login'] = async (username, password = testPassword) => {
    const response = await request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
    const setCookie = response.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (!first) throw new Error('no cookie');
    return first.split(';')[0] ?? '';
  };
  return {
    app,
    db,
    testDatabase,
    config,
    request,
    login,
    loginAs: async (zone, role, options) => {
      const user = await createUser(db, zone, role, options);
      return { user, cookie: await login(user.username) };
    },
    close: async () => {
      await app.close();
      await testDatabase.close();
      if (config.dataDir.startsWith(tmpdir())) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
