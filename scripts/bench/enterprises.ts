/**
 * Benchmark of the enterprise registry (issue 企业库): 100,000 enterprises, mixed searches through
 * the API beside the same SQL run bare, and Excel imports of 10,000 and 100,000 rows (dry run and
 * real, with peak RSS) beside COPY of the same rows into a bare scratch table and into the registry.
 * Loopback only; every loop is bounded. Run through npm run bench.
 */
import { todayInChina, type ListEnterprisesQuery } from '@gaoxin/domain';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/client.js';
import { enterprises, parks, users, zones } from '../../server/src/db/schema/index.js';
import { enterpriseListQueries } from '../../server/src/features/enterprises/enterprises.repository.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { generateEnterprises, seededRandom } from '../../server/src/seed/demo-zone.js';
import { benchImport, importMarkdown, type ImportCase } from './enterprise-import.js';
import { measure, measureHttp, type Summary } from './measure.js';

const importSizes = [10_000, 100_000];
const password = 'Bench-Passw0rd!';
const origin = (port: number) => `http://127.0.0.1:${port}`;

/** The mixed searches officers type, as list filters. */
const searches: { label: string; query: Partial<ListEnterprisesQuery> }[] = [
  { label: '2 characters 龙德', query: { q: '龙德' } },
  { label: '2 characters 科技', query: { q: '科技' } },
  { label: '4 characters 东湖龙德', query: { q: '东湖龙德' } },
  { label: 'initials ldkj', query: { q: 'ldkj' } },
  { label: 'pinyin longde', query: { q: 'longde' } },
  { label: 'code prefix 91510599MA1', query: { q: '91510599MA1' } },
  { label: '规上', query: { aboveScale: true } },
  { label: 'industry C, by date', query: { industry: 'C', sort: 'establishedOn', order: 'desc' } },
];

export async function seed(database: Database, count: number) {
  const db = database.db;
  const [zone] = await db
    .insert(zones)
    .values({ code: `BENCH${Date.now()}${Math.floor(Math.random() * 1000)}`, name: '基准测试高新区' })
    .returning();
  if (!zone) throw new Error('no zone');
  const parkRows = await db
    .insert(parks)
    .values(
      ['电子信息产业园', '高端装备制造园', '医药健康产业园'].map((name, index) => ({
        zoneId: zone.id,
        code: `P0${index + 1}`,
        name,
      })),
    )
    .returning();
  const username = `bench${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await db.insert(users).values({
    zoneId: zone.id,
    username,
    displayName: '基准测试',
    role: 'officer',
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
  });
  const rows = generateEnterprises(seededRandom(42), {
    zoneId: zone.id,
    parks: parkRows,
    count,
    withPlaceNames: true,
  });
  const started = performance.now();
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(enterprises).values(rows.slice(start, start + 1000));
  }
  // As the app does after a large import (and autovacuum, later, on PostgreSQL): statistics, and the
  // visibility map that lets the list's totals count from indexes alone.
  await database.sql.query('vacuum (analyze) enterprises, enterprise_name_bigrams');
  return { zone, parkRows, username, loadSeconds: (performance.now() - started) / 1000 };
}

function toQueryString(query: Partial<ListEnterprisesQuery>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ pageSize: 20, ...query })) params.set(key, String(value));
  return params.toString();
}

/** Runs the enterprise cases against an open, migrated database. */
export async function benchEnterprises(database: Database, size: number) {
  const seeded = await seed(database, size);
  const config = { ...loadConfig({}), loginRateLimit: 100_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const login = await fetch(`${origin(port)}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: origin(port) },
    body: JSON.stringify({ username: seeded.username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const today = todayInChina();
  const bounds = { concurrency: 4, maxRequests: 4000, maxSeconds: 8 };

  const results: Record<string, { api: Summary; sql: Summary }> = {};
  for (const search of searches) {
    const urlPath = `${origin(port)}/api/enterprises?${toQueryString(search.query)}`;
    const api = await measureHttp([{ url: urlPath, headers: { cookie } }], bounds);
    const filter = {
      zoneId: seeded.zone.id,
      today,
      sort: 'name' as const,
      order: 'asc' as const,
      limit: 20,
      offset: 0,
      ...search.query,
    };
    const queries = enterpriseListQueries(database.db, filter);
    const page = queries.page.toSQL();
    const total = queries.total.toSQL();
    const sql = await measure(async () => {
      await Promise.all([
        database.sql.query(page.sql, page.params),
        database.sql.query(total.sql, total.params),
      ]);
      return true;
    }, bounds);
    results[search.label] = { api, sql };
  }
  const ping = await measureHttp([{ url: `${origin(port)}/api/ping` }], bounds);

  const imports: ImportCase[] = [];
  for (const rowCount of importSizes)
    imports.push(await benchImport(database, port, rowCount, () => seed(database, 0)));
  await app.close();
  return {
    engine: database.kind,
    enterprises: size,
    loadSeconds: Math.round(seeded.loadSeconds * 10) / 10,
    ping,
    searches: results,
    imports,
  };
}

export function enterprisesMarkdown(engines: Awaited<ReturnType<typeof benchEnterprises>>[]) {
  const lines = [
    '## Enterprise registry (企业库)',
    '',
    'Mixed searches, 4 concurrent clients, each case at most 4,000 requests or 8 s; times in ms. The bare-SQL',
    'column runs the page and count queries the API sends, through the same driver, without HTTP. The load',
    'is followed by `vacuum (analyze)`, as after a large import through the app.',
    '',
  ];
  for (const engine of engines) {
    lines.push(
      `### ${engine.engine} — ${engine.enterprises.toLocaleString('en')} enterprises (loaded in ${engine.loadSeconds} s)`,
      '',
    );
    lines.push(`No-database route /api/ping: ${engine.ping.perSecond} req/s, p95 ${engine.ping.p95} ms.`, '');
    lines.push(
      '| search | API req/s | API p50 | API p95 | bare SQL q/s | SQL p50 | SQL p95 | API p95 ÷ SQL p95 |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [label, { api, sql }] of Object.entries(engine.searches)) {
      const ratio = sql.p95 > 0 ? Math.round((api.p95 / sql.p95) * 100) / 100 : 0;
      lines.push(
        `| ${label} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio} |`,
      );
    }
    lines.push('', ...importMarkdown(engine.imports), '');
  }
  return lines.join('\n');
}
