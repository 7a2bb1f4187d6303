import { describe, expect, it } from 'vitest';
import { hasValidCreditCodeCheck, validateCreditCode } from '@gaoxin/domain';
import { generateEnterprises, seededRandom } from './demo-zone.js';

const parks = [
  { id: '00000000-0000-4000-8000-000000000001', name: '电子信息产业园' },
  { id: '00000000-0000-4000-8000-000000000002', name: '高端装备制造园' },
  { id: '00000000-0000-4000-8000-000000000003', name: '医药健康产业园' },
];
const options = { zoneId: '00000000-0000-4000-8000-000000000000', parks, count: 5000, withPlaceNames: true };

describe('the enterprise generator', () => {
  it('is deterministic for a seed', () => {
    const first = generateEnterprises(seededRandom(7), options).slice(0, 50);
    const second = generateEnterprises(seededRandom(7), options).slice(0, 50);
    expect(first.map((row) => row.name)).toEqual(second.map((row) => row.name));
    expect(generateEnterprises(seededRandom(8), options)[10]?.name).not.toBe(first[10]?.name);
  });

  it('makes unique, fully valid credit codes and plausible shares', () => {
    const rows = generateEnterprises(seededRandom(7), options);
    expect(rows).toHaveLength(5000);
    expect(new Set(rows.map((row) => row.creditCode)).size).toBe(5000);
    expect(rows.every((row) => hasValidCreditCodeCheck(row.creditCode))).toBe(true);
    expect(rows.every((row) => validateCreditCode(row.creditCode).warnings.length === 0)).toBe(true);
    const aboveScale = rows.filter((row) => row.isAboveScale).length / rows.length;
    expect(aboveScale).toBeGreaterThan(0.1);
    expect(aboveScale).toBeLessThan(0.2);
    expect(rows[0]?.name).toBe('龙德科技有限公司');
    expect(rows[0]?.nameInitials).toBe('ldkjyxgs ldkj');
  });
});
