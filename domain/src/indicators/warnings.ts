import { growthRate, type Amount } from './amount.js';
import type { DerivedValue } from './derive.js';

/** Kinds of early-warning rule a zone can configure. */
export const warningKinds = ['growthDrop', 'monthOnMonthDrop', 'divergence', 'unfiled'] as const;
export type WarningKind = (typeof warningKinds)[number];

export interface WarningRule {
  code: string;
  kind: WarningKind;
  name: string;
  /** The indicator watched (for divergence: the output side). */
  indicatorCode: string | null;
  /** For divergence: the input side (e.g. electricity) that rises while output falls. */
  secondIndicatorCode: string | null;
  /** Percent for drops; number of periods for unfiled. */
  threshold: number;
  enabled: boolean;
}

export const defaultWarningRules: WarningRule[] = [
  {
    code: 'output-growth-drop',
    kind: 'growthDrop',
    name: '工业总产值累计同比下降超过阈值',
    indicatorCode: 'output',
    secondIndicatorCode: null,
    threshold: 20,
    enabled: true,
  },
  {
    code: 'electricity-month-drop',
    kind: 'monthOnMonthDrop',
    name: '工业用电量环比下降超过阈值',
    indicatorCode: 'electricity',
    secondIndicatorCode: null,
    threshold: 30,
    enabled: true,
  },
  {
    code: 'output-down-electricity-up',
    kind: 'divergence',
    name: '产值同比下降而用电量同比上升',
    indicatorCode: 'output',
    secondIndicatorCode: 'electricity',
    threshold: 0,
    enabled: true,
  },
  {
    code: 'unfiled-two-periods',
    kind: 'unfiled',
    name: '连续未报送月度数据',
    indicatorCode: null,
    secondIndicatorCode: null,
    threshold: 2,
    enabled: true,
  },
];

/** The figures an enterprise has for one period, by indicator code, with last month's. */
export interface EnterprisePeriodFigures {
  /** The month of the period (1–12). */
  month: number;
  current: Map<string, DerivedValue>;
  lastMonth: Map<string, DerivedValue>;
}

/**
 * Last month's 当月 as one month's worth: a February that stands for 1–2月 together (no January
 * return) is halved, or every March would look like a collapse.
 */
function oneMonthBefore(before: DerivedValue | undefined): bigint | null | undefined {
  if (!before || before.monthValue === null) return undefined;
  return before.coversJanuary ? before.monthValue / 2n : before.monthValue;
}

export interface FiredWarning {
  ruleCode: string;
  indicatorCode: string | null;
  /** The figures that fired it, as display strings (万元 etc. with the indicator's decimals). */
  figures: Record<string, number | string>;
  message: string;
}

function growth(value: Amount | null | undefined, base: Amount | null | undefined): number | undefined {
  if (value === null || value === undefined || base === null || base === undefined) return undefined;
  return growthRate(value, base);
}

/**
 * Evaluates the figure-based rules for one enterprise and period (the unfiled rule needs the
 * filing calendar and is evaluated where filings are counted). `names` gives indicator names.
 */
export function evaluateWarnings(
  rules: WarningRule[],
  figures: EnterprisePeriodFigures,
  names: Map<string, string>,
): FiredWarning[] {
  const fired: FiredWarning[] = [];
  for (const rule of rules) {
    if (!rule.enabled || !rule.indicatorCode) continue;
    const name = names.get(rule.indicatorCode) ?? rule.indicatorCode;
    const value = figures.current.get(rule.indicatorCode);
    if (!value) continue;
    if (rule.kind === 'growthDrop') {
      const rate = growth(value.cumulative, value.cumulativeBase);
      if (rate !== undefined && rate < -rule.threshold) {
        fired.push({
          ruleCode: rule.code,
          indicatorCode: rule.indicatorCode,
          figures: { growthPercent: rate, threshold: rule.threshold },
          message: `${name}累计同比下降${Math.abs(rate).toFixed(2)}%，超过预警阈值${rule.threshold}%`,
        });
      }
    } else if (rule.kind === 'monthOnMonthDrop') {
      const before = oneMonthBefore(figures.lastMonth.get(rule.indicatorCode));
      const rate = growth(value.monthValue, before);
      if (rate !== undefined && rate < -rule.threshold) {
        fired.push({
          ruleCode: rule.code,
          indicatorCode: rule.indicatorCode,
          figures: { monthOnMonthPercent: rate, threshold: rule.threshold },
          message: `${name}当月环比下降${Math.abs(rate).toFixed(2)}%，超过预警阈值${rule.threshold}%`,
        });
      }
    } else if (rule.kind === 'divergence' && rule.secondIndicatorCode) {
      const second = figures.current.get(rule.secondIndicatorCode);
      const outputRate = growth(value.monthValue, value.monthBase);
      const inputRate = growth(second?.monthValue, second?.monthBase);
      if (
        outputRate !== undefined &&
        inputRate !== undefined &&
        outputRate < -rule.threshold &&
        inputRate > 0
      ) {
        const secondName = names.get(rule.secondIndicatorCode) ?? rule.secondIndicatorCode;
        fired.push({
          ruleCode: rule.code,
          indicatorCode: rule.indicatorCode,
          figures: { outputGrowthPercent: outputRate, inputGrowthPercent: inputRate },
          message: `${name}当月同比下降${Math.abs(outputRate).toFixed(2)}%，而${secondName}同比增长${inputRate.toFixed(2)}%，需核实生产经营情况`,
        });
      }
    }
  }
  return fired;
}
