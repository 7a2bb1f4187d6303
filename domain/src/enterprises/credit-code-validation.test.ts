import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  organizationCodeCheckCharacter,
} from './credit-code.js';
import { describeCreditCodeProblem, validateCreditCode } from './credit-code-validation.js';

const codeCharacter = fc.constantFrom(...creditCodeAlphabet);
const digit = fc.constantFrom(...'0123456789');

/** Generates codes that are valid by construction: 9/1 enterprise, any region, any body. */
const validCode = fc
  .tuple(
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(codeCharacter, { minLength: 8, maxLength: 8 }),
  )
  .map(([region, body]) => {
    const bodyText = body.join('');
    const first17 = `91${region.join('')}${bodyText}${organizationCodeCheckCharacter(bodyText)}`;
    return first17 + creditCodeCheckCharacter(first17);
  })
  .filter((code) => !/[IOSVZ]/.test(code));

describe('validateCreditCode', () => {
  it('accepts every generated valid code without errors or warnings', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const result = validateCreditCode(code);
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
      }),
    );
  });

  it('rejects every single-character change to positions 1–16 or 18 (mod-31 catches all of them)', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), codeCharacter, (code, index, replacement) => {
        fc.pre(index !== 16 && code[index] !== replacement);
        fc.pre(!(index >= 2 && index <= 7) || /[0-9]/.test(replacement));
        const mutated = code.slice(0, index) + replacement + code.slice(index + 1);
        expect(validateCreditCode(mutated).errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('turns a changed organization check character (17th) into a check error, not silence', () => {
    fc.assert(
      fc.property(validCode, codeCharacter, (code, replacement) => {
        fc.pre(code[16] !== replacement);
        const mutated = code.slice(0, 16) + replacement + code[17];
        const result = validateCreditCode(mutated);
        expect(result.errors.length + result.warnings.length).toBeGreaterThan(0);
      }),
    );
  });

  it('names the expected check character', () => {
    const result = validateCreditCode('91440101MA5CJQ4N58');
    expect(result.errors).toEqual([{ kind: 'check', expected: '9', actual: '8' }]);
    expect(describeCreditCodeProblem(result.errors[0]!, 'zh')).toBe('第18位校验码应为 9，实际为 8');
  });

  it('normalizes case and spaces', () => {
    expect(validateCreditCode(' 91440101ma5cjq4n59 ').normalized).toBe('91440101MA5CJQ4N59');
    expect(validateCreditCode('91440101ma5cjq4n59').errors).toEqual([]);
  });

  it('reports length, forbidden letters and a non-digit region', () => {
    expect(validateCreditCode('9144010').errors[0]).toEqual({ kind: 'length', length: 7 });
    expect(validateCreditCode('91440101MA5CJQ4NI9').errors).toContainEqual({
      kind: 'character',
      position: 17,
      character: 'I',
    });
    expect(validateCreditCode('9144A101MA5CJQ4N59').errors).toContainEqual({ kind: 'region', position: 5 });
  });

  it('only warns about the organization check and unusual authority/type pairs', () => {
    // 91350203M0001QAY9B is a published code that fails the mod-31 check: an error.
    expect(validateCreditCode('91350203M0001QAY9B').errors.map((problem) => problem.kind)).toEqual(['check']);
    const first17 = '95110108MA01XK7QX';
    const unusual = validateCreditCode(first17 + creditCodeCheckCharacter(first17));
    expect(unusual.errors).toEqual([]);
    expect(unusual.warnings).toEqual([{ kind: 'authorityType', authority: '9', type: '5' }]);
    const wrongOrg = '91110108MA01XK7Q1';
    const organization = validateCreditCode(wrongOrg + creditCodeCheckCharacter(wrongOrg));
    expect(organization.errors).toEqual([]);
    expect(organization.warnings[0]).toMatchObject({ kind: 'organizationCheck', expected: 'X', actual: '1' });
  });
});
