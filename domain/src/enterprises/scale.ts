import { isIndustrial, type IndustryClass } from './industry.js';

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

/**
 * The annual revenue (万元) from which an enterprise of an industry is 规模以上 (or 限额以上), by
 * GB/T 4754 code (大类 or 小类), RULES.md §8: 工业 2000 [C]; 规上服务业 2000 / 1000 / 500 by 门类 and a
 * few 大类 and 小类 [C]; 限额以上 批发 2000, 零售 500, 住宿和餐饮 200 [from memory]. Undefined where the
 * scope is set by a qualification rather than revenue (建筑业, 房地产开发经营) or no threshold is sourced.
 */
export function aboveScaleRevenueThreshold(industry: IndustryClass): number | undefined {
  const { sectionCode, divisionCode, code } = industry;
  if (isIndustrial(industry)) return aboveScaleIndustrialRevenue;
  // 房地产业 (K): 物业管理, 中介, 租赁经营 and 其他 are services; 开发经营 (7010) goes by qualification.
  if (sectionCode === 'K')
    return code.length === 4 && ['7020', '7030', '7040', '7090'].includes(code) ? 1000 : undefined;
  if (divisionCode === '84') return 2000; // 卫生
  if (divisionCode === '85') return 500; // 社会工作
  if (divisionCode === '51') return 2000; // 批发业
  if (divisionCode === '52') return 500; // 零售业
  const bySection: Record<string, number> = {
    G: 2000,
    I: 2000,
    N: 2000,
    L: 1000,
    M: 1000,
    P: 1000,
    O: 500,
    R: 500,
    H: 200,
  };
  return bySection[sectionCode];
}

/** Suggests whether an industrial enterprise is 规上 from its annual revenue in 万元. */
export function suggestAboveScale(
  isIndustrialEnterprise: boolean,
  annualRevenue: number | null,
): boolean | null {
  if (!isIndustrialEnterprise || annualRevenue === null) return null;
  return annualRevenue >= aboveScaleIndustrialRevenue;
}

/** Suggests 规上 (限额以上) for any industry with a sourced revenue threshold; null where there is none. */
export function suggestAboveScaleFor(industry: IndustryClass, annualRevenue: number): boolean | null {
  const threshold = aboveScaleRevenueThreshold(industry);
  return threshold === undefined ? null : annualRevenue >= threshold;
}

/** The scale of an industrial enterprise from employees and annual revenue (万元). */
export function industrialScale(employees: number, annualRevenue: number): EnterpriseScale {
  if (employees >= 1000 && annualRevenue >= 40000) return 'large';
  if (employees >= 300 && annualRevenue >= 2000) return 'medium';
  if (employees >= 20 && annualRevenue >= 300) return 'small';
  return 'micro';
}
