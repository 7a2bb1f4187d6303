import ExcelJS from 'exceljs';
import type { IndicatorRow } from '../../db/schema/index.js';
import { cellText, invalidFile } from '../../platform/xlsx-cells.js';
import type { XlsxInventory } from '../../platform/xlsx-safety.js';
import { streamTemplateSheet } from '../../platform/xlsx-stream.js';
import { writeWorkbook } from '../../platform/xlsx-export.js';

export const returnsSheetName = '月度数据';
const instructionsSheetName = '填写说明';
export const maximumReturnRows = 50_000;

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E96' } };

/** The template's columns: code, name, then 本期 and 上年同期 of every active indicator. */
export function returnColumns(catalogue: IndicatorRow[]) {
  return [
    { key: 'creditCode', header: '统一社会信用代码', width: 24 },
    { key: 'name', header: '企业名称（仅供核对）', width: 30 },
    ...catalogue.flatMap((indicator) => [
      { key: `${indicator.code}:current`, header: `${indicator.name}（${indicator.unit}）本期`, width: 18 },
      {
        key: `${indicator.code}:previous`,
        header: `${indicator.name}（${indicator.unit}）上年同期`,
        width: 18,
      },
    ]),
  ];
}

/**
 * A period's template, prefilled with the enterprises expected to report and any figures already
 * on file, so downloading, completing and uploading it again round-trips.
 */
export async function buildReturnsTemplate(
  period: string,
  catalogue: IndicatorRow[],
  rows: {
    creditCode: string;
    name: string;
    values: Map<string, { current: string; previous: string | null }>;
  }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '高新区智慧管理服务平台';
  const columns = returnColumns(catalogue);
  const sheet = workbook.addWorksheet(returnsSheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: index < 2 ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).eachCell((cell) => {
    cell.fill = headerFill;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.getRow(1).height = 36;
  const trim = (value: string) => value.replace(/\.?0+$/, '');
  for (const row of rows) {
    const cells: Record<string, string | number> = {
      creditCode: row.creditCode,
      name: row.name,
    };
    for (const indicator of catalogue) {
      const value = row.values.get(indicator.id);
      if (!value) continue;
      cells[`${indicator.code}:current`] = cellNumber(trim(value.current));
      if (value.previous !== null) cells[`${indicator.code}:previous`] = cellNumber(trim(value.previous));
    }
    sheet.addRow(cells);
  }
  const notes = workbook.addWorksheet(instructionsSheetName);
  notes.columns = [{ header: `${period} 月度数据填写说明`, key: 'text', width: 110 }];
  notes.getRow(1).font = { bold: true };
  for (const text of [
    `本模板用于导入 ${period} 期的企业月度数据，请在“${returnsSheetName}”工作表中每行填写一家企业。`,
    '按统一社会信用代码匹配企业；企业名称列仅供核对，不参与匹配。企业库中没有的信用代码会被逐行列出，不会被忽略。',
    '“本期”填写 1—N月累计数（从业人员填期末人数；按月报送的指标如用电量填当月数），“上年同期”填写报表上的上年同期数。',
    '数值单位见表头，最多 4 位小数；留空表示未报送该指标。除利润总额外不能为负数；累计数不能低于上月累计。',
    '先“检查”再“导入”：检查会逐行逐列列出所有问题且不写入任何数据；导入要么全部成功，要么一条都不写入。',
    '重复导入同一文件不会产生变化；对已有数据的修改会保留在修订记录和审计日志中。不要修改表头、合并单元格或使用公式。',
  ]) {
    notes.addRow({ text });
  }
  return writeWorkbook(workbook);
}

/** A stored amount as a number cell when a double holds it exactly (15 digits), else as text. */
function cellNumber(exact: string): number | string {
  return exact.replace(/[-.]/g, '').length <= 15 ? Number(exact) : exact;
}

export interface ReturnSheetRow {
  row: number;
  creditCode: string;
  /** Cell text by column key (`code:current` / `code:previous`). */
  cells: Map<string, string>;
  cellProblems: { column: string; message: { zh: string; en: string } }[];
}

/**
 * A numeric cell as decimal text. Excel stores doubles, so a value is read at four places only
 * when that is what it holds (0.1 + 0.2 is 0.3); a fifth decimal is kept and then refused, like
 * the same text would be.
 */
function numericText(cell: ExcelJS.Cell): string {
  if (typeof cell.value !== 'number') return cellText(cell).trim().replace(/,/g, '');
  const value = cell.value;
  if (!Number.isFinite(value) || Math.abs(value) >= 1e14) return String(value);
  const fixed = value.toFixed(4);
  if (Math.abs(Number(fixed) - value) > 1e-9 * Math.max(1, Math.abs(value))) return String(value);
  return fixed.replace(/\.?0+$/, '') || '0';
}

/**
 * Reads the returns sheet row by row from the stream (the workbook is never built in memory),
 * refusing any workbook that is not the template's shape.
 */
export async function readReturnsSheet(
  buffer: Buffer,
  inventory: XlsxInventory,
  catalogue: IndicatorRow[],
): Promise<ReturnSheetRow[]> {
  const sheet = streamTemplateSheet(buffer, inventory, {
    sheetName: returnsSheetName,
    instructionsSheetName,
    maximumRows: maximumReturnRows,
  });
  const columns = returnColumns(catalogue);
  const rows: ReturnSheetRow[] = [];
  let headerChecked = false;
  const checkHeader = (headerRow: ExcelJS.Row | undefined) => {
    headerChecked = true;
    const mismatched = columns.filter(
      (column, index) => (headerRow ? cellText(headerRow.getCell(index + 1)).trim() : '') !== column.header,
    );
    if (mismatched.length > 0) {
      throw invalidFile(
        `表头与模板不一致（${mismatched
          .slice(0, 3)
          .map((column) => column.header)
          .join('、')} 等），请重新下载本期模板`,
        'The headers differ from the template; download this period’s template again',
      );
    }
  };
  for await (const excelRow of sheet.rows) {
    if (!headerChecked) {
      checkHeader(excelRow.number === 1 ? excelRow : undefined);
      if (excelRow.number === 1) continue;
    }
    if (!excelRow.hasValues) continue;
    const cells = new Map<string, string>();
    const cellProblems: ReturnSheetRow['cellProblems'] = [];
    columns.forEach((column, index) => {
      const cell = excelRow.getCell(index + 1);
      if (
        cell.formula ||
        (typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value)
      ) {
        cellProblems.push({
          column: column.header,
          message: { zh: '不允许使用公式，请粘贴为数值', en: 'Formulas are not allowed; paste values' },
        });
        return;
      }
      const text = index < 2 ? cellText(cell).trim() : numericText(cell);
      if (text !== '') cells.set(column.key, text);
    });
    if (cells.size === 0) continue;
    rows.push({
      row: excelRow.number,
      creditCode: (cells.get('creditCode') ?? '').toUpperCase(),
      cells,
      cellProblems,
    });
  }
  if (!headerChecked) checkHeader(undefined);
  return rows;
}
