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
