/**
 * 统计上大中小微型企业划分办法（2017）, the industrial rule used for 工业 (B, C, D): large when
 * employees ≥ 1000 and revenue ≥ 40000万元; medium when ≥ 300 and ≥ 2000万元; small when ≥ 20 and
 * ≥ 300万元; otherwise micro. Both conditions must hold for a larger class. [From memory of the 2017
 * rule; the other industries use other thresholds, to be added with their sources.]
 */
export const enterpriseScales = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseScale = (typeof enterpriseScales)[number];
export const enterpriseScaleLabels: Record<EnterpriseScale, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** 规上工业: annual main-business revenue ≥ 2000万元 (since 2011), RULES.md §8. */
export const aboveScaleIndustrialRevenue = 2000;

/** Suggests whether an industrial enterprise is 规上 from its annual revenue in 万元. */
export function suggestAboveScale(
  isIndustrialEnterprise: boolean,
  annualRevenue: number | null,
): boolean | null {
  if (!isIndustrialEnterprise || annualRevenue === null) return null;
  return annualRevenue >= aboveScaleIndustrialRevenue;
}

/** The scale of an industrial enterprise from employees and annual revenue (万元). */
export function industrialScale(employees: number, annualRevenue: number): EnterpriseScale {
  if (employees >= 1000 && annualRevenue >= 40000) return 'large';
  if (employees >= 300 && annualRevenue >= 2000) return 'medium';
  if (employees >= 20 && annualRevenue >= 300) return 'small';
  return 'micro';
}
