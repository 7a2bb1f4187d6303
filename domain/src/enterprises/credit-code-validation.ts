import {
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  organizationCodeCheckCharacter,
} from './credit-code.js';

/** Allowed organization types (position 2) for each registration authority (position 1), GB 32100-2015 表2. */
export const registrationAuthorities: Record<string, { name: string; types: string }> = {
  '1': { name: '机构编制', types: '1239' },
  '2': { name: '外交', types: '19' },
  '3': { name: '司法行政', types: '123459' },
  '4': { name: '文化', types: '19' },
  '5': { name: '民政', types: '1239' },
  '6': { name: '旅游', types: '129' },
  '7': { name: '宗教', types: '129' },
  '8': { name: '工会', types: '19' },
  '9': { name: '市场监管（工商）', types: '123' },
  A: { name: '中央军委改革和编制办公室', types: '19' },
  N: { name: '农业', types: '1239' },
  Y: { name: '其他', types: '1' },
};

export type CreditCodeProblem =
  | { kind: 'empty' }
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'region'; position: number }
  | { kind: 'check'; expected: string; actual: string }
  | { kind: 'organizationCheck'; expected: string; actual: string }
  | { kind: 'authorityType'; authority: string; type: string };

export interface CreditCodeValidation {
  /** Upper-cased, spaces removed. */
  normalized: string;
  /** Format and check-character failures: the code cannot be accepted without an override. */
  errors: CreditCodeProblem[];
  /** Failures real codes are known to have: shown, but accepted. */
  warnings: CreditCodeProblem[];
}

/**
 * Validates a 统一社会信用代码 (GB 32100-2015): format, the 31-character set and the mod-31 check
 * character are errors; the organization-code check (GB 11714) and unusual authority/type pairs are
 * warnings, because real codes exist that fail them.
 */
export function validateCreditCode(input: string): CreditCodeValidation {
  const normalized = input.replace(/[\s\u3000]/g, '').toUpperCase();
  const errors: CreditCodeProblem[] = [];
  const warnings: CreditCodeProblem[] = [];
  if (normalized.length === 0) return { normalized, errors: [{ kind: 'empty' }], warnings };
  if (normalized.length !== 18) errors.push({ kind: 'length', length: [...normalized].length });
  [...normalized].slice(0, 18).forEach((character, index) => {
    const isRegion = index >= 2 && index <= 7;
    if (isRegion ? !/[0-9]/.test(character) : !creditCodeAlphabet.includes(character)) {
      errors.push(
        isRegion
          ? { kind: 'region', position: index + 1 }
          : { kind: 'character', position: index + 1, character },
      );
    }
  });
  if (errors.length > 0) return { normalized, errors, warnings };

  const expected = creditCodeCheckCharacter(normalized.slice(0, 17));
  if (expected !== normalized[17]) errors.push({ kind: 'check', expected, actual: normalized[17] ?? '' });

  const organizationExpected = organizationCodeCheckCharacter(normalized.slice(8, 16));
  if (organizationExpected !== normalized[16]) {
    warnings.push({
      kind: 'organizationCheck',
      expected: organizationExpected,
      actual: normalized[16] ?? '',
    });
  }
  const authority = normalized[0] ?? '';
  const type = normalized[1] ?? '';
  if (!registrationAuthorities[authority]?.types.includes(type)) {
    warnings.push({ kind: 'authorityType', authority, type });
  }
  return { normalized, errors, warnings };
}

/** Says what is wrong, in the user's language, e.g. "第18位校验码应为 X". */
export function describeCreditCodeProblem(problem: CreditCodeProblem, language: 'zh' | 'en'): string {
  const zh = language === 'zh';
  switch (problem.kind) {
    case 'empty':
      return zh ? '统一社会信用代码不能为空' : 'The credit code is empty';
    case 'length':
      return zh
        ? `统一社会信用代码应为18位，实际为${problem.length}位`
        : `A credit code has 18 characters, not ${problem.length}`;
    case 'character':
      return zh
        ? `第${problem.position}位字符“${problem.character}”不在代码字符集中（不使用 I、O、S、V、Z）`
        : `Character ${problem.position} ("${problem.character}") is not allowed (I, O, S, V, Z are never used)`;
    case 'region':
      return zh
        ? `第${problem.position}位应为数字（第3–8位是行政区划码）`
        : `Character ${problem.position} must be a digit (characters 3–8 are the region code)`;
    case 'check':
      return zh
        ? `第18位校验码应为 ${problem.expected}，实际为 ${problem.actual}`
        : `The check character (18th) should be ${problem.expected}, not ${problem.actual}`;
    case 'organizationCheck':
      return zh
        ? `第17位组织机构代码校验码应为 ${problem.expected}，实际为 ${problem.actual}（部分真实代码如此，请核对）`
        : `The organization-code check (17th) should be ${problem.expected}, not ${problem.actual} (some real codes differ; please verify)`;
    case 'authorityType':
      return zh
        ? `登记管理部门代码“${problem.authority}”与机构类别代码“${problem.type}”的组合不常见，请核对`
        : `Authority "${problem.authority}" with organization type "${problem.type}" is unusual; please verify`;
  }
}
