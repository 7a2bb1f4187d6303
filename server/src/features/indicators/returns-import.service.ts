import { sql } from 'drizzle-orm';
import { parseAmount, parsePeriod, todayInChina, type ReturnsImportReport } from '@gaoxin/domain';
import { AppError } from '../../platform/app-error.js';
import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { assertSafeXlsx } from '../../platform/xlsx-safety.js';
import { importHasErrors } from '../../platform/xlsx-cells.js';
import { recordAudit } from '../audit/audit.service.js';
import { findIndicators } from './catalogue.repository.js';
import { describeValueProblem } from './filings.service.js';
import { findEnterprisesByCreditCodes, findValues, lockPeriod } from './returns.repository.js';
import { buildReturnsTemplate, readReturnsSheet, returnColumns } from './returns-workbook.js';
import { applyPlan } from './returns-apply.js';
import { planReturns, type IncomingReturn } from './returns-writer.js';

type Problem = { row: number; column: string; message: { zh: string; en: string } };
export type LocalizableReport = Omit<ReturnsImportReport, 'problems'> & { problems: Problem[] };

/** The period's template, prefilled with the expected reporters and the figures already on file. */
export async function returnsTemplate(db: Db, context: RequestContext, period: string): Promise<Buffer> {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const { year, month } = parsePeriod(period);
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const reporters = await db.execute<{ id: string; creditCode: string; name: string }>(sql`
    select e.id, e.credit_code as "creditCode", e.name from enterprises e
    where e.zone_id = ${actor.zoneId}
      and (e.is_above_scale or e.is_key or exists (select 1 from indicator_filings f
           where f.enterprise_id = e.id and (f.year * 12 + f.month) between ${year * 12 + month - 12} and ${year * 12 + month}))
    order by e.credit_code`);
  const values = await findValues(
    db,
    actor.zoneId,
    reporters.rows.map((row) => row.id),
    year,
    month,
    month,
  );
  return buildReturnsTemplate(
    period,
    catalogue,
    reporters.rows.map((row) => ({
      creditCode: row.creditCode,
      name: row.name,
      values: new Map(
        values
          .filter((value) => value.enterpriseId === row.id)
          .map((value) => [
            value.indicatorId,
            { current: value.reportedCurrent, previous: value.reportedPrevious },
          ]),
      ),
    })),
  );
}

/**
 * Imports a period's returns. The dry run lists every problem by row and column and writes nothing;
 * the commit refuses a file with problems, else writes everything in one transaction (values,
 * revisions, summaries, warnings, one audit entry). Re-importing the same file changes nothing.
 */
