/**
 * Benchmark of the platform itself (issue: foundation): the no-database route, /api/health,
 * /api/auth/me with a session and sign-in (argon2id, deliberately slow), on PGlite and PostgreSQL,
 * beside bare `select 1` through the same driver. Loopback only; every loop is bounded.
 */
import type { Database } from '../../server/src/db/client.js';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { users, zones } from '../../server/src/db/schema/index.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { measure, measureHttp, type Summary } from './measure.js';

const password = 'Bench-Passw0rd!';

export interface FoundationResult {
  engine: string;
  cases: Record<string, Summary>;
}

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
  cases['GET /api/ping (no database)'] = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
  cases['GET /api/health (select 1)'] = await measureHttp([{ url: `${origin}/api/health` }], bounds);
  cases['GET /api/auth/me (session)'] = await measureHttp(
    [{ url: `${origin}/api/auth/me`, headers: { cookie } }],
    bounds,
  );
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
  await app.close();
  return { engine: database.kind, cases };
}

export function foundationMarkdown(results: FoundationResult[]): string {
  const lines = [
    '## Platform routes',
    '',
    'Concurrency 10 (sign-in 4); each case at most 20,000 requests or 5 s.',
    '',
    '| engine | case | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    for (const [label, summary] of Object.entries(result.cases)) {
      lines.push(
        `| ${result.engine} | ${label} | ${summary.perSecond} | ${summary.p50} | ${summary.p95} | ${summary.p99} | ${summary.errors} |`,
      );
    }
  }
  return lines.join('\n');
}
