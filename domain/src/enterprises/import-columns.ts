import { validateCreditCode, describeCreditCodeProblem } from './credit-code-validation.js';
import { findIndustry } from './industry.js';
import { enterpriseScaleLabels, enterpriseScales, type EnterpriseScale } from './scale.js';

/** The columns of the enterprise template, in order: what export writes and import reads. */
export const enterpriseColumns = [
  { key: 'name', header: '企业名称', required: true, width: 34, hint: '营业执照上的全称' },
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    required: true,
    width: 22,
    hint: '18位，按此代码更新已有企业',
  },
  { key: 'shortName', header: '简称', required: false, width: 14, hint: '' },
  { key: 'park', header: '所属园区', required: false, width: 16, hint: '填写园区名称，须与系统中的园区一致' },
  {
    key: 'industryCode',
    header: '行业代码',
    required: false,
    width: 10,
    hint: 'GB/T 4754-2017 大类（2位）或小类（4位），如 39、3971',
  },
  { key: 'scale', header: '企业规模', required: false, width: 10, hint: '大型 / 中型 / 小型 / 微型' },
  { key: 'isAboveScale', header: '规上企业', required: false, width: 10, hint: '是 / 否' },
  { key: 'leadingIndustry', header: '主导产业', required: false, width: 14, hint: '' },
  { key: 'legalRepresentative', header: '法定代表人', required: false, width: 12, hint: '' },
  {
    key: 'registeredCapital',
    header: '注册资本（万元）',
    required: false,
    width: 16,
    hint: '数字，最多4位小数',
  },
  { key: 'establishedOn', header: '成立日期', required: false, width: 12, hint: 'YYYY-MM-DD，如 2019-04-01' },
  { key: 'address', header: '地址', required: false, width: 34, hint: '' },
  { key: 'tags', header: '标签', required: false, width: 18, hint: '多个标签用顿号“、”分隔' },
  { key: 'notes', header: '备注', required: false, width: 30, hint: '' },
] as const;

export type EnterpriseColumnKey = (typeof enterpriseColumns)[number]['key'];
export const enterpriseSheetName = '企业名录';
export const instructionsSheetName = '填写说明';
export const maximumImportRows = 100_000;
export const maximumImportBytes = 10 * 1024 * 1024;

/** An enterprise as read from one row, ready to compare with and write to the record. */
export interface ImportedEnterprise {
  name: string;
  creditCode: string;
  shortName: string | null;
  parkId: string | null;
  industryCode: string | null;
  scale: EnterpriseScale | null;
  isAboveScale: boolean;
  leadingIndustry: string | null;
  legalRepresentative: string | null;
  registeredCapital: string | null;
  establishedOn: string | null;
  address: string | null;
  tags: string[];
  notes: string | null;
}

export interface RowProblem {
  column: string;
  message: { zh: string; en: string };
}

const limits: Partial<Record<EnterpriseColumnKey, number>> = {
  name: 100,
  shortName: 30,
  leadingIndustry: 30,
  legalRepresentative: 30,
  address: 200,
  notes: 2000,
};

/**
 * Characters that make a spreadsheet (or a CSV reader) treat a cell as a formula, as OWASP lists
 * them: = + - @, tab and carriage return. Exports prefix them with an apostrophe.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Neutralises a text cell against formula injection (=, +, -, @, tab or CR at the start). */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseCell, so export → import round-trips unchanged. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

function normalizeDecimal(text: string): string | null {
  if (!/^\d{1,14}(\.\d{1,4})?$/.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(4, '0')}`;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Reads one row of the template (cells already turned into trimmed text). Returns the enterprise
 * or the problems, each naming its column, in both languages.
 */
export function parseEnterpriseRow(
  cells: Partial<Record<EnterpriseColumnKey, string>>,
  parksByName: Map<string, string>,
): { value?: ImportedEnterprise; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const header = (key: EnterpriseColumnKey) =>
    enterpriseColumns.find((column) => column.key === key)?.header ?? key;
  const problem = (key: EnterpriseColumnKey, zh: string, en: string) =>
    problems.push({ column: header(key), message: { zh, en } });
  const text = (key: EnterpriseColumnKey) => {
    const value = restoreCell(cells[key]?.trim() ?? '');
    const limit = limits[key];
    if (limit && [...value].length > limit)
      problem(key, `不能超过 ${limit} 个字符`, `At most ${limit} characters`);
    return value === '' ? null : value;
  };

  for (const column of enterpriseColumns) {
    if (column.required && !cells[column.key]?.trim()) problem(column.key, '必填', 'Required');
  }
  const name = text('name');
  const creditInput = cells.creditCode?.trim() ?? '';
  let creditCode = creditInput.toUpperCase();
  if (creditInput) {
    const validation = validateCreditCode(creditInput);
    creditCode = validation.normalized;
    for (const error of validation.errors) {
      problem('creditCode', describeCreditCodeProblem(error, 'zh'), describeCreditCodeProblem(error, 'en'));
    }
  }
  let parkId: string | null = null;
  const parkName = text('park');
  if (parkName) {
    parkId = parksByName.get(parkName) ?? null;
    if (!parkId) problem('park', `园区“${parkName}”不存在`, `No park named "${parkName}"`);
  }
  let industryCode: string | null = null;
  const industryInput = text('industryCode');
  if (industryInput) {
    industryCode = findIndustry(industryInput)?.code ?? null;
    if (!industryCode)
      problem('industryCode', `未知的行业代码“${industryInput}”`, `Unknown industry code "${industryInput}"`);
  }
  let scale: EnterpriseScale | null = null;
  const scaleInput = text('scale');
  if (scaleInput) {
    scale = enterpriseScales.find((candidate) => enterpriseScaleLabels[candidate] === scaleInput) ?? null;
    if (!scale) problem('scale', '应为 大型、中型、小型 或 微型', 'Must be 大型, 中型, 小型 or 微型');
  }
  const aboveInput = text('isAboveScale');
  if (aboveInput && aboveInput !== '是' && aboveInput !== '否')
    problem('isAboveScale', '应为 是 或 否', 'Must be 是 or 否');
  let registeredCapital: string | null = null;
  const capitalInput = text('registeredCapital');
  if (capitalInput) {
    registeredCapital = normalizeDecimal(capitalInput.replace(/,/g, ''));
    if (!registeredCapital) {
      problem(
        'registeredCapital',
        `“${capitalInput}”不是有效金额（万元，最多4位小数）`,
        `"${capitalInput}" is not an amount`,
      );
    }
  }
  const establishedOn = text('establishedOn');
  if (establishedOn && !isRealDate(establishedOn)) {
    problem(
      'establishedOn',
      `“${establishedOn}”不是有效日期（YYYY-MM-DD）`,
      `"${establishedOn}" is not a date (YYYY-MM-DD)`,
    );
  }
  const tags = (text('tags') ?? '')
    .split(/[、,，]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length > 20 || tags.some((tag) => [...tag].length > 20)) {
    problem('tags', '最多20个标签，每个不超过20个字符', 'At most 20 tags of 20 characters');
  }
  const value: ImportedEnterprise = {
    name: name ?? '',
    creditCode,
    shortName: text('shortName'),
    parkId,
    industryCode,
    scale,
    isAboveScale: aboveInput === '是',
    leadingIndustry: text('leadingIndustry'),
    legalRepresentative: text('legalRepresentative'),
    registeredCapital,
    establishedOn,
    address: text('address'),
    tags,
    notes: text('notes'),
  };
  if (name && [...name].length < 2) problem('name', '至少 2 个字符', 'At least 2 characters');
  return problems.length > 0 ? { problems } : { value, problems };
}
