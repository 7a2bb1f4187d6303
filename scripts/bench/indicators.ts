/**
 * Benchmark of economic monitoring (经济运行监测): the dashboard's figures through the API beside
 * the same summary-table queries run bare (captured from the repository functions the services
 * call, so the SQL is the API's own), the no-database route, the same sums over raw values, and a
 * whole period's Excel import beside COPY of the same values. Loopback only; every loop is bounded.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { from as copyFrom } from 'pg-copy-streams';
import { formatAmount, formatPeriod, parseAmount, shiftPeriod } from '@gaoxin/domain';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Database, DbOrTx } from '../../server/src/db/client.js';
import { findIndicators } from '../../server/src/features/indicators/catalogue.repository.js';
import { computeRankings } from '../../server/src/features/indicators/figure-enterprises.service.js';
import {
  computeBreakdown,
  computeOverview,
  computeTrend,
} from '../../server/src/features/indicators/figures.service.js';
import { returnColumns, returnsSheetName } from '../../server/src/features/indicators/returns-workbook.js';
import { benchPassword, lastLoadedPeriod, loadIndicatorZone, type LoadedZone } from './indicator-data.js';
import { measure, measureHttp, type Summary } from './measure.js';

type Query = { sql: string; params: unknown[] };

/**
 * The summary-table and value queries a service sends for one page, captured by running it once
 * on a spy over the real database: the bare-SQL baseline is then the API's own SQL, whatever the
 * repository functions look like.
 */
async function queriesOf(database: Database, run: (db: DbOrTx) => Promise<unknown>): Promise<Query[]> {
  const captured: SQL[] = [];
  const spy = new Proxy(database.db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver) as unknown;
      return (query: SQL) => {
        captured.push(query);
        return target.execute(query);
      };
    },
  });
  await run(spy);
  const dialect = new PgDialect();
  return captured
    .map((query) => dialect.sqlToQuery(query))
    .filter((query) => /indicator_(cube|values)/.test(query.sql))
    .map(({ sql, params }) => ({ sql, params }));
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

const importReporters = 10_000;

