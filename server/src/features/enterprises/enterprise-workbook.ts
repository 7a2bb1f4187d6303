import ExcelJS from 'exceljs';
import {
  enterpriseColumns,
  enterpriseScaleLabels,
  enterpriseSheetName,
  instructionsSheetName,
  maximumImportRows,
  neutraliseCell,
  type EnterpriseColumnKey,
  type EnterpriseScale,
} from '@gaoxin/domain';
import { cellText, invalidFile as invalid, openTemplateSheet } from '../../platform/xlsx-cells.js';
import type { EnterpriseRow } from './enterprises.repository.js';

/** exceljs keeps a sheet's validations by cell address; its typings do not declare the collection. */
interface DataValidationCollection {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E96' } };

function addEnterpriseSheet(workbook: ExcelJS.Workbook, parkNames: string[]) {
  const sheet = workbook.addWorksheet(enterpriseSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = enterpriseColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    // Credit codes and dates stay text, so Excel never turns 18 digits into a rounded number.
    style: { numFmt: '@' },
  }));
  const header = sheet.getRow(1);
  header.eachCell((cell, index) => {
    cell.fill = headerFill;
    cell.font = {
      bold: true,
      color: { argb: enterpriseColumns[index - 1]?.required ? 'FFFFD666' : 'FFFFFFFF' },
    };
    cell.alignment = { vertical: 'middle' };
  });
  const lists: Partial<Record<EnterpriseColumnKey, string[]>> = {
    scale: Object.values(enterpriseScaleLabels),
    isAboveScale: ['是', '否'],
    park: parkNames,
  };
  enterpriseColumns.forEach((column, index) => {
    const options = lists[column.key];
    if (!options || options.length === 0) return;
    const letter = sheet.getColumn(index + 1).letter;
    // Validations are added through the sheet's collection: setting them on cells would create
    // 2,000 empty rows, and exported data would start after them.
    const validations = (sheet as unknown as { dataValidations: DataValidationCollection }).dataValidations;
    for (let row = 2; row <= 2000; row += 1) {
      validations.add(`${letter}${row}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${options.join(',')}"`],
      });
    }
  });
  return sheet;
}

function addInstructions(workbook: ExcelJS.Workbook, parkNames: string[]) {
  const sheet = workbook.addWorksheet(instructionsSheetName);
  sheet.columns = [
    { header: '列名', key: 'header', width: 20 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'hint', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of enterpriseColumns) {
    sheet.addRow({ header: column.header, required: column.required ? '必填' : '选填', hint: column.hint });
  }
  sheet.addRow({});
  const notes = [
    `在“${enterpriseSheetName}”工作表中每行填写一家企业，不要修改表头、不要合并单元格、不要使用公式。`,
    '导入按统一社会信用代码匹配：已有的企业更新，新的企业新增；同一文件重复导入不会产生变化。',
    '先“检查”再“导入”：检查会逐行逐列列出所有问题且不写入任何数据；导入要么全部成功，要么一条都不写入。',
    `文件不超过 10 MB，最多 ${maximumImportRows} 行。本工作簿只应包含“${enterpriseSheetName}”和“${instructionsSheetName}”两个工作表。`,
    `本区园区：${parkNames.join('、') || '（暂无）'}`,
  ];
  for (const note of notes) sheet.addRow({ header: note });
}

/** The downloadable template: the enterprise sheet with Chinese headers and an instructions sheet. */
export async function buildTemplate(parkNames: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '高新区智慧管理服务平台';
  addEnterpriseSheet(workbook, parkNames);
  addInstructions(workbook, parkNames);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cells of an export row, as text in the template's format. */
export function exportCells(
  row: EnterpriseRow,
  parkName: string | null,
): Record<EnterpriseColumnKey, string> {
  return {
    name: row.name,
    creditCode: row.creditCode,
    shortName: row.shortName ?? '',
    park: parkName ?? '',
    industryCode: row.industryCode ?? '',
    scale: row.scale ? enterpriseScaleLabels[row.scale as EnterpriseScale] : '',
    isAboveScale: row.isAboveScale ? '是' : '否',
    leadingIndustry: row.leadingIndustry ?? '',
    legalRepresentative: row.legalRepresentative ?? '',
    registeredCapital: row.registeredCapital ? row.registeredCapital.replace(/\.?0+$/, '') : '',
    establishedOn: row.establishedOn ?? '',
    address: row.address ?? '',
    tags: row.tags.join('、'),
    notes: row.notes ?? '',
  };
}

/** The filtered list in the template's layout, so an export can be edited and imported back unchanged. */
export async function buildExport(
  rows: { enterprise: EnterpriseRow; parkName: string | null }[],
  parkNames: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '高新区智慧管理服务平台';
  const sheet = addEnterpriseSheet(workbook, parkNames);
  for (const { enterprise, parkName } of rows) {
    const cells = exportCells(enterprise, parkName);
    sheet.addRow(
      Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, neutraliseCell(value)])),
    );
  }
  addInstructions(workbook, parkNames);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  cells: Partial<Record<EnterpriseColumnKey, string>>;
  /** Problems with the cells themselves (formulas, numbers that lost digits). */
  cellProblems: { column: string; message: { zh: string; en: string } }[];
}

/** Reads the enterprise sheet of an uploaded workbook, refusing anything that is not the template's shape. */
export async function readEnterpriseSheet(buffer: Buffer): Promise<SheetRow[]> {
  const sheet = await openTemplateSheet(buffer, {
    sheetName: enterpriseSheetName,
    instructionsSheetName,
    maximumRows: maximumImportRows,
    acceptLoneSheet: true,
  });
  const headers = enterpriseColumns.map((column, index) =>
    cellText(sheet.getRow(1).getCell(index + 1)).trim(),
  );
  const mismatched = enterpriseColumns.filter((column, index) => headers[index] !== column.header);
  if (mismatched.length > 0) {
    throw invalid(
      `表头与模板不一致（应为：${enterpriseColumns.map((column) => column.header).join('、')}），请使用下载的模板`,
      'The header row differs from the template; use the downloaded template',
    );
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
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
    if (Object.values(cells).every((value) => !value) && cellProblems.length === 0) return;
    rows.push({ row: rowNumber, cells, cellProblems });
  });
  return rows;
}
