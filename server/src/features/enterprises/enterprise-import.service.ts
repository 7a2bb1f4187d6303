import { createHash } from 'node:crypto';
import {
  parseEnterpriseRow,
  todayInChina,
  type ImportedEnterprise,
  type ListEnterprisesQuery,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { assertSafeXlsx } from '../../platform/xlsx-safety.js';
import { importHasErrors } from '../../platform/xlsx-cells.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findEnterprisesForExport, findParksOfZone, vacuumEnterprises } from './enterprises.repository.js';
import {
  analyzeStaging,
  countOutcomes,
  createStagingTables,
  findOutcomeCodes,
  findRowsNeedingTerms,
  insertStagedEnterprises,
  removeDuplicateRows,
  removeNameConflicts,
  stageRows,
  stageTerms,
  updateChangedEnterprises,
} from './enterprise-import.repository.js';
import { streamEnterpriseSheet } from './enterprise-sheet-reader.js';
import { buildExport, buildTemplate } from './enterprise-workbook.js';
import { searchTermsOf } from './search-terms.js';

export interface ImportProblem {
  row: number;
  column: string;
  message: { zh: string; en: string };
}

/** Where a long import stands, for a progress bar: rows checked, then rows written. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** Rows are checked and staged this many at a time (and progress reported as often). */
const batchRows = 2000;

function stagedRow(row: number, value: ImportedEnterprise): unknown[] {
  return [
    row,
    value.creditCode,
    value.name,
    value.shortName,
    value.parkId,
    value.industryCode,
    value.scale,
    value.isAboveScale,
    value.leadingIndustry,
    value.legalRepresentative,
    value.registeredCapital,
    value.establishedOn,
    value.address,
    value.tags,
    value.notes,
  ];
}

function throwIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new Error('The import was cancelled');
}

/**
 * Imports enterprises from the template. The workbook is read as a stream; each row is checked in
 * TypeScript (credit-code check digit, industry, park, formats) and the good rows go by COPY into a
 * temporary table of one transaction, where duplicates within the file and against the registry
 * are found, and the merge is done, as sets. The dry run reports every problem by row and column
 * and writes nothing; the commit refuses any file with problems, and otherwise writes all rows,
 * updating by credit code only the records that differ, so re-importing the same file changes
 * nothing. A cancelled import (the signal) rolls back whole.
 */
