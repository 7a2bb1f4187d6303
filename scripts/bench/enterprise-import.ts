/**
 * The enterprise import through the API (dry run, real, re-import) with the process's peak RSS,
 * beside COPY of the same rows in the same run: into a bare scratch table shaped like enterprises
 * (no index, no trigger: the database's own fastest load), and into the registry itself (its
 * indexes and the bigram trigger, search columns derived beforehand: the least any import into it
 * costs).
 */
import ExcelJS from 'exceljs';
import { enterpriseColumns, enterpriseSheetName } from '@gaoxin/domain';
import type { Database } from '../../server/src/db/client.js';
import { exportCells } from '../../server/src/features/enterprises/enterprise-workbook.js';
import { searchTermsOf } from '../../server/src/features/enterprises/search-terms.js';
import { generateEnterprises, seededRandom } from '../../server/src/seed/demo-zone.js';
import { copyRows } from './bulk-load.js';

const password = 'Bench-Passw0rd!';
const origin = (port: number) => `http://127.0.0.1:${port}`;

type Rows = ReturnType<typeof generateEnterprises>;

async function importWorkbook(zoneParks: { id: string; name: string }[], count: number) {
  const rows = generateEnterprises(seededRandom(99), {
    zoneId: 'x',
    parks: zoneParks,
    count,
    withPlaceNames: true,
  });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(enterpriseSheetName);
  sheet.addRow(enterpriseColumns.map((column) => column.header));
  const parkNames = new Map(zoneParks.map((park) => [park.id, park.name]));
  for (const row of rows) {
    const cells = exportCells(
      { ...row, tags: [], notes: null } as never,
      parkNames.get(row.parkId ?? '') ?? null,
    );
    sheet.addRow(enterpriseColumns.map((column) => cells[column.key]));
  }
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), rows };
}

const copiedColumns = [
  'zone_id',
  'name',
  'short_name',
  'credit_code',
  'park_id',
  'industry_code',
  'is_above_scale',
  'legal_representative',
  'address',
  'established_on',
  'name_pinyin',
  'name_initials',
  'name_bigrams',
];

function copiedValues(rows: Rows, zoneId: string) {
  return rows.map((row) => {
    const terms = searchTermsOf(row.name, row.shortName);
    return [
      zoneId,
      row.name,
      row.shortName,
      row.creditCode,
      row.parkId,
      row.industryCode,
      row.isAboveScale,
      row.legalRepresentative,
      row.address,
      row.establishedOn,
      terms.namePinyin,
      terms.nameInitials,
      terms.nameBigrams,
    ];
  });
}

/** Seconds of one COPY of `values` into `table` (one statement). */
async function timedCopy(database: Database, table: string, values: unknown[][]) {
  const started = performance.now();
  await copyRows(database, table, copiedColumns, values, values.length);
  return (performance.now() - started) / 1000;
}

/** Runs `task` while sampling the process's RSS; answers its seconds and the peak RSS in MB. */
async function withPeakRss<T>(task: () => Promise<T>) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  try {
    const result = await task();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

export interface ImportRun {
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  status: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportCase {
  rows: number;
  fileMb: number;
  dryRun: ImportRun;
  real: ImportRun;
  again: ImportRun;
  copyScratch: { seconds: number; rowsPerSecond: number };
  copyRegistry: { seconds: number; rowsPerSecond: number };
}

/** One import size in a zone of its own (so its rows meet no existing records), and its baselines. */
export async function benchImport(
  database: Database,
  port: number,
  rowCount: number,
  newZone: () => Promise<{
    zone: { id: string };
    parkRows: { id: string; name: string }[];
    username: string;
  }>,
): Promise<ImportCase> {
  const target = await newZone();
  const login = await fetch(`${origin(port)}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: origin(port) },
    body: JSON.stringify({ username: target.username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { buffer, rows } = await importWorkbook(target.parkRows, rowCount);
  const send = async (dryRun: boolean): Promise<ImportRun> => {
    const form = new FormData();
    form.append('file', new Blob([buffer]), 'bench.xlsx');
    const { result, seconds, peakMb } = await withPeakRss(async () => {
      const response = await fetch(`${origin(port)}/api/enterprises/import?dryRun=${dryRun}`, {
        method: 'POST',
        headers: { cookie, origin: origin(port) },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Partial<ImportRun> };
    });
    return {
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rowCount / seconds),
      peakRssMb: peakMb,
      status: result.status,
      created: result.body.created ?? 0,
      updated: result.body.updated ?? 0,
      unchanged: result.body.unchanged ?? 0,
    };
  };
  const dryRun = await send(true);
  const real = await send(false);
  const again = await send(false);

  await database.sql.exec(
    'drop table if exists bench_copy; create table bench_copy (like enterprises including defaults)',
  );
  const scratchSeconds = await timedCopy(database, 'bench_copy', copiedValues(rows, target.zone.id));
  await database.sql.exec('drop table bench_copy');
  const registryZone = await newZone();
  const registrySeconds = await timedCopy(database, 'enterprises', copiedValues(rows, registryZone.zone.id));
  const rate = (seconds: number) => ({
    seconds: Math.round(seconds * 1000) / 1000,
    rowsPerSecond: Math.round(rowCount / seconds),
  });
  return {
    rows: rowCount,
    fileMb: Math.round((buffer.length / 2 ** 20) * 100) / 100,
    dryRun,
    real,
    again,
    copyScratch: rate(scratchSeconds),
    copyRegistry: rate(registrySeconds),
  };
}

export function importMarkdown(cases: ImportCase[]): string[] {
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : 0);
  const lines = [
    'Excel import through the API (one transaction; streaming read, COPY into a staging table, set-based',
    'checks and merge), beside COPY of the same rows in the same run: into a bare scratch table (no index, no',
    'trigger) and into `enterprises` itself (its 16 indexes and the bigram trigger; search columns derived',
    'beforehand). Peak RSS is the whole bench process (server and client).',
    '',
    '| rows | file MB | case | s | rows/s | peak RSS MB | result | ÷ COPY scratch | ÷ COPY registry |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const item of cases) {
    const runs: [string, ImportRun][] = [
      ['dry run', item.dryRun],
      ['real import', item.real],
      ['re-import (no change)', item.again],
    ];
    for (const [label, run] of runs) {
      lines.push(
        `| ${item.rows.toLocaleString('en')} | ${item.fileMb} | ${label} | ${run.seconds} | ${run.rowsPerSecond} | ${run.peakRssMb} | HTTP ${run.status}: ${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged | ${ratio(run.rowsPerSecond, item.copyScratch.rowsPerSecond)} | ${ratio(run.rowsPerSecond, item.copyRegistry.rowsPerSecond)} |`,
      );
    }
    lines.push(
      `| ${item.rows.toLocaleString('en')} | | COPY into a scratch table | ${item.copyScratch.seconds} | ${item.copyScratch.rowsPerSecond} | | | 1 | |`,
      `| ${item.rows.toLocaleString('en')} | | COPY into enterprises | ${item.copyRegistry.seconds} | ${item.copyRegistry.rowsPerSecond} | | | | 1 |`,
    );
  }
  return lines;
}
