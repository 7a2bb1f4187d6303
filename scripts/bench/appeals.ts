/**
 * Benchmark of appeals (企业诉求): the officer's queue, the dispatch board, a filtered list, a
 * search, the detail and the statistics through the API, beside the statements the service sent
 * for the same request run bare (captured once through a logging connection on the same engine)
 * and the no-database route. Cases that miss the aim are explained with EXPLAIN ANALYZE of their
 * slowest statement. Loopback only; every loop is bounded.
 */
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { chinaDate, formatPeriod, listAppealsQuery, parsePeriod, shiftPeriod } from '@gaoxin/domain';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Database, Db } from '../../server/src/db/client.js';
import * as schema from '../../server/src/db/schema/index.js';
import { appealStatistics } from '../../server/src/features/appeals/appeal-statistics.service.js';
import { listAppeals, readAppealDetail } from '../../server/src/features/appeals/appeals.service.js';
import type { Actor, RequestContext } from '../../server/src/platform/request-context.js';
import { appealMonths, benchPassword, loadAppealZone, type AppealZone } from './appeal-data.js';
import { measure, measureHttp, type Summary } from './measure.js';

export type Query = { sql: string; params: unknown[] };
/** API p95 the appeals screens should stay under on PostgreSQL. */
export const aimMs = 50;