export async function importEnterprises(
  db: Db,
  context: RequestContext,
  file: { buffer: Buffer; filename: string },
  dryRun: boolean,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.write');
  const inventory = await assertSafeXlsx(file.buffer);
  const sheet = streamEnterpriseSheet(file.buffer, inventory);
  const total = sheet.expectedRows;
  onProgress({ phase: 'reading', done: 0, total });
  const parks = await findParksOfZone(db, actor.zoneId);
  const parksByName = new Map(parks.map((park) => [park.name, park.id]));

  const outcome = await db.transaction(async (tx) => {
    await createStagingTables(tx);
    const problems: ImportProblem[] = [];
    let totalRows = 0;
    let batch: unknown[][] = [];
    for await (const sheetRow of sheet.rows) {
      totalRows += 1;
      for (const problem of sheetRow.cellProblems) problems.push({ row: sheetRow.row, ...problem });
      if (sheetRow.cellProblems.length === 0) {
        const result = parseEnterpriseRow(sheetRow.cells, parksByName);
        for (const problem of result.problems) problems.push({ row: sheetRow.row, ...problem });
        if (result.value) batch.push(stagedRow(sheetRow.row, result.value));
      }
      if (totalRows % batchRows === 0) {
        throwIfCancelled(signal);
        await stageRows(tx, batch);
        batch = [];
        onProgress({ phase: 'checking', done: totalRows, total: Math.max(total, totalRows) });
      }
    }
    await stageRows(tx, batch);
    await analyzeStaging(tx, 'enterprise_import');
    throwIfCancelled(signal);
    if (totalRows === 0) {
      problems.push({
        row: 2,
        column: '企业名称',
        message: { zh: '文件中没有数据行', en: 'The file has no data rows' },
      });
    }
    for (const { row, firstRow } of await removeDuplicateRows(tx)) {
      problems.push({
        row,
        column: '统一社会信用代码',
        message: {
          zh: `与第${firstRow}行重复（同一信用代码只能出现一次）`,
          en: `Duplicates row ${firstRow} (a credit code may appear once)`,
        },
      });
    }
    for (const { row, name, heldBy } of await removeNameConflicts(tx, actor.zoneId)) {
      problems.push({
        row,
        column: '企业名称',
        message: {
          zh: `与已有企业冲突：“${name}”已登记，信用代码为 ${heldBy}`,
          en: `Conflicts with an existing record: "${name}" is registered with code ${heldBy}`,
        },
      });
    }
    // Stable: within a row, the problems keep the order of its columns' checks.
    problems.sort((a, b) => a.row - b.row);
    const counts = await countOutcomes(tx, actor.zoneId);
    const report: ImportReport = { dryRun, totalRows, ...counts, problems };
    onProgress({ phase: 'checking', done: totalRows, total: totalRows });
    if (dryRun) return { report };
    if (problems.length > 0) throw importHasErrors(problems);

    const writes = report.created + report.updated;
    onProgress({ phase: 'writing', done: 0, total: writes });
    const codes = await findOutcomeCodes(tx, actor.zoneId, 1000);
    // Search columns (pinyin, initials, bigrams) only for new records and changed names, in batches.
    let derived = 0;
    for (let after = 0; ;) {
      throwIfCancelled(signal);
      const pending = await findRowsNeedingTerms(tx, actor.zoneId, after, 5000);
      if (pending.length === 0) break;
      await stageTerms(
        tx,
        pending.map(({ row, name, shortName }) => ({ row, ...searchTermsOf(name, shortName) })),
      );
      after = pending[pending.length - 1]!.row;
      derived += pending.length;
      onProgress({ phase: 'writing', done: Math.min(derived, writes), total: writes });
    }
    throwIfCancelled(signal);
    await analyzeStaging(tx, 'enterprise_import_terms');
    await insertStagedEnterprises(tx, actor.zoneId);
    await updateChangedEnterprises(tx, actor.zoneId);
    throwIfCancelled(signal);
    await recordAudit(tx, context, {
      action: 'enterprise.import',
      entityType: 'enterprise',
      after: {
        file: file.filename,
        fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
        totalRows: report.totalRows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        createdCodes: codes.created,
        updatedCodes: codes.updated,
      },
    });
    onProgress({ phase: 'writing', done: writes, total: writes });
    return { report };
  });
  const { report } = outcome;
  // A large import changes the table's shape: refresh the planner's statistics, and the visibility
  // map so that the list's totals stay index-only counts.
  if (!dryRun && report.created + report.updated > 1000) await vacuumEnterprises(db);
  return report;
}

export async function enterpriseTemplate(db: Db, context: RequestContext): Promise<Buffer> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  return buildTemplate((await findParksOfZone(db, actor.zoneId)).map((park) => park.name));
}

/** Exports the filtered list (at most 100,000 rows) in the template's layout; the export itself is audited. */
export async function exportEnterprises(
  db: Db,
  context: RequestContext,
  query: ListEnterprisesQuery,
): Promise<Buffer> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const rows = await findEnterprisesForExport(
    db,
    { ...filters, zoneId: actor.zoneId, today: todayInChina() },
    100_000,
  );
  await recordAudit(db, context, {
    action: 'enterprise.export',
    entityType: 'enterprise',
    after: { filters, rows: rows.length },
  });
  return buildExport(
    rows,
    (await findParksOfZone(db, actor.zoneId)).map((park) => park.name),
  );
}
