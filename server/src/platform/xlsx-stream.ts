import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { XlsxInventory } from './xlsx-safety.js';
import { invalidFile } from './xlsx-cells.js';

/** A worksheet as the workbook lists it: its tab name, its part in the zip and exceljs' number for it. */
interface SheetEntry {
  name: string;
  part: string;
  number: number;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag)?.[1];
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The workbook's sheets in tab order, from the parts the safety pass kept. */
function sheetsOf(inventory: XlsxInventory): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const match of (inventory.parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<Relationship\b([^>]*)>/g,
  )) {
    const id = attribute(match[1] ?? '', 'Id');
    const target = attribute(match[1] ?? '', 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const sheets: SheetEntry[] = [];
  for (const match of (inventory.parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b([^>]*)>/g)) {
    const tag = match[1] ?? '';
    const id = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    const number = Number(/sheet(\d+)\.xml$/.exec(part ?? '')?.[1] ?? Number.NaN);
    sheets.push({ name: decodeXml(attribute(tag, 'name') ?? ''), part: part ?? '', number });
  }
  return sheets;
}

/** What a streamed template sheet holds before its rows are read: rows for a progress bar. */
export interface TemplateSheet {
  /** Data rows as the sheet's row elements count them (the header excluded). */
  expectedRows: number;
  rows: AsyncGenerator<ExcelJS.Row>;
}

/**
 * Opens an uploaded workbook's data sheet for reading row by row, refusing what is not a template's
 * shape with the same reasons as reading it whole: a missing data sheet, sheets the template does
 * not have, merged cells, too many rows. The workbook's structure comes from the safety pass, so
 * nothing is refused halfway through the rows (except rows beyond the limit, which it counted).
 * `acceptLoneSheet` takes a workbook's only sheet whatever its name (a renamed tab).
 */
export function streamTemplateSheet(
  buffer: Buffer,
  inventory: XlsxInventory,
  template: {
    sheetName: string;
    instructionsSheetName: string;
    maximumRows: number;
    acceptLoneSheet?: boolean;
  },
): TemplateSheet {
  const { sheetName, instructionsSheetName, maximumRows } = template;
  const sheets = sheetsOf(inventory);
  if (sheets.length === 0) {
    throw invalidFile(
      '文件已损坏或不是有效的 Excel 工作簿',
      'The file is damaged or not a valid Excel workbook',
    );
  }
  const names = sheets.map((sheet) => sheet.name);
  const extra = names.filter((name) => name !== sheetName && name !== instructionsSheetName);
  const sheet =
    sheets.find((candidate) => candidate.name === sheetName) ??
    (template.acceptLoneSheet && sheets.length === 1 ? sheets[0] : undefined);
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
  const scanned = inventory.worksheets.get(sheet.part);
  if (!scanned || !Number.isFinite(sheet.number)) {
    throw invalidFile(
      '文件已损坏或不是有效的 Excel 工作簿',
      'The file is damaged or not a valid Excel workbook',
    );
  }
  if (scanned.merges.length > 0) {
    const first = scanned.merges.slice(0, 3);
    throw invalidFile(
      `工作表含合并单元格（${first.join('、')}），请取消合并`,
      `The sheet has merged cells (${first.join(', ')})`,
    );
  }
  const tooMany = (rows: number) =>
    invalidFile(
      `数据超过 ${maximumRows} 行（共 ${rows} 行），请拆分后分批导入`,
      `More than ${maximumRows} rows (${rows}); split the file`,
    );
  const expectedRows = Math.max(0, scanned.rows - 1);
  if (expectedRows > maximumRows) throw tooMany(expectedRows);

  async function* rows(): AsyncGenerator<ExcelJS.Row> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
      entries: 'ignore',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
    });
    let withValues = 0;
    try {
      for await (const worksheet of reader) {
        const reading = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { id: number | string };
        const isData = Number(reading.id) === sheet!.number;
        for await (const row of reading) {
          if (!isData) continue;
          if (row.hasValues) withValues += 1;
          if (withValues - 1 > maximumRows) throw tooMany(withValues - 1);
          yield row;
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'IMPORT_INVALID_FILE') throw error;
      throw invalidFile(
        '文件已损坏或不是有效的 Excel 工作簿',
        'The file is damaged or not a valid Excel workbook',
      );
    }
  }
  return { expectedRows, rows: rows() };
}
