import { percent, sumAmounts, type Amount } from '../indicators/amount.js';

export interface ProjectFacts {
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  /** 合同额, 万元 */
  contractAmount: Amount;
  /** 到位资金 entries, dated (never one overwritten number). */
  fundsInPlace: { on: string; amount: Amount }[];
}

/** 亿元以上项目: a contract of at least 1亿元 = 10,000万元. */
export const largeProjectContract: Amount = 10_000n * 10_000n;

export interface PeriodKpi {
  signedCount: number;
  contractAmount: Amount;
  largeProjectCount: number;
  fundsInPlace: Amount;
  /** 到位资金 同比, against the same period a year earlier; undefined without a base. */
  fundsInPlaceGrowthPercent: number | undefined;
  startedCount: number;
  producingCount: number;
}

const within = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;

function shiftYear(date: string, years: number): string {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${year + years}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * The figures the reports state for a period [from, to] (inclusive dates): 新签约项目数 and 合同额,
 * 亿元以上项目数, 到位资金 with 同比 against the same dates a year earlier, 新开工 and 新投产.
 */
export function periodKpi(projects: ProjectFacts[], from: string, to: string): PeriodKpi {
  const signed = projects.filter((project) => within(project.signedOn, from, to));
  const funds = (start: string, end: string) =>
    sumAmounts(
      projects.flatMap((project) =>
        project.fundsInPlace.filter((entry) => within(entry.on, start, end)).map((entry) => entry.amount),
      ),
    );
  const current = funds(from, to);
  const lastYear = funds(shiftYear(from, -1), shiftYear(to, -1));
  return {
    signedCount: signed.length,
    contractAmount: sumAmounts(signed.map((project) => project.contractAmount)),
    largeProjectCount: signed.filter((project) => project.contractAmount >= largeProjectContract).length,
    fundsInPlace: current,
    fundsInPlaceGrowthPercent: percent(current - lastYear, lastYear),
    startedCount: projects.filter((project) => within(project.startedOn, from, to)).length,
    producingCount: projects.filter((project) => within(project.producingOn, from, to)).length,
  };
}

/** Amount checks that warn rather than refuse: a contract above the total investment is unusual. */
export function amountWarnings(totalInvestment: Amount, contractAmount: Amount): 'contractAboveInvestment'[] {
  return contractAmount > totalInvestment ? ['contractAboveInvestment'] : [];
}
