import { describe, expect, it } from 'vitest';
import { maskMobile } from './contacts.js';
import { todayInChina } from '../platform/dates.js';
import { qualificationStatus } from './qualifications.js';
import { industrialScale, suggestAboveScale } from './scale.js';
import { bigrams, classifySearch } from './search.js';

describe('qualification status', () => {
  it.each([
    [null, '2026-01-01', 'valid'],
    ['2026-12-31', '2026-01-01', 'valid'],
    ['2026-04-01', '2026-01-01', 'expiring'],
    ['2026-04-02', '2026-01-01', 'valid'],
    ['2026-01-01', '2026-01-01', 'expiring'],
    ['2025-12-31', '2026-01-01', 'expired'],
  ] as const)('expires %s, today %s → %s', (expiresOn, today, expected) => {
    expect(qualificationStatus(expiresOn, today)).toBe(expected);
  });

  it('counts days in China: 20:00 UTC is already the next day', () => {
    expect(todayInChina(new Date('2026-03-01T20:00:00Z'))).toBe('2026-03-02');
    expect(todayInChina(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01');
  });
});

describe('mobile masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0830-3123456', '08*******56'],
    ['123', '***'],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(maskMobile(input)).toBe(expected);
  });
});

describe('enterprise scale (industry)', () => {
  it.each([
    [1000, 40000, 'large'],
    [999, 40000, 'medium'],
    [1000, 39999, 'medium'],
    [300, 2000, 'medium'],
    [20, 300, 'small'],
    [19, 50000, 'micro'],
    [500, 299, 'micro'],
  ] as const)('%i employees, %i万元 → %s', (employees, revenue, expected) => {
    expect(industrialScale(employees, revenue)).toBe(expected);
  });

  it('suggests 规上 for industry from 2000万元 revenue only', () => {
    expect(suggestAboveScale(true, 2000)).toBe(true);
    expect(suggestAboveScale(true, 1999.99)).toBe(false);
    expect(suggestAboveScale(false, 5000)).toBeNull();
    expect(suggestAboveScale(true, null)).toBeNull();
  });
});

describe('search classification', () => {
  it.each([
    ['9151', 'creditCodePrefix'],
    ['91510599ma', 'creditCodePrefix'],
    ['ldkj', 'latin'],
    ['LongDe', 'latin'],
    ['龙德', 'chinese'],
    ['龙德 科技', 'chinese'],
    ['9', 'chinese'],
  ] as const)('%s → %s', (query, kind) => {
    expect(classifySearch(query)).toBe(kind);
  });

  it('lists adjacent pairs once', () => {
    expect(bigrams('龙德科技')).toEqual(['龙德', '德科', '科技']);
    expect(bigrams('哈哈哈')).toEqual(['哈哈']);
    expect(bigrams('龙')).toEqual([]);
  });
});
