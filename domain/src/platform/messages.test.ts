import { describe, expect, it } from 'vitest';
import { formatMessage, languageFromHeader } from './messages.js';

describe('messages', () => {
  it.each([
    [undefined, 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr', 'zh'],
  ] as const)('Accept-Language %s → %s', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(formatMessage('{minutes} 分钟 {other}', { minutes: 15 })).toBe('15 分钟 {other}');
  });
});
