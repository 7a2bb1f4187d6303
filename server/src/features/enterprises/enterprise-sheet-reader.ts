import ExcelJS from 'exceljs';
import {
  enterpriseColumns,
  enterpriseSheetName,
  instructionsSheetName,
  maximumImportRows,
  type EnterpriseColumnKey,
} from '@gaoxin/domain';
import { cellText, invalidFile } from '../../platform/xlsx-cells.js';
import type { XlsxInventory } from '../../platform/xlsx-safety.js';
import { streamTemplateSheet } from '../../platform/xlsx-stream.js';

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  cells: Partial<Record<EnterpriseColumnKey, string>>;
  /** Problems with the cells themselves (formulas, numbers that lost digits). */
  cellProblems: { column: string; message: { zh: string; en: string } }[];
}

function sheetRowOf(row: ExcelJS.Row): SheetRow | undefined {
  const cells: SheetRow['cells'] = {};
  const cellProblems: SheetRow['cellProblems'] = [];
  enterpriseColumns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    if (cell.type === ExcelJS.ValueType.Formula) {
      cellProblems.push({
        column: column.header,
        message: { zh: '含公式，请复制后“粘贴为数值”', en: 'Contains a formula; paste values instead' },
      });
      return;
    }
    if (column.key === 'creditCode' && typeof cell.value === 'number' && String(cell.value).length > 15) {
      cellProblems.push({
        column: column.header,
        message: {
          zh: '信用代码被存成了数字，已丢失精度：请把该列设为“文本”格式后重新填写',
          en: 'The code was stored as a number and lost digits; format the column as text',
        },
      });
      return;
    }
    cells[column.key] = cellText(cell).trim();
  });
  if (Object.values(cells).every((value) => !value) && cellProblems.length === 0) return undefined;
  return { row: row.number, cells, cellProblems };
}

/**
 * Reads the enterprise sheet of an uploaded workbook row by row (memory does not grow with the
 * file), refusing anything that is not the template's shape before the first data row.
 */
export function streamEnterpriseSheet(
  buffer: Buffer,
  inventory: XlsxInventory,
): { expectedRows: number; rows: AsyncGenerator<SheetRow> } {
  const sheet = streamTemplateSheet(buffer, inventory, {
    sheetName: enterpriseSheetName,
    instructionsSheetName,
    maximumRows: maximumImportRows,
    acceptLoneSheet: true,
  });
  async function* rows(): AsyncGenerator<SheetRow> {
    let headerChecked = false;
    const checkHeader = (header: ExcelJS.Row | undefined) => {
      headerChecked = true;
      const headers = enterpriseColumns.map((_, index) =>
        header ? cellText(header.getCell(index + 1)).trim() : '',
      );
      if (enterpriseColumns.some((column, index) => headers[index] !== column.header)) {
        throw invalidFile(
          `表头与模板不一致（应为：${enterpriseColumns.map((column) => column.header).join('、')}），请使用下载的模板`,
          'The header row differs from the template; use the downloaded template',
        );
      }
    };
    for await (const row of sheet.rows) {
      if (!headerChecked) {
        checkHeader(row.number === 1 ? row : undefined);
        if (row.number === 1) continue;
      }
      if (!row.hasValues) continue;
      const read = sheetRowOf(row);
      if (read) yield read;
    }
    if (!headerChecked) checkHeader(undefined);
  }
  return { expectedRows: sheet.expectedRows, rows: rows() };
}