export async function importReturns(
  db: Db,
  context: RequestContext,
  file: { buffer: Buffer; filename: string },
  period: string,
  dryRun: boolean,
): Promise<LocalizableReport> {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const inventory = await assertSafeXlsx(file.buffer);
  const parsedPeriod = parsePeriod(period);
  if (period > todayInChina().slice(0, 7)) {
    throw new AppError('VALIDATION_FAILED', {}, [
      {
        field: 'period',
        key: 'invalid',
        text: { zh: '不能导入未来月份的数据', en: 'Cannot import a future month' },
      },
    ]);
  }
  const catalogue = (await findIndicators(db, actor.zoneId)).filter((row) => row.active);
  const sheetRows = await readReturnsSheet(file.buffer, inventory, catalogue);
  const headerOf = new Map(returnColumns(catalogue).map((column) => [column.key, column.header]));
  const problems: Problem[] = [];
  const enterprises = await findEnterprisesByCreditCodes(
    db,
    actor.zoneId,
    sheetRows.map((row) => row.creditCode).filter(Boolean),
  );
  const byCode = new Map(enterprises.map((row) => [row.creditCode, row]));
  const firstRow = new Map<string, number>();
  const returns: IncomingReturn[] = [];
  const rowOf = new Map<string, number>();
  for (const sheetRow of sheetRows) {
    for (const problem of sheetRow.cellProblems) problems.push({ row: sheetRow.row, ...problem });
    const codeColumn = '统一社会信用代码';
    if (!sheetRow.creditCode) {
      problems.push({ row: sheetRow.row, column: codeColumn, message: { zh: '必填', en: 'Required' } });
      continue;
    }
    const enterprise = byCode.get(sheetRow.creditCode);
    if (!enterprise) {
      problems.push({
        row: sheetRow.row,
        column: codeColumn,
        message: {
          zh: `企业库中没有信用代码为 ${sheetRow.creditCode} 的企业，请先在企业库登记或核对代码`,
          en: `No enterprise with credit code ${sheetRow.creditCode} in the registry`,
        },
      });
      continue;
    }
    const earlier = firstRow.get(sheetRow.creditCode);
    if (earlier !== undefined) {
      problems.push({
        row: sheetRow.row,
        column: codeColumn,
        message: {
          zh: `与第${earlier}行重复（同一企业只能出现一次）`,
          en: `Duplicates row ${earlier} (an enterprise may appear once)`,
        },
      });
      continue;
    }
    firstRow.set(sheetRow.creditCode, sheetRow.row);
    const values: IncomingReturn['values'] = [];
    for (const indicator of catalogue) {
      const currentKey = `${indicator.code}:current`;
      const previousKey = `${indicator.code}:previous`;
      const read = (key: string) => {
        const text = sheetRow.cells.get(key);
        if (text === undefined) return { value: null, ok: true };
        try {
          // The same shape as the API's amounts: at most 14 integer digits and 4 decimals.
          if (!/^-?\d{1,14}(\.\d{1,4})?$/.test(text)) throw new Error('shape');
          return { value: parseAmount(text), ok: true };
        } catch {
          problems.push({
            row: sheetRow.row,
            column: headerOf.get(key) ?? key,
            message: {
              zh: `“${text.slice(0, 20)}”不是有效数值（最多4位小数）`,
              en: `"${text.slice(0, 20)}" is not a number (at most 4 decimals)`,
            },
          });
          return { value: null, ok: false };
        }
      };
      const current = read(currentKey);
      const previous = read(previousKey);
      if (current.value === null) {
        if (previous.value !== null && current.ok) {
          problems.push({
            row: sheetRow.row,
            column: headerOf.get(currentKey) ?? currentKey,
            message: { zh: '填写了上年同期但缺少本期数', en: 'The prior-year value has no current value' },
          });
        }
        continue;
      }
      if (!previous.ok) continue;
      values.push({ indicatorId: indicator.id, current: current.value, previous: previous.value });
      rowOf.set(enterprise.id, sheetRow.row);
    }
    if (values.length > 0) returns.push({ enterpriseId: enterprise.id, values });
  }
  if (sheetRows.length === 0) {
    problems.push({
      row: 2,
      column: '统一社会信用代码',
      message: { zh: '文件中没有数据行', en: 'The file has no data rows' },
    });
  }

  const run = async (tx: Db | Parameters<Parameters<Db['transaction']>[0]>[0]) => {
    const plan = await planReturns(tx, {
      zoneId: actor.zoneId,
      period: parsedPeriod,
      source: 'import',
      returns,
      catalogue,
    });
    for (const { enterpriseId, indicatorId, problem } of plan.problems) {
      const indicator = catalogue.find((row) => row.id === indicatorId);
      const key = `${indicator?.code}:${problem.kind === 'previousNegative' ? 'previous' : 'current'}`;
      problems.push({
        row: rowOf.get(enterpriseId) ?? 0,
        column: headerOf.get(key) ?? key,
        message: describeValueProblem(problem),
      });
    }
    problems.sort((a, b) => a.row - b.row);
    const report: LocalizableReport = {
      dryRun,
      period,
      totalRows: sheetRows.length,
      enterprises: returns.length,
      values: returns.reduce((total, item) => total + item.values.length, 0),
      changed: plan.valuesChanged,
      unchanged: plan.valuesUnchanged,
      problems,
    };
    return { plan, report };
  };

  if (dryRun) return (await run(db)).report;
  return db.transaction(async (tx) => {
    await lockPeriod(tx, actor.zoneId, parsedPeriod);
    const { plan, report } = await run(tx);
    if (problems.length > 0) {
      throw importHasErrors(problems);
    }
    await applyPlan(tx, plan, actor.userId, catalogue);
    if (plan.valuesChanged > 0) {
      await recordAudit(tx, context, {
        action: 'indicators.import',
        entityType: 'zone',
        entityId: actor.zoneId,
        after: {
          period,
          filename: file.filename,
          enterprises: plan.changedEnterprises.length,
          changed: plan.valuesChanged,
          unchanged: plan.valuesUnchanged,
          revised: plan.revisions.length,
        },
      });
    }
    return report;
  });
}
