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
import {
  findEnterprisesByCodesOrNames,
  findEnterprisesForExport,
  findParksOfZone,
  insertEnterprises,
  updateEnterpriseById,
  vacuumEnterprises,
  type EnterpriseRow,
} from './enterprises.repository.js';
import { buildExport, buildTemplate, readEnterpriseSheet } from './enterprise-workbook.js';
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

const comparedFields = [
  'name',
  'shortName',
  'parkId',
  'industryCode',
  'scale',
  'isAboveScale',
  'leadingIndustry',
  'legalRepresentative',
  'registeredCapital',
  'establishedOn',
  'address',
  'tags',
  'notes',
] as const;

/** The fields of a row that differ from the stored record (empty when re-importing the same file). */
function differences(existing: EnterpriseRow, incoming: ImportedEnterprise): Partial<ImportedEnterprise> {
  const changed: Partial<ImportedEnterprise> = {};
  for (const field of comparedFields) {
    const before = existing[field];
    const after = incoming[field];
    if (JSON.stringify(before ?? null) !== JSON.stringify(after ?? null)) {
      (changed as Record<string, unknown>)[field] = after;
    }
  }
  return changed;
}

/**
 * Imports enterprises from the template. The dry run reports every problem by row and column and
 * writes nothing; the commit refuses any file with problems, and otherwise writes all rows in one
 * transaction, updating by credit code. Re-importing the same file changes nothing.
 */
export async function importEnterprises(
  db: Db,
  context: RequestContext,
  file: { buffer: Buffer; filename: string },
  dryRun: boolean,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportReport> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.write');
  await assertSafeXlsx(file.buffer);
  onProgress({ phase: 'reading', done: 0, total: 0 });
  const sheetRows = await readEnterpriseSheet(file.buffer);
  const parks = await findParksOfZone(db, actor.zoneId);
  const parksByName = new Map(parks.map((park) => [park.name, park.id]));

  const problems: ImportProblem[] = [];
  const parsed: { row: number; value: ImportedEnterprise }[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const [index, sheetRow] of sheetRows.entries()) {
    if (index % 2000 === 0) onProgress({ phase: 'checking', done: index, total: sheetRows.length });
    for (const problem of sheetRow.cellProblems) problems.push({ row: sheetRow.row, ...problem });
    if (sheetRow.cellProblems.length > 0) continue;
    const result = parseEnterpriseRow(sheetRow.cells, parksByName);
    for (const problem of result.problems) problems.push({ row: sheetRow.row, ...problem });
    if (!result.value) continue;
    const earlier = firstRowOfCode.get(result.value.creditCode);
    if (earlier !== undefined) {
      problems.push({
        row: sheetRow.row,
        column: '统一社会信用代码',
        message: {
          zh: `与第${earlier}行重复（同一信用代码只能出现一次）`,
          en: `Duplicates row ${earlier} (a credit code may appear once)`,
        },
      });
      continue;
    }
    firstRowOfCode.set(result.value.creditCode, sheetRow.row);
    parsed.push({ row: sheetRow.row, value: result.value });
  }
  if (sheetRows.length === 0) {
    problems.push({
      row: 2,
      column: '企业名称',
      message: { zh: '文件中没有数据行', en: 'The file has no data rows' },
    });
  }

  const existing = await findEnterprisesByCodesOrNames(
    db,
    actor.zoneId,
    parsed.map((item) => item.value.creditCode),
    parsed.map((item) => item.value.name),
  );
  const byCode = new Map(existing.map((row) => [row.creditCode, row]));
  const byName = new Map(existing.map((row) => [row.name, row]));
  const toCreate: ImportedEnterprise[] = [];
  const toUpdate: { row: EnterpriseRow; changes: Partial<ImportedEnterprise> }[] = [];
  let unchanged = 0;
  for (const { row, value } of parsed) {
    const sameName = byName.get(value.name);
    if (sameName && sameName.creditCode !== value.creditCode) {
      problems.push({
        row,
        column: '企业名称',
        message: {
          zh: `与已有企业冲突：“${value.name}”已登记，信用代码为 ${sameName.creditCode}`,
          en: `Conflicts with an existing record: "${value.name}" is registered with code ${sameName.creditCode}`,
        },
      });
      continue;
    }
    const current = byCode.get(value.creditCode);
    if (!current) toCreate.push(value);
    else {
      const changes = differences(current, value);
      if (Object.keys(changes).length === 0) unchanged += 1;
      else toUpdate.push({ row: current, changes });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const report: ImportReport = {
    dryRun,
    totalRows: sheetRows.length,
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged,
    problems,
  };
  if (dryRun) return report;
  if (problems.length > 0) {
    throw importHasErrors(problems);
  }
  const writes = toCreate.length + toUpdate.length;
  onProgress({ phase: 'writing', done: 0, total: writes });
  await db.transaction(async (tx) => {
    await insertEnterprises(
      tx,
      toCreate.map((value) => ({
        ...value,
        zoneId: actor.zoneId,
        ...searchTermsOf(value.name, value.shortName),
      })),
    );
    for (const [index, { row, changes }] of toUpdate.entries()) {
      if (index % 500 === 0) onProgress({ phase: 'writing', done: toCreate.length + index, total: writes });
      const names =
        changes.name !== undefined || changes.shortName !== undefined
          ? searchTermsOf(
              changes.name ?? row.name,
              changes.shortName !== undefined ? changes.shortName : row.shortName,
            )
          : {};
      await updateEnterpriseById(tx, row.id, { ...changes, ...names });
    }
    await recordAudit(tx, context, {
      action: 'enterprise.import',
      entityType: 'enterprise',
      after: {
        file: file.filename,
        totalRows: report.totalRows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        createdCodes: toCreate.slice(0, 1000).map((value) => value.creditCode),
        updatedCodes: toUpdate.slice(0, 1000).map((item) => item.row.creditCode),
      },
    });
  });
  // A large import changes the table's shape: refresh the planner's statistics, and the visibility
  // map so that the list's totals stay index-only counts.
  if (report.created + report.updated > 1000) await vacuumEnterprises(db);
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