/** Runs `read` on a second handle over the same connections that records every statement it sends. */
export async function statementsOf(database: Database, read: (db: Db) => Promise<unknown>): Promise<Query[]> {
  const captured: Query[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  const db = database.pool
    ? drizzlePostgres(database.pool, { schema, logger })
    : (drizzlePglite(database.pglite!, { schema, logger }) as unknown as Db);
  await read(db);
  return captured;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export async function actorOf(database: Database, username: string): Promise<RequestContext> {
  const { rows } = await database.sql.query<Omit<Actor, 'sessionId'>>(
    `select id as "userId", username, role, zone_id as "zoneId", department_id as "departmentId",
            enterprise_id as "enterpriseId", is_liaison as "isLiaison", must_change_password as "mustChangePassword"
     from users where username = $1`,
    [username],
  );
  return { actor: { ...rows[0]!, sessionId: 'bench' }, ip: '127.0.0.1', requestId: 'bench', userAgent: null };
}

/** The slowest statement of a case, explained. */
export async function explainSlowest(database: Database, statements: Query[]) {
  let slowest = { milliseconds: 0, sql: '', plan: [] as string[] };
  for (const statement of statements) {
    const { rows } = await database.sql.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.sql}`,
      statement.params,
    );
    const plan = rows.map((row) => row['QUERY PLAN']);
    const time = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? '')?.[1] ?? 0);
    if (time >= slowest.milliseconds) slowest = { milliseconds: time, sql: statement.sql, plan };
  }
  return slowest;
}

/** Loads `count` appeals into a fresh zone of the database and measures the screens that read them. */
export async function benchAppeals(database: Database, count: number) {
  const progress = (message: string) => process.stdout.write(`  appeals/${database.kind}: ${message}\n`);
  const zone = await loadAppealZone(database, count, progress);
  const config = { ...loadConfig({}), loginRateLimit: 100_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const cookies: Record<string, string> = {};
    for (const [role, username] of Object.entries(zone.usernames)) {
      const login = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username, password: benchPassword }),
      });
      cookies[role] = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    }
    const cases = await measureCases(database, zone, origin, cookies, progress);
    const ping = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
    return {
      engine: database.kind,
      appeals: zone.appeals,
      events: zone.events,
      enterprises: Math.max(50, Math.round(count / 20)),
      loadSeconds: zone.seconds,
      ping,
      cases,
    };
  } finally {
    await app.close();
  }
}

export const bounds = { concurrency: 4, maxRequests: 4000, maxSeconds: 8 };

async function measureCases(
  database: Database,
  zone: AppealZone,
  origin: string,
  cookies: Record<string, string>,
  progress: (message: string) => void,
) {
  const as = {
    leader: await actorOf(database, zone.usernames.leader),
    dispatcher: await actorOf(database, zone.usernames.dispatcher),
    officer: await actorOf(database, zone.usernames.officer),
  };
  const list = (query: Record<string, string>) => listAppealsQuery.parse({ pageSize: '20', ...query });
  const to = chinaDate(new Date()).slice(0, 7);
  const from = formatPeriod(shiftPeriod(parsePeriod(to), 1 - appealMonths));
  const { rows: sample } = await database.sql.query<{ id: string }>(
    `select id from appeals where zone_id = $1 and lead_department_id = $2 order by md5(id::text) limit 200`,
    [zone.zoneId, zone.busyDepartmentId],
  );
  type Case = {
    label: string;
    user: keyof typeof as;
    urls: string[];
    read: (db: Db, at: number) => Promise<unknown>;
  };
  const listCase = (label: string, user: keyof typeof as, query: Record<string, string>): Case => ({
    label,
    user,
    urls: [`/api/appeals?${new URLSearchParams({ pageSize: '20', ...query }).toString()}`],
    read: (db) => listAppeals(db, as[user], list(query)),
  });
  const cases: Case[] = [
    listCase('officer queue: scope=mine by deadline (规划建设局)', 'officer', {
      scope: 'mine',
      sort: 'deadline',
    }),
    listCase('dispatch board: scope=dispatch', 'dispatcher', { scope: 'dispatch' }),
    listCase('filtered: scope=all, 审批证照, open', 'leader', {
      scope: 'all',
      categoryId: zone.categoryId,
      open: 'true',
    }),
    listCase('search q=增容 (leader, all)', 'leader', { scope: 'all', q: '增容' }),
    {
      label: 'detail GET /api/appeals/:id (200 of the department)',
      user: 'officer',
      urls: sample.map((row) => `/api/appeals/${row.id}`),
      read: (db, at) => readAppealDetail(db, as.officer.actor!, sample[at]!.id),
    },
    {
      label: 'statistics, 12 months (default)',
      user: 'leader',
      urls: ['/api/appeals/statistics'],
      read: (db) => appealStatistics(db, as.leader, {}),
    },
    {
      label: `statistics, ${appealMonths} months`,
      user: 'leader',
      urls: [`/api/appeals/statistics?from=${from}&to=${to}`],
      read: (db) => appealStatistics(db, as.leader, { from, to }),
    },
  ];
  const results: Record<
    string,
    {
      api: Summary;
      sql: Summary;
      status: number;
      slowest?: { milliseconds: number; sql: string; plan: string[] };
    }
  > = {};
  for (const item of cases) {
    const statements: Query[][] = [];
    for (let at = 0; at < item.urls.length; at += 1) {
      statements.push(await statementsOf(database, (db) => item.read(db, at)));
    }
    const headers = { cookie: cookies[item.user]! };
    const probe = await fetch(`${origin}${item.urls[0]}`, { headers });
    await probe.arrayBuffer();
    const api = await measureHttp(
      item.urls.map((url) => ({ url: `${origin}${url}`, headers })),
      bounds,
    );
    // The service's reads mostly go out at once; the bare run sends them at once too.
    const sql = await measure(async (iteration) => {
      const batch = statements[iteration % statements.length]!;
      await Promise.all(batch.map((statement) => database.sql.query(statement.sql, statement.params)));
      return true;
    }, bounds);
    results[item.label] = { api, sql, status: probe.status };
    progress(`${item.label}: HTTP ${probe.status}, API p95 ${api.p95} ms, SQL p95 ${sql.p95} ms`);
    if (api.p95 > aimMs) {
      const slowest = await explainSlowest(database, statements[0]!);
      results[item.label]!.slowest = slowest;
      progress(
        `  slowest statement ${slowest.milliseconds} ms:\n    ${slowest.plan.slice(0, 30).join('\n    ')}`,
      );
    }
  }
  return results;
}

export type AppealsResult = Awaited<ReturnType<typeof benchAppeals>>;

export function appealsMarkdown(engines: AppealsResult[]): string {
  const lines = [
    '## Appeals (企业诉求)',
    '',
    'Signed in as the leader, the dispatch desk (企业服务中心) or an officer of the busiest department (规划建设局);',
    '4 concurrent clients, each case at most 4,000 requests or 8 s; times in ms. The bare-SQL column runs the',
    'statements the service sent for that request (captured once through a logging connection), at once, through the',
    `same driver, without HTTP. Aim: API p95 under ${aimMs} ms on PostgreSQL. The appeals span ${appealMonths} months; the`,
    'default statistics read the last 12.',
    '',
  ];
  for (const engine of engines) {
    const load = engine.loadSeconds;
    lines.push(
      `### ${engine.engine} — ${engine.appeals.toLocaleString('en')} appeals, ${engine.events.toLocaleString('en')} events, ${engine.enterprises.toLocaleString('en')} enterprises`,
      '',
      `Loaded: zone, enterprises and accounts ${load.setup} s, generated ${load.generate} s, COPY ${load.copy} s, indexes and keys ${load.indexes} s, analyze ${load.analyze} s.`,
      '',
      `No-database route /api/ping: ${engine.ping.perSecond} req/s, p95 ${engine.ping.p95} ms.`,
      '',
      '| case | API req/s | API p50 | API p95 | bare SQL q/s | SQL p50 | SQL p95 | API p95 ÷ SQL p95 |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [label, { api, sql }] of Object.entries(engine.cases)) {
      const ratio = sql.p95 > 0 ? round(api.p95 / sql.p95) : 0;
      lines.push(
        `| ${label} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio} |`,
      );
    }
    const misses = Object.entries(engine.cases).filter(([, result]) => result.slowest);
    if (misses.length > 0) {
      lines.push(
        '',
        `Over ${aimMs} ms at p95, the slowest statement of the request (EXPLAIN ANALYZE, top of the plan):`,
        '',
      );
      for (const [label, { slowest }] of misses) {
        const top = slowest!.plan.find((line) => line.trim().length > 0)?.trim() ?? '';
        lines.push(`- ${label}: ${slowest!.milliseconds} ms — \`${top.slice(0, 140)}\``);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
