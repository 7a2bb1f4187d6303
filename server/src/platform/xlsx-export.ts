import ExcelJS from 'exceljs';
import { neutraliseCell } from '@gaoxin/domain';

/**
 * Formula injection (CSV/Excel injection): a text cell that begins with =, +, -, @, tab or CR is
 * written by exceljs as a plain string cell, which Excel and WPS open as text — but editing the cell
 * (F2, Enter), pasting it, or saving the sheet as CSV for another tool turns it back into a formula
 * (=HYPERLINK to an attacker's page, DDE). Following OWASP, such a cell gets a leading apostrophe in
 * its value: Excel shows it, keeps the cell text when it is edited (a typed ' means "text"), and it
 * survives a conversion to CSV. Imports strip it again (`restoreCell`), so export → import round-trips.
 *
 * The pass runs over every cell of every sheet right before the file is written, so no column of any
 * export can be forgotten: names, park names, team names, titles, headers and notes alike. Numbers,
 * dates and booleans are left as they are (a −3 stays the number −3); formulas the code itself writes
 * are left too, since they are not user text.
 */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const neutral = neutraliseValue(cell.value);
        if (neutral !== cell.value) cell.value = neutral;
      });
    });
  });
}

/**
 * One cell value made safe: text (plain, rich or a hyperlink's text) is neutralised, anything else is
 * answered unchanged. For rows written one at a time (a streaming writer), where no pass is possible.
 */
export function neutraliseValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return neutraliseCell(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) {
    const [first, ...rest] = value.richText;
    if (!first) return value;
    const text = neutraliseCell(first.text);
    return text === first.text ? value : { ...value, richText: [{ ...first, text }, ...rest] };
  }
  if ('hyperlink' in value && typeof value.text === 'string') {
    const text = neutraliseCell(value.text);
    return text === value.text ? value : { ...value, text };
  }
  return value;
}

/** Writes a workbook for download, after neutralising every text cell. Every export goes through here. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  neutraliseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
