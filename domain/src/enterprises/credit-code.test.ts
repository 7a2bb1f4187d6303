import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckCharacter,
  hasValidCreditCodeCheck,
  organizationCodeCheckCharacter,
} from './credit-code.js';

describe('credit code check characters (GB 32100-2015)', () => {
  it.each([
    '91440101MA5CJQ4N59',
    '91350200MA2YJ1XR9G',
    '91350200776049653A',
    '913502000728319549',
    '91110108MA01XK7QX1',
  ])('accepts the published vector %s', (code) => {
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    expect(hasValidCreditCodeCheck(code)).toBe(true);
  });

  it('rejects a code whose check character was changed', () => {
    expect(hasValidCreditCodeCheck('91440101MA5CJQ4N58')).toBe(false);
  });

  it('rejects letters outside the 31-character set', () => {
    expect(hasValidCreditCodeCheck('91440101MA5CJQ4NI9')).toBe(false);
  });

  it('computes the organization code check (GB 11714), including X', () => {
    expect(organizationCodeCheckCharacter('D2143569')).toBe('X');
    expect(organizationCodeCheckCharacter('MA01XK7Q')).toBe('X');
    expect(organizationCodeCheckCharacter('77604965')).toBe('3');
  });
});
