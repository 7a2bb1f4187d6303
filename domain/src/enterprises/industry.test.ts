import { describe, expect, it } from 'vitest';
import { industrySections } from './industry-data.js';
import { findIndustry, industryDivisionCount, isIndustrial } from './industry.js';

describe('GB/T 4754-2017 table', () => {
  it('has 20 sections and 97 divisions numbered 01–97 without gaps', () => {
    expect(industrySections).toHaveLength(20);
    expect(industryDivisionCount).toBe(97);
    const codes = industrySections.flatMap((section) => section.divisions.map((division) => division.code));
    expect(codes).toEqual(Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, '0')));
  });

  it.each([
    ['39', 'C', '计算机、通信和其他电子设备制造业', '39'],
    ['3911', 'C', '计算机、通信和其他电子设备制造业', '3911'],
    ['C2720', 'C', '医药制造业', '2720'],
    ['65', 'I', '软件和信息技术服务业', '65'],
    ['97', 'T', '国际组织', '97'],
  ])('finds %s', (input, section, division, code) => {
    expect(findIndustry(input)).toMatchObject({ sectionCode: section, divisionName: division, code });
  });

  it.each(['00', '98', '3', '391', '39111', 'I39', 'abc', ''])('rejects %j', (input) => {
    expect(findIndustry(input)).toBeUndefined();
  });

  it('marks mining, manufacturing and utilities as industrial', () => {
    expect(isIndustrial(findIndustry('39')!)).toBe(true);
    expect(isIndustrial(findIndustry('44')!)).toBe(true);
    expect(isIndustrial(findIndustry('65')!)).toBe(false);
  });
});
