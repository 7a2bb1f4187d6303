import ExcelJS from 'exceljs';
import {
  enterpriseColumns,
  enterpriseScaleLabels,
  enterpriseSheetName,
  instructionsSheetName,
  maximumImportRows,
  type EnterpriseColumnKey,
  type EnterpriseScale,
} from '@gaoxin/domain';
import { writeWorkbook } from '../../platform/xlsx-export.js';
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
    // The list is written into the validation itself: Excel takes at most 255 characters there (a
    // longer one opens as a damaged file) and cannot quote a comma or a double quote in it (a park
    // named so would break the formula). Such a list is left out; the import checks the values anyway.
    if (options.join(',').length > 255 || options.some((option) => /[",]/.test(option))) return;
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
  return writeWorkbook(workbook);
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
    sheet.addRow(exportCells(enterprise, parkName));
  }
  addInstructions(workbook, parkNames);
  return writeWorkbook(workbook);
}
