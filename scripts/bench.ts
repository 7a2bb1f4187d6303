/**
 * npm run bench [-- --size N] [-- --only foundation,enterprises,indicators,appeals,projects,home]: the
 * platform routes, the enterprise registry, economic monitoring, appeals and 项目促建 (--size is the
 * project count there, 20,000 without it) on the embedded database and on
 * a throwaway PostgreSQL 15 (or BENCH_DATABASE_URL), each beside bare SQL from the same run. Loopback
 * only, every loop bounded. Writes bench-results/bench-YYYY-MM-DD.{md,json}; sections left out by --only
 * keep their figures from that day's earlier run, if any.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../server/src/db/client.js';
import { migrateDatabase } from '../server/src/db/migrate.js';
import { appealsMarkdown, benchAppeals } from './bench/appeals.js';
import { benchEnterprises, enterprisesMarkdown } from './bench/enterprises.js';
import { benchFoundation, foundationMarkdown } from './bench/foundation.js';
import { benchIndicators, indicatorsMarkdown } from './bench/indicators.js';
import { machine, type Summary } from './bench/measure.js';
import { benchProjects, projectsMarkdown } from './bench/projects.js';
import { benchHome, homeMarkdown } from './bench/home.js';

const sizeArgument = process.argv.indexOf('--size');
const size = sizeArgument > 0 ? Number(process.argv[sizeArgument + 1]) : 100_000;
const onlyArgument = process.argv.indexOf('--only');
const only = onlyArgument > 0 ? new Set((process.argv[onlyArgument + 1] ?? '').split(',')) : null;
const runs = (section: string) => !only || only.has(section);

async function withPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.BENCH_DATABASE_URL) return run(process.env.BENCH_DATABASE_URL);
  const dir = join(mkdtempSync(join(tmpdir(), 'gaoxin-bench-')), 'pg');
  execFileSync('chmod', ['755', join(dir, '..')]);
  const port = 56000 + Math.floor(Math.random() * 2000);
  execFileSync('bash', ['scripts/pg-throwaway.sh', 'start', dir, String(port)], { stdio: 'inherit' });
  try {
    return await run(`postgres://postgres@127.0.0.1:${port}/postgres`);
  } finally {
    execFileSync('bash', ['scripts/pg-throwaway.sh', 'stop', dir], { stdio: 'inherit' });
  }
}

/** A fresh database on the server, dropped afterwards. */
async function withFreshDatabase<T>(serverUrl: string, run: (database: Database) => Promise<T>): Promise<T> {
  const name = `gaoxin_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  try {
    await migrateDatabase(database);
    return await run(database);
  } finally {
    await database.close();
    const cleaner = new pg.Client({ connectionString: serverUrl });
    await cleaner.connect();
    await cleaner.query(`drop database if exists ${name} with (force)`);
    await cleaner.end();
  }
}

async function benchAll(database: Database) {
  const foundation = runs('foundation') ? await benchFoundation(database) : undefined;
  const enterprises = runs('enterprises') ? await benchEnterprises(database, size) : undefined;
  // Reporting enterprises are a tenth of the registry on PostgreSQL, with five years of months;
  // the embedded engine gets a hundredth and two years (it is for small single-machine use).
  const postgres = database.kind === 'postgres';
  const indicators = runs('indicators')
    ? await benchIndicators(database, Math.round(size / (postgres ? 10 : 100)), postgres ? 60 : 24)
    : undefined;
  // As many appeals as the registry has enterprises, on both engines.
  const appeals = runs('appeals') ? await benchAppeals(database, size) : undefined;
  // A zone has hundreds of live projects; 20,000 over five years is a generous ceiling for both engines.
  const projects = runs('projects')
    ? await benchProjects(database, sizeArgument > 0 ? size : 20_000)
    : undefined;
  const home = runs('home') ? await benchHome(database, size) : undefined;
  return { foundation, enterprises, indicators, appeals, projects, home };
}

type Engines = Record<'pglite' | 'postgres', Partial<Awaited<ReturnType<typeof benchAll>>>>;
type Pairs = Record<string, { api: Summary; sql: Summary }> | undefined;

/**
 * One table of every heavy read beside the bare SQL it runs, both engines side by side: the aim
 * is API p95 ≤ 2 × SQL p95. The sections below hold the same figures with their context.
 */
function ratiosMarkdown(engines: Engines): string {
  const sections: { name: string; pick: (run: Engines['pglite']) => Pairs }[] = [
    { name: '企业库', pick: (run) => run.enterprises?.searches },
    { name: '经济运行', pick: (run) => run.indicators?.cases },
    { name: '企业诉求', pick: (run) => run.appeals?.cases },
    { name: '项目促建', pick: (run) => run.projects?.cases },
  ];
  const lines = [
    '## Requests beside their SQL',
    '',
    "API p95 ÷ bare-SQL p95 of each case (aim ≤ 2), and the API's p50 / p95 ms and req/s; the bare SQL is the",
    'statements the service sends for that request, through the same driver, without HTTP.',
    '',
    '| module | case | engine | API req/s | API p50 | API p95 | SQL q/s | SQL p50 | SQL p95 | p95 ÷ SQL |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  let rows = 0;
  for (const section of sections) {
    for (const engine of ['pglite', 'postgres'] as const) {
      for (const [label, { api, sql }] of Object.entries(section.pick(engines[engine]) ?? {})) {
        const ratio = sql.p95 > 0 ? Math.round((api.p95 / sql.p95) * 100) / 100 : 0;
        const mark = ratio <= 2 ? '' : ' ✗';
        lines.push(
          `| ${section.name} | ${label} | ${engine} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio}${mark} |`,
        );
        rows += 1;
      }
    }
  }
  return rows > 0 ? lines.join('\n') : '';
}

async function main() {
  const embedded = await openDatabase({});
  await migrateDatabase(embedded);
  const pglite = await benchAll(embedded);
  await embedded.close();
  const postgres = await withPostgres((url) => withFreshDatabase(url, benchAll));

  const at = new Date().toISOString().slice(0, 10);
  const host = machine();
  const path = `bench-results/bench-${at}.json`;
  // Sections not run this time keep the figures of the day's earlier run.
  const earlier = (only && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as Partial<
    Record<'pglite' | 'postgres', Awaited<ReturnType<typeof benchAll>>>
  >;
  const merge = (engine: 'pglite' | 'postgres', ran: Awaited<ReturnType<typeof benchAll>>) => ({
    foundation: ran.foundation ?? earlier[engine]?.foundation,
    enterprises: ran.enterprises ?? earlier[engine]?.enterprises,
    indicators: ran.indicators ?? earlier[engine]?.indicators,
    appeals: ran.appeals ?? earlier[engine]?.appeals,
    projects: ran.projects ?? earlier[engine]?.projects,
    home: ran.home ?? earlier[engine]?.home,
  });
  const engines = { pglite: merge('pglite', pglite), postgres: merge('postgres', postgres) };
  const report = { at, machine: host, size, ...engines };
  const both = <T>(pick: (run: ReturnType<typeof merge>) => T | undefined) =>
    [pick(engines.pglite), pick(engines.postgres)].filter((value): value is T => value !== undefined);
  const foundation = both((run) => run.foundation);
  const enterprises = both((run) => run.enterprises);
  const indicators = both((run) => run.indicators);
  const appeals = both((run) => run.appeals);
  const projects = both((run) => run.projects);
  const home = both((run) => run.home);
  const ratios = ratiosMarkdown(engines);
  const text = [
    `# Benchmark, ${at}`,
    '',
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}.`,
    'Loopback only. Absolute times drift on shared machines: compare each figure with its baseline from the same run',
    '(the no-database route, bare SQL through the same driver, COPY of the same rows).',
    '',
    ...(foundation.length > 0 ? [foundationMarkdown(foundation), ''] : []),
    ...(ratios ? [ratios, ''] : []),
    ...(enterprises.length > 0 ? [enterprisesMarkdown(enterprises), ''] : []),
    ...(indicators.length > 0 ? [indicatorsMarkdown(indicators)] : []),
    ...(appeals.length > 0 ? [appealsMarkdown(appeals)] : []),
    ...(projects.length > 0 ? [projectsMarkdown(projects)] : []),
    ...(home.length > 0 ? [homeMarkdown(home)] : []),
  ].join('\n');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`bench-results/bench-${at}.md`, `${text}\n`);
  process.stdout.write(`${text}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
