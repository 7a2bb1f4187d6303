import { findIndustry } from './industry.js';
import { describe, expect, it } from 'vitest';
import { maskMobile } from './contacts.js';
import { todayInChina } from '../platform/dates.js';
import { qualificationStatus } from './qualifications.js';
import {
  aboveScaleRevenueThreshold,
  industrialScale,
  suggestAboveScale,
  suggestAboveScaleFor,
} from './scale.js';
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

describe('规上 / 限额以上 thresholds by industry (RULES.md §8)', () => {
  it.each([
    ['3911', 2000], // 工业 (C)
    ['4411', 2000], // 电力 (D)
    ['5411', 2000], // 道路运输 (G)
    ['6511', 2000], // 软件开发 (I)
    ['8411', 2000], // 卫生 (Q 84)
    ['7211', 1000], // 商务服务 (L)
    ['7320', 1000], // 研究和试验发展 (M)
    ['7020', 1000], // 物业管理 (K)
    ['8011', 500], // 居民服务 (O)
    ['8510', 500], // 社会工作 (Q 85)
    ['5111', 2000], // 批发 (F 51)
    ['5211', 500], // 零售 (F 52)
    ['6110', 200], // 住宿 (H)
    ['7010', undefined], // 房地产开发经营: by qualification
    ['4710', undefined], // 建筑业: by qualification
    ['0111', undefined], // 农业: none sourced
  ] as const)('%s → %s万元', (code, expected) => {
    expect(aboveScaleRevenueThreshold(findIndustry(code)!)).toBe(expected);
  });

  it('suggests 规上 for a software firm from 2000万元 and says nothing for construction', () => {
    expect(suggestAboveScaleFor(findIndustry('6511')!, 2000)).toBe(true);
    expect(suggestAboveScaleFor(findIndustry('6511')!, 1999)).toBe(false);
    expect(suggestAboveScaleFor(findIndustry('4710')!, 90000)).toBeNull();
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
