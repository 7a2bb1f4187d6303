/**
 * Benchmark of the home page (`GET /api/home`): the leader's, an officer's and an enterprise
 * user's, each through the API beside the statements the service sent for that request run bare.
 * The data come from the other benches' loaders, each of which fills a zone of its own: the
 * leader's home is measured in the 经济运行 zone (returns, summary tables, warnings), the 企业诉求
 * zone (open and overdue appeals) and the 项目促建 zone (red projects, KPI); the officer's in the
 * appeals zone (his queue) and the projects zone (his projects and leads). Loopback only; every
 * loop is bounded.
 */
import { eq } from 'drizzle-orm';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/client.js';
import { enterprises, users } from '../../server/src/db/schema/index.js';
import { getHome } from '../../server/src/features/home/home.service.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { benchPassword, loadAppealZone } from './appeal-data.js';
import { actorOf, aimMs, bounds, explainSlowest, statementsOf } from './appeals.js';
import { loadIndicatorZone } from './indicator-data.js';
import { measure, measureHttp, type Summary } from './measure.js';
import { loadProjectZone } from './project-data.js';

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** Adds a signed-in account of the given role to a zone (the loaders make only the ones they need). */
async function addUser(
  database: Database,
  zoneId: string,
  role: 'leader' | 'enterprise',
  enterpriseId: string | null = null,
) {
  const username = `home${Date.now()}${Math.floor(Math.random() * 1000)}-${role}`;
  await database.db.insert(users).values({
    zoneId,
    username,
    displayName: role === 'leader' ? '李主任' : '企业填报员',
    role,
    enterpriseId,
    passwordHash: await hashPassword(benchPassword),
    mustChangePassword: false,
  });
  return username;
}

/**
 * Loads the three zones at a moderate size for `size` (100,000 → 2,000 reporters × 24 months,
 * 20,000 appeals, 5,000 projects and leads) and measures the home page of each role.
 */
export async function benchHome(database: Database, size: number) {
  const progress = (message: string) => process.stdout.write(`  home/${database.kind}: ${message}\n`);
  const reporters = Math.max(100, Math.round(size / 50));
  const appealCount = Math.max(1000, Math.round(size / 5));
  const projectCount = Math.max(500, Math.round(size / 20));
  const economy = await loadIndicatorZone(database, reporters, 24, progress);
  const appeals = await loadAppealZone(database, appealCount, progress);
  const projects = await loadProjectZone(database, projectCount, progress);
  // An enterprise of the appeals zone that has appeals, with a user of its own.
  const { rows } = await database.sql.query<{ enterprise_id: string }>(
    `select enterprise_id from appeals where zone_id = $1 group by 1 order by count(*) desc limit 1`,
    [appeals.zoneId],
  );
  const [firm] = await database.db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.id, rows[0]!.enterprise_id));
  const usernames = {
    'leader, 经济运行 zone': await addUser(database, economy.zoneId, 'leader'),
    'leader, 企业诉求 zone': appeals.usernames.leader,
    'leader, 项目促建 zone': projects.usernames.leader,
    'officer, his appeal queue': appeals.usernames.officer,
    'officer, his projects and leads': projects.usernames.officer,
    'enterprise user, its appeals': await addUser(database, appeals.zoneId, 'enterprise', firm!.id),
  };

  const config = { ...loadConfig({}), loginRateLimit: 100_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const cases: Record<
    string,
    { api: Summary; sql: Summary; statements: number; bytes: number; slowest?: string }
  > = {};
  try {
    for (const [label, username] of Object.entries(usernames)) {
      const login = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username, password: benchPassword }),
      });
      const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
      const context = await actorOf(database, username);
      const statements = await statementsOf(database, (db) => getHome(db, context));
      const probe = await fetch(`${origin}/api/home`, { headers });
      const bytes = (await probe.arrayBuffer()).byteLength;
      if (probe.status !== 200) throw new Error(`${label}: GET /api/home answered ${probe.status}`);
      const api = await measureHttp([{ url: `${origin}/api/home`, headers }], bounds);
      // The service sends its reads at once (a few depend on an earlier one); the bare run sends all at once.
      const sql = await measure(async () => {
        await Promise.all(statements.map((statement) => database.sql.query(statement.sql, statement.params)));
        return true;
      }, bounds);
      cases[label] = { api, sql, statements: statements.length, bytes };
      progress(
        `${label}: ${statements.length} statements, ${bytes} B, API p95 ${api.p95} ms, SQL p95 ${sql.p95} ms`,
      );
      if (api.p95 > aimMs) {
        const slowest = await explainSlowest(database, statements);
        cases[label]!.slowest = `${slowest.milliseconds} ms — ${slowest.plan[0]?.trim().slice(0, 120) ?? ''}`;
        progress(`  slowest statement: ${cases[label]!.slowest}`);
      }
    }
    const ping = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
    return {
      engine: database.kind,
      rows: {
        reporters,
        months: 24,
        values: economy.values,
        appeals: appeals.appeals,
        projects: projectCount,
      },
      ping,
      cases,
    };
  } finally {
    await app.close();
  }
}

export type HomeResult = Awaited<ReturnType<typeof benchHome>>;

export function homeMarkdown(engines: HomeResult[]): string {
  const lines = [
    '## 首页 (GET /api/home)',
    '',
    'One request per page. The leader in each of the three bench zones (each loader fills a zone of its own), an',
    'officer in the appeals and the projects zones, an enterprise user with the most appeals; 4 concurrent clients, each',
    'case at most 4,000 requests or 8 s; times in ms. The bare-SQL column runs the statements the service sent for the',
    `request (captured once), all at once, through the same driver, without HTTP. Aim: API p95 ≤ ${aimMs} ms on PostgreSQL.`,
    '',
  ];
  for (const engine of engines) {
    const n = (value: number) => value.toLocaleString('en');
    lines.push(
      `### ${engine.engine} — ${n(engine.rows.reporters)} reporters × ${engine.rows.months} months (${n(engine.rows.values)} values), ${n(engine.rows.appeals)} appeals, ${n(engine.rows.projects)} projects`,
      '',
      `No-database route /api/ping: ${engine.ping.perSecond} req/s, p95 ${engine.ping.p95} ms.`,
      '',
      '| case | statements | response | API req/s | API p50 | API p95 | bare SQL q/s | SQL p50 | SQL p95 | API p95 ÷ SQL p95 |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const [label, { api, sql, statements, bytes, slowest }] of Object.entries(engine.cases)) {
      const ratio = sql.p95 > 0 ? round(api.p95 / sql.p95) : 0;
      lines.push(
        `| ${label} | ${statements} | ${round(bytes / 1024, 1)} KB | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio}${slowest ? ` (slowest: ${slowest})` : ''} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
