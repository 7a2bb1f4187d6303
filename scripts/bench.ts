/**
 * npm run bench [-- --size N]: the platform routes and the enterprise registry on the embedded
 * database and on a throwaway PostgreSQL 15 (or BENCH_DATABASE_URL), each beside bare SQL from the
 * same run. Loopback only, every loop bounded. Writes bench-results/bench-YYYY-MM-DD.{md,json}.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../server/src/db/client.js';
import { migrateDatabase } from '../server/src/db/migrate.js';
import { benchEnterprises, enterprisesMarkdown } from './bench/enterprises.js';
import { benchFoundation, foundationMarkdown } from './bench/foundation.js';
import { machine } from './bench/measure.js';

const sizeArgument = process.argv.indexOf('--size');
const size = sizeArgument > 0 ? Number(process.argv[sizeArgument + 1]) : 100_000;

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
  const foundation = await benchFoundation(database);
  const enterprises = await benchEnterprises(database, size);
  return { foundation, enterprises };
}

async function main() {
  const embedded = await openDatabase({});
  await migrateDatabase(embedded);
  const pglite = await benchAll(embedded);
  await embedded.close();
  const postgres = await withPostgres((url) => withFreshDatabase(url, benchAll));

  const at = new Date().toISOString().slice(0, 10);
  const host = machine();
  const report = { at, machine: host, size, pglite, postgres };
  const text = [
    `# Benchmark, ${at}`,
    '',
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}.`,
    'Loopback only. Absolute times drift on shared machines: compare each figure with its baseline from the same run',
    '(the no-database route, bare SQL through the same driver, COPY of the same rows).',
    '',
    foundationMarkdown([pglite.foundation, postgres.foundation]),
    '',
    enterprisesMarkdown([pglite.enterprises, postgres.enterprises]),
  ].join('\n');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/bench-${at}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`bench-results/bench-${at}.md`, `${text}\n`);
  process.stdout.write(`${text}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
