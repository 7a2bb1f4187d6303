import ExcelJS from 'exceljs';
import { AppError } from './app-error.js';

/** A cell's content as the user sees it (rich text joined, dates as ISO days). */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

/** An upload refused as a whole, with the reason in both languages. */
export function invalidFile(zh: string, en: string): AppError {
  return new AppError('IMPORT_INVALID_FILE', { reason: zh }, [], undefined, { zh, en });
}

/**
 * Opens an uploaded workbook and returns its data sheet, refusing what is not a template's shape:
 * a damaged file, a missing data sheet, sheets the template does not have, merged cells, too many
 * rows. `acceptLoneSheet` takes a workbook's only sheet whatever its name (a renamed tab).
 */
export async function openTemplateSheet(
  buffer: Buffer,
  template: {
    sheetName: string;
    instructionsSheetName: string;
    maximumRows: number;
    acceptLoneSheet?: boolean;
  },
): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalidFile(
      '文件已损坏或不是有效的 Excel 工作簿',
      'The file is damaged or not a valid Excel workbook',
    );
  }
  const { sheetName, instructionsSheetName, maximumRows } = template;
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const extra = names.filter((name) => name !== sheetName && name !== instructionsSheetName);
  const sheet =
    workbook.getWorksheet(sheetName) ??
    (template.acceptLoneSheet && names.length === 1 ? workbook.worksheets[0] : undefined);
  if (!sheet) {
    throw invalidFile(
      `找不到“${sheetName}”工作表，请使用下载的模板`,
      `No sheet named "${sheetName}"; use the template`,
    );
  }
  if (extra.length > 0 && sheet.name === sheetName) {
    throw invalidFile(
      `文件包含模板以外的工作表：${extra.join('、')}。请删除后再上传`,
      `The workbook has sheets the template does not: ${extra.join(', ')}`,
    );
  }
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    throw invalidFile(
      `工作表含合并单元格（${merges.slice(0, 3).join('、')}），请取消合并`,
      `The sheet has merged cells (${merges.slice(0, 3).join(', ')})`,
    );
  }
  if (sheet.actualRowCount - 1 > maximumRows) {
    throw invalidFile(
      `数据超过 ${maximumRows} 行（共 ${sheet.actualRowCount - 1} 行），请拆分后分批导入`,
      `More than ${maximumRows} rows (${sheet.actualRowCount - 1}); split the file`,
    );
  }
  return sheet;
}

/** The refusal of a commit whose file still has problems (the first 200, by row and column). */
export function importHasErrors(
  problems: { row: number; column: string; message: { zh: string; en: string } }[],
) {
  return new AppError(
    'IMPORT_HAS_ERRORS',
    { count: problems.length },
    problems.slice(0, 200).map((problem) => ({
      field: `${problem.row}:${problem.column}`,
      key: 'invalid',
      text: problem.message,
    })),
  );
}
