import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Abcdefgh12', 'zhangsan', []],
    ['abcdefgh12', 'zhangsan', ['tooFewClasses']],
    ['Abc12!', 'zhangsan', ['tooShort']],
    ['Zhangsan-2026', 'zhangsan', ['containsUsername']],
    ['高新区管理平台abc12', 'li', []],
    ['!!!!!!!!!!aa', 'li', ['tooFewClasses']],
  ] as const)('%s for %s → %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('𠀀𠀀𠀀Ab1', 'x')).toContain('tooShort');
  });
});
