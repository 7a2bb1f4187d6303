/**
 * Benchmark of the platform itself (issue: foundation): the no-database route, /api/health,
 * /api/auth/me with a session and sign-in (argon2id, deliberately slow), on PGlite and PostgreSQL,
 * beside bare `select 1` and the session query through the same driver. /api/auth/me runs twice:
 * with the session cache as in production, and with it off (one query per request). Loopback
 * only; every loop is bounded.
 */
import type { Database } from '../../server/src/db/client.js';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { users, zones } from '../../server/src/db/schema/index.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { findSessionWithUser } from '../../server/src/features/auth/auth.repository.js';
import { sessionIdOf } from '../../server/src/features/auth/auth.service.js';
import {
  installSessionCache,
  SessionCache,
  sessionCacheOf,
} from '../../server/src/features/auth/session-cache.js';
import { measure, measureHttp, type Summary } from './measure.js';

const password = 'Bench-Passw0rd!';

export interface FoundationResult {
  engine: string;
  cases: Record<string, Summary>;
}

export const pingCase = 'GET /api/ping (no database)';
export const meCase = 'GET /api/auth/me (session)';
export const meUncachedCase = 'GET /api/auth/me, session cache off (1 query)';
export const sessionSqlCase = 'bare SQL session query';

/** Runs the foundation cases against an open, migrated database. */
export async function benchFoundation(database: Database): Promise<FoundationResult> {
  const [zone] = await database.db
    .insert(zones)
    .values({ code: `F${Date.now()}`, name: '基准测试' })
    .returning();
  if (!zone) throw new Error('no zone');
  const username = `found${Date.now()}`;
  await database.db.insert(users).values({
    zoneId: zone.id,
    username,
    displayName: '基准测试',
    role: 'leader',
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
  });
  const config = { ...loadConfig({}), loginRateLimit: 1_000_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const signIn = () =>
    fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username, password }),
    });
  const cookie = ((await signIn()).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const bounds = { concurrency: 10, maxRequests: 20_000, maxSeconds: 5 };
  const cases: Record<string, Summary> = {};
  cases[pingCase] = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
  cases['GET /api/health (select 1)'] = await measureHttp([{ url: `${origin}/api/health` }], bounds);
  const me = [{ url: `${origin}/api/auth/me`, headers: { cookie } }];
  cases[meCase] = await measureHttp(me, bounds);
  // A TTL of zero stores nothing: every request resolves its session in the database.
  const cache = sessionCacheOf(database.db);
  installSessionCache(database.db, new SessionCache(0));
  cases[meUncachedCase] = await measureHttp(me, bounds);
  installSessionCache(database.db, cache);
  cases['POST /api/auth/login (argon2id)'] = await measureHttp(
    [
      {
        url: `${origin}/api/auth/login`,
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username, password }),
      },
    ],
    { concurrency: 4, maxRequests: 200, maxSeconds: 5 },
  );
  cases['bare SQL select 1'] = await measure(async () => {
    await database.sql.query('select 1');
    return true;
  }, bounds);
  // The statement the session hook sends, through the same driver and the same query builder.
  const sessionId = sessionIdOf(cookie.split('=')[1] ?? '');
  cases[sessionSqlCase] = await measure(
    async () => (await findSessionWithUser(database.db, sessionId)) !== undefined,
    bounds,
  );
  await app.close();
  return { engine: database.kind, cases };
}

const ratio = (value: number, base: number) => (base > 0 ? Math.round((value / base) * 100) / 100 : 0);

export function foundationMarkdown(results: FoundationResult[]): string {
  const lines = [
    '## Platform routes',
    '',
    'Concurrency 10 (sign-in 4); each case at most 20,000 requests or 5 s. "÷ ping" is the case\'s req/s over',
    "the no-database route's in the same run (aim for /api/auth/me: ≥ 0.5). The session cache keeps a resolved",
    'session for 3 s; "session cache off" resolves it in the database on every request (one query, as after',
    'a sign-out or a change elsewhere).',
    '',
    '| engine | case | req/s | ÷ ping | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    const ping = result.cases[pingCase]?.perSecond ?? 0;
    for (const [label, summary] of Object.entries(result.cases)) {
      const shown = label.startsWith('GET') ? String(ratio(summary.perSecond, ping)) : '';
      lines.push(
        `| ${result.engine} | ${label} | ${summary.perSecond} | ${shown} | ${summary.p50} | ${summary.p95} | ${summary.p99} | ${summary.errors} |`,
      );
    }
  }
  lines.push('');
  for (const result of results) {
    const me = result.cases[meCase];
    const uncached = result.cases[meUncachedCase];
    const sessionSql = result.cases[sessionSqlCase];
    const ping = result.cases[pingCase];
    if (!me || !ping) continue;
    const parts = [`${result.engine}: /api/auth/me ÷ ping ${ratio(me.perSecond, ping.perSecond)} (req/s)`];
    if (uncached && sessionSql) {
      parts.push(
        `without the cache ${ratio(uncached.perSecond, ping.perSecond)}, its p95 ÷ the session query's p95 ${ratio(uncached.p95, sessionSql.p95)}`,
      );
    }
    lines.push(`- ${parts.join('; ')}.`);
  }
  return lines.join('\n');
}