/** Runs `task` while sampling the process's RSS; answers the peak in MB. */
async function peakRss<T>(task: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const result = await task();
    return { result, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

/** Runs the dashboard and import cases against a migrated database; `reporters` × `months` × 10 values. */
export async function benchIndicators(database: Database, reporters: number, months: number) {
  const progress = (message: string) => process.stdout.write(`  indicators/${database.kind}: ${message}\n`);
  const zone = await loadIndicatorZone(database, reporters, months, progress);
  // The import is one period of 10,000 reporters × 10 indicators on both engines: the dashboard's
  // zone when it is that large, else a zone of its own with 13 months behind it (last month's
  // cumulative to check against, last year's month as the base). Loaded before the server listens,
  // so no idle connection goes stale during the load.
  const importZone =
    zone.reporters >= importReporters
      ? zone
      : await loadIndicatorZone(database, importReporters, 13, progress);
  const config = { ...loadConfig({}), loginRateLimit: 100_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: zone.username, password: benchPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const reads = await measureReads(database, zone, origin, cookie, progress);
    const importLogin =
      importZone === zone
        ? cookie
        : ((
            await fetch(`${origin}/api/auth/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin },
              body: JSON.stringify({ username: importZone.username, password: benchPassword }),
            })
          ).headers
            .get('set-cookie')
            ?.split(';')[0] ?? '');
    const imported = await measureImport(database, importZone, origin, importLogin, progress);
    return { engine: database.kind, ...summaryOf(zone), ...reads, import: imported };
  } finally {
    await app.close();
  }
}

function summaryOf(zone: LoadedZone) {
  return { reporters: zone.reporters, months: zone.months, values: zone.values, loadSeconds: zone.seconds };
}

async function measureReads(
  database: Database,
  zone: LoadedZone,
  origin: string,
  cookie: string,
  progress: (message: string) => void,
) {
  const { zoneId } = zone;
  const { year, month } = lastLoadedPeriod;
  const cases: { label: string; url: string; queries: Query[] }[] = [
    {
      label: 'overview (all indicators, latest period)',
      url: '/api/indicators/overview',
      queries: await queriesOf(database, (db) => computeOverview(db, zoneId, {})),
    },
    {
      label: 'trend output, 36 months',
      url: '/api/indicators/trend?indicator=output&months=36',
      queries: await queriesOf(database, (db) =>
        computeTrend(db, zoneId, { indicator: 'output', months: 36 }),
      ),
    },
    {
      label: 'breakdown output by park',
      url: '/api/indicators/breakdown?indicator=output&by=park',
      queries: await queriesOf(database, (db) =>
        computeBreakdown(db, zoneId, { indicator: 'output', by: 'park' }),
      ),
    },
    {
      label: 'rankings output (top, risers, fallers)',
      url: '/api/indicators/rankings?indicator=output',
      queries: await queriesOf(database, (db) =>
        computeRankings(db, zoneId, { indicator: 'output', limit: 10 }),
      ),
    },
  ];
  const bounds = { concurrency: 4, maxRequests: 4000, maxSeconds: 8 };
  const results: Record<string, { api: Summary; sql: Summary; status: number }> = {};
  for (const item of cases) {
    const probe = await fetch(`${origin}${item.url}`, { headers: { cookie } });
    await probe.arrayBuffer();
    const api = await measureHttp([{ url: `${origin}${item.url}`, headers: { cookie } }], bounds);
    const sql = await measure(async () => {
      for (const query of item.queries) await database.sql.query(query.sql, query.params);
      return true;
    }, bounds);
    results[item.label] = { api, sql, status: probe.status };
    progress(`${item.label}: API p95 ${api.p95} ms, SQL p95 ${sql.p95} ms`);
  }
  const ping = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
  // The same sums as the overview's, over the raw values: what every request would cost without the summary tables.
  const raw = await measure(
    async () => {
      await database.sql.query(
        `select v.indicator_id, v.year, v.month, count(*), sum(v.cumulative),
                sum(v.cumulative) filter (where v.cumulative_base is not null), sum(v.cumulative_base),
                count(*) filter (where v.cumulative_base is null), sum(v.month_value), sum(v.month_base)
         from indicator_values v join indicator_filings f on f.id = v.filing_id
         where v.zone_id = $1 and v.month = $2 and v.year = any($3::int[])
         group by v.indicator_id, v.year, v.month`,
        [zoneId, month, [year, year - 1, year - 2]],
      );
      return true;
    },
    { concurrency: 1, maxRequests: 40, maxSeconds: 8 },
  );
  progress(`overview sums over raw values: p95 ${raw.p95} ms`);
  return { ping, cases: results, rawOverview: raw };
}

/** The next period's returns of every reporter, filled into the template the API hands out. */
async function importWorkbook(database: Database, zone: LoadedZone, template: ArrayBuffer) {
  const catalogue = (await findIndicators(database.db, zone.zoneId)).filter((row) => row.active);
  const next = shiftPeriod(lastLoadedPeriod, 1);
  const { rows } = await database.sql.query<{
    creditCode: string;
    enterpriseId: string;
    indicatorId: string;
    code: string;
    reporting: string;
    aggregation: string;
    cumulative: string;
    monthValue: string;
    lastYear: string | null;
  }>(
    `select e.credit_code as "creditCode", e.id as "enterpriseId", i.id as "indicatorId", i.code,
            i.reporting, i.aggregation, v.cumulative::text, v.month_value::text as "monthValue",
            p.reported_current::text as "lastYear"
     from indicator_values v join enterprises e on e.id = v.enterprise_id join indicators i on i.id = v.indicator_id
     left join indicator_values p on p.enterprise_id = v.enterprise_id and p.indicator_id = v.indicator_id
          and p.year = $2 and p.month = $3
     where v.zone_id = $1 and v.year = $4 and v.month = $5`,
    [zone.zoneId, next.year - 1, next.month, lastLoadedPeriod.year, lastLoadedPeriod.month],
  );
  // This month is last month's 当月 plus 7 %: cumulative figures grow, so no return is refused.
  const figure = (row: (typeof rows)[number]) => {
    const month = (parseAmount(row.monthValue) * 107n) / 100n;
    if (row.aggregation === 'endOfPeriod') return parseAmount(row.cumulative);
    return row.reporting === 'monthly' ? month : parseAmount(row.cumulative) + month;
  };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template);
  const sheet = book.getWorksheet(returnsSheetName);
  if (!sheet) throw new Error('the template has no returns sheet');
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value), column));
  const columnOf = new Map(
    returnColumns(catalogue).map((column) => [column.key, headers.get(column.header)]),
  );
  const rowOf = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    if (number > 1) rowOf.set(String(row.getCell(1).value), row);
  });
  const copies: string[] = [];
  for (const row of rows) {
    const excelRow = rowOf.get(row.creditCode);
    const current = columnOf.get(`${row.code}:current`);
    const previous = columnOf.get(`${row.code}:previous`);
    if (!excelRow || !current || !previous) continue;
    const value = figure(row);
    excelRow.getCell(current).value = Number(formatAmount(value, 2));
    if (row.lastYear !== null) excelRow.getCell(previous).value = Number(row.lastYear);
    copies.push(
      [
        zone.zoneId,
        zone.zoneId,
        row.enterpriseId,
        row.indicatorId,
        next.year,
        next.month,
        formatAmount(value, 4),
        row.lastYear ?? '\\N',
        formatAmount(value, 4),
        'import',
      ].join('\t'),
    );
  }
  return {
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
    copyText: copies.join('\n'),
    values: copies.length,
  };
}

/**
 * COPY of the same values into a scratch table shaped like indicator_values: bare (no key, no
 * index: the database's own fastest load), or `including all` (its primary key and indexes, as the
 * import writes them).
 */
async function copyBaseline(database: Database, text: string, withIndexes: boolean): Promise<number> {
  await database.sql.exec(
    `drop table if exists bench_copy_values; create table bench_copy_values (like indicator_values including ${withIndexes ? 'all' : 'defaults'})`,
  );
  const columns =
    'zone_id, filing_id, enterprise_id, indicator_id, year, month, reported_current, reported_previous, cumulative, source';
  const started = performance.now();
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await pipeline(
        Readable.from([text]),
        client.query(copyFrom(`copy bench_copy_values (${columns}) from stdin`)),
      );
    } finally {
      client.release();
    }
  } else {
    await database.pglite!.query(`copy bench_copy_values (${columns}) from '/dev/blob'`, [], {
      blob: new Blob([text]),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await database.sql.exec('drop table bench_copy_values');
  return seconds;
}

async function measureImport(
  database: Database,
  zone: LoadedZone,
  origin: string,
  cookie: string,
  progress: (message: string) => void,
) {
  const period = formatPeriod(shiftPeriod(lastLoadedPeriod, 1));
  const started = performance.now();
  const templateResponse = await fetch(`${origin}/api/indicators/template.xlsx?period=${period}`, {
    headers: { cookie },
  });
  const template = await templateResponse.arrayBuffer();
  const templateSeconds = (performance.now() - started) / 1000;
  const { buffer, copyText, values } = await importWorkbook(database, zone, template);
  const post = async (dryRun: boolean) => {
    const form = new FormData();
    form.append('file', new Blob([buffer]), 'returns.xlsx');
    const begin = performance.now();
    const { result, peakRssMb } = await peakRss(async () => {
      const response = await fetch(`${origin}/api/indicators/import?period=${period}&dryRun=${dryRun}`, {
        method: 'POST',
        headers: { cookie, origin },
        body: form,
      });
      return {
        status: response.status,
        body: (await response.json()) as { changed?: number; unchanged?: number; problems?: unknown[] },
      };
    });
    return { ...result, seconds: (performance.now() - begin) / 1000, peakRssMb };
  };
  const dryRun = await post(true);
  progress(`import dry run of ${zone.reporters} rows: ${round(dryRun.seconds)} s (HTTP ${dryRun.status})`);
  const commit = await post(false);
  progress(`import of ${zone.reporters} rows: ${round(commit.seconds)} s (HTTP ${commit.status})`);
  const again = await post(false);
  progress(`re-import of ${zone.reporters} rows: ${round(again.seconds)} s (HTTP ${again.status})`);
  const copySeconds = await copyBaseline(database, copyText, false);
  const copyIndexedSeconds = await copyBaseline(database, copyText, true);
  return {
    period,
    rows: zone.reporters,
    values,
    fileBytes: buffer.length,
    templateStatus: templateResponse.status,
    templateSeconds: round(templateSeconds),
    dryRunSeconds: round(dryRun.seconds),
    dryRunValuesPerSecond: Math.round(values / dryRun.seconds),
    dryRunPeakRssMb: dryRun.peakRssMb,
    peakRssMb: commit.peakRssMb,
    againSeconds: round(again.seconds),
    againUnchanged: again.body.unchanged ?? 0,
    againChanged: again.body.changed ?? 0,
    copyIndexedSeconds: round(copyIndexedSeconds, 3),
    copyIndexedValuesPerSecond: Math.round(values / copyIndexedSeconds),
    status: commit.status,
    changed: commit.body.changed ?? 0,
    problems: commit.body.problems?.length ?? 0,
    seconds: round(commit.seconds),
    rowsPerSecond: Math.round(zone.reporters / commit.seconds),
    valuesPerSecond: Math.round(values / commit.seconds),
    copySeconds: round(copySeconds, 3),
    copyValuesPerSecond: Math.round(values / copySeconds),
  };
}

export type IndicatorsResult = Awaited<ReturnType<typeof benchIndicators>>;

export function indicatorsMarkdown(engines: IndicatorsResult[]): string {
  const lines = [
    '## Economic monitoring (经济运行监测)',
    '',
    'Signed in as an officer; 4 concurrent clients, each case at most 4,000 requests or 8 s; times in ms. The bare-SQL',
    'column runs the summary-table queries the service sent for that page (captured by running the service once on a',
    'spy), through the same driver, without HTTP; the API also reads the catalogue, the latest period, targets and',
    'official rates. Rankings read the raw values of one period (top, risers, fallers).',
    '',
  ];
  for (const engine of engines) {
    const load = engine.loadSeconds;
    lines.push(
      `### ${engine.engine} — ${engine.reporters.toLocaleString('en')} reporting enterprises × ${engine.months} months × 10 indicators = ${engine.values.toLocaleString('en')} values`,
      '',
      `Loaded by SQL: enterprises ${load.enterprises} s, filings ${load.filings} s, values ${load.values} s, summary tables (refreshCube per period) ${load.cube} s, analyze ${load.analyze} s.`,
      '',
      `No-database route /api/ping: ${engine.ping.perSecond} req/s, p95 ${engine.ping.p95} ms. The overview's sums over raw values instead of the summary table: p50 ${engine.rawOverview.p50} ms, p95 ${engine.rawOverview.p95} ms.`,
      '',
      '| page | API req/s | API p50 | API p95 | bare SQL q/s | SQL p50 | SQL p95 | API p95 ÷ SQL p95 |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [label, { api, sql }] of Object.entries(engine.cases)) {
      const ratio = sql.p95 > 0 ? round(api.p95 / sql.p95) : 0;
      lines.push(
        `| ${label} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio} |`,
      );
    }
    const i = engine.import;
    lines.push(
      '',
      `Import of period ${i.period}: ${i.rows.toLocaleString('en')} enterprises × 10 indicators (${i.values.toLocaleString('en')} values, ${round(i.fileBytes / 1024 ** 2)} MB xlsx) through the API, one transaction with derivation, summaries and warnings. Peak RSS is the whole bench process (server and client).`,
      '',
      '| case | s | values/s | peak RSS MB | result | ÷ COPY bare | ÷ COPY indexed |',
      '|---|---|---|---|---|---|---|',
      `| dry run | ${i.dryRunSeconds} | ${i.dryRunValuesPerSecond} | ${i.dryRunPeakRssMb} | | ${round(i.dryRunValuesPerSecond / i.copyValuesPerSecond, 3)} | ${round(i.dryRunValuesPerSecond / i.copyIndexedValuesPerSecond, 3)} |`,
      `| real import | ${i.seconds} | ${i.valuesPerSecond} | ${i.peakRssMb} | HTTP ${i.status}, ${i.changed} changed, ${i.problems} problems | ${round(i.valuesPerSecond / i.copyValuesPerSecond, 3)} | ${round(i.valuesPerSecond / i.copyIndexedValuesPerSecond, 3)} |`,
      `| re-import (no change) | ${i.againSeconds} | ${Math.round(i.values / i.againSeconds)} | | ${i.againChanged} changed, ${i.againUnchanged} unchanged | | |`,
      `| COPY into a bare scratch table | ${i.copySeconds} | ${i.copyValuesPerSecond} | | | 1 | |`,
      `| COPY into a table like indicator_values including its key and indexes | ${i.copyIndexedSeconds} | ${i.copyIndexedValuesPerSecond} | | | | 1 |`,
      '',
      `Template download ${i.templateSeconds} s.`,
      '',
    );
  }
  return lines.join('\n');
}
