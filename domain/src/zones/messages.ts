import { formatMessage, type Language } from '../platform/messages.js';
import type { DivisionCodeProblem, OutlineProblem } from './rules.js';

/** Field messages of zone setup, in both languages (the server sends them, the web shows them). */
export const zoneFieldMessages = {
  divisionCodeFormat: {
    zh: '行政区划代码须为 6 位数字，如 510500',
    en: 'The administrative division code has 6 digits, e.g. 510500',
  },
  divisionCodeProvince: {
    zh: '行政区划代码的前两位不是有效的省级代码',
    en: 'The first two digits are not a province code',
  },
  divisionCodeProvinceLevel: {
    zh: '请填写园区所在的地级市或区县代码，不能是省级代码（末四位为 0000）',
    en: 'Give the code of the city or county, not of the province (ending in 0000)',
  },
  outlineNotJson: { zh: '不是有效的 GeoJSON 文本', en: 'Not valid GeoJSON text' },
  outlineTooLarge: {
    zh: '边界过大：最多 {maximum} 个坐标点，请简化后再上传',
    en: 'The outline is too large: at most {maximum} positions; simplify it first',
  },
  outlineType: {
    zh: '边界须为 Polygon 或 MultiPolygon（收到的是 {found}）',
    en: 'The outline must be a Polygon or MultiPolygon (got {found})',
  },
  outlineFeatureCount: {
    zh: 'FeatureCollection 须恰好包含 1 个要素（收到 {count} 个）',
    en: 'The FeatureCollection must hold exactly 1 feature (got {count})',
  },
  outlineCoordinates: {
    zh: '坐标格式不正确（{path}）：每个点须为 [x, y] 两个数字',
    en: 'Bad coordinates at {path}: each position must be two numbers [x, y]',
  },
  outlineRingTooShort: {
    zh: '边界环至少需要 4 个点（首尾相同）（{path}）',
    en: 'A ring needs at least 4 positions, the first repeated last ({path})',
  },
  outlineRingNotClosed: {
    zh: '边界环未闭合：最后一个点须与第一个点相同（{path}）',
    en: 'The ring is not closed: the last position must repeat the first ({path})',
  },
  codeTaken: {
    zh: '代码“{code}”已被“{name}”使用，请换一个',
    en: 'The code "{code}" is already used by "{name}"',
  },
  code: {
    zh: '代码只能由字母、数字、- 和 _ 组成，以字母或数字开头',
    en: 'Codes consist of letters, digits, - and _, starting with a letter or digit',
  },
  headNotInDepartment: {
    zh: '负责人须为本部门在岗的工作人员',
    en: 'The head must be an active officer of this department',
  },
  departmentRetired: {
    zh: '该部门已撤销，不能再承接新的工作',
    en: 'This department is retired and takes no new work',
  },
  parkRetired: {
    zh: '该片区已撤销，不能再用于新的登记',
    en: 'This sub-park is retired and takes no new records',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ZoneFieldMessageKey = keyof typeof zoneFieldMessages;

/** Both languages of a zone field message, filled. */
export function zoneFieldText(
  key: ZoneFieldMessageKey,
  params: Record<string, string | number> = {},
): { zh: string; en: string } {
  const entry = zoneFieldMessages[key];
  return { zh: formatMessage(entry.zh, params), en: formatMessage(entry.en, params) };
}

export function divisionCodeText(problem: DivisionCodeProblem) {
  return zoneFieldText(problem);
}

export function outlineText(problem: OutlineProblem) {
  const { key, ...params } = problem;
  return zoneFieldText(key, params as Record<string, string | number>);
}
