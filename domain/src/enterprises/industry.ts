import { industrySections } from './industry-data.js';

export interface IndustryClass {
  /** The code as stored: a 2-digit 大类 or a 4-digit 小类 (whose 大类 is known). */
  code: string;
  sectionCode: string;
  sectionName: string;
  divisionCode: string;
  divisionName: string;
}

const divisions = new Map(
  industrySections.flatMap((section) =>
    section.divisions.map((division) => [division.code, { section, division }] as const),
  ),
);

/** Number of 大类 in the shipped table (97 in GB/T 4754-2017). */
export const industryDivisionCount = divisions.size;

/**
 * Looks up an industry code: "39", "3911", or with the section letter ("C3911"). A 4-digit 小类 is
 * accepted when its 大类 is known; the full 小类 table is not shipped. Returns undefined when unknown.
 */
export function findIndustry(input: string): IndustryClass | undefined {
  const match = /^([A-T])?(\d{2})(\d{2})?$/.exec(input.trim().toUpperCase());
  if (!match) return undefined;
  const [, letter, divisionCode = '', rest] = match;
  const found = divisions.get(divisionCode);
  if (!found) return undefined;
  if (letter && letter !== found.section.code) return undefined;
  return {
    code: `${divisionCode}${rest ?? ''}`,
    sectionCode: found.section.code,
    sectionName: found.section.name,
    divisionCode,
    divisionName: found.division.name,
  };
}

/** 工业 = 门类 B + C + D (mining, manufacturing, utilities). */
export function isIndustrial(industry: IndustryClass): boolean {
  return ['B', 'C', 'D'].includes(industry.sectionCode);
}
