import { defaultIndicators, type Period } from '@gaoxin/domain';

/**
 * Five years of invented monthly returns for the demo zone (示例数据), generated from a seed so
 * every demo database holds the same figures.
 *
 * The last period is fixed at 2026-10 rather than taken from the clock: the demo was written on
 * 2026-11-22, when October's returns (due 11-10) were the latest that should be in. A fixed end
 * keeps the figures, the warnings and the tests the same on every machine and every day; later
 * the demo simply shows a zone whose latest returns are October 2026.
 */
export const demoFiguresFirstYear = 2022;
export const demoFiguresLastPeriod: Period = { year: 2026, month: 10 };

/** What the figures of an enterprise follow from: its record in the registry. */
export interface FigureEnterprise {
  id: string;
  parkId?: string | null;
  /** large | medium | small | micro */
  scale?: string | null;
  industryCode?: string | null;
  /** ISO date; a younger firm reports from the month after, with a base of 0 before it. */
  establishedOn?: string | null;
  /** Holds a 高企 certificate: spends 3–8 % of its revenue on R&D. */
  highTech: boolean;
}

export type FigureCode =
  | 'output'
  | 'revenue'
  | 'profit'
  | 'tax'
  | 'electricity'
  | 'employees'
  | 'rnd'
  | 'export'
  | 'investment'
  | 'newProductOutput';

export interface DemoValue {
  current: bigint;
  previous: bigint | null;
}
export interface DemoReturn {
  enterpriseId: string;
  values: Partial<Record<FigureCode, DemoValue>>;
}
export interface DemoPeriod {
  period: Period;
  returns: DemoReturn[];
}

/**
 * Special parts some enterprises play, so every screen has something to show: warnings in the
 * latest periods, returns still missing, firms that entered the scope with or without a base.
 */
export type FigureRole =
  | 'normal'
  | 'collapse' // output down about a third in 2026: 累计同比 below −20 %
  | 'shutdown' // a maintenance stop in 2026-10: electricity down by half month on month
  | 'divergence' // 2026-09/10: output falls year on year (prices) while electricity rises
  | 'lateOctober' // has not filed 2026-10 yet (逾期)
  | 'stopped' // last filed 2026-08: two periods unfiled
  | 'entrant' // became 规上 in 2023–2025 and reports its 上年同期
  | 'entrantWithoutBase' // entered in 2026 and leaves 上年同期 blank: base unknown
  | 'blankPrevious'; // an old reporter leaving 上年同期 blank in 2026 (its own return fills it)

const firstYear = demoFiguresFirstYear - 1; // one hidden year, for the 上年同期 of 2022's returns
const monthIndex = (year: number, month: number) => (year - firstYear) * 12 + month - 1;
const lastIndex = monthIndex(demoFiguresLastPeriod.year, demoFiguresLastPeriod.month);

/** Share of a year's output by month: the Spring Festival dip in January–February, December's push. */
const season = [0.78, 0.72, 1.0, 0.98, 1.0, 1.06, 0.96, 0.97, 1.05, 0.98, 1.05, 1.45];
/** Zone-wide swings of the year, on top of each firm's own trend. */
const yearShock: Record<number, number> = {
  2021: 0,
  2022: 0.01,
  2023: -0.02,
  2024: 0.01,
  2025: 0,
  2026: 0.02,
};
/** Corporate income tax is prepaid in the month after each quarter. */
const taxMonth = [1.35, 0.825, 0.825, 1.35, 0.825, 0.825, 1.35, 0.825, 0.825, 1.35, 0.825, 0.825];

const kindOf = new Map(
  defaultIndicators.map((row) => [
    row.code,
    row.aggregation === 'endOfPeriod' ? 'stock' : row.reporting === 'monthly' ? 'monthly' : 'cumulative',
  ]),
);
const industrialCodes: FigureCode[] = ['output', 'electricity', 'export', 'newProductOutput'];
const allCodes = defaultIndicators.map((row) => row.code as FigureCode);

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
const uniform = (random: () => number, low: number, high: number) => low + (high - low) * random();
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
/** 万元 (or 万千瓦时) to an exact amount with two decimals; people to whole numbers. */
const cents = (value: number) => BigInt(Math.round(value * 100)) * 100n;
const whole = (value: number) => BigInt(Math.round(value)) * 10_000n;

/** GB/T 4754 大类 13–43 is manufacturing: only those firms report 产值, 用电量, 出口 and 新产品. */
const isIndustrial = (code: string | null | undefined) => Number(code) >= 13 && Number(code) <= 43;

interface Profile {
  industrial: boolean;
  /** Month index from which the firm operates; negative for firms older than the figures. */
  startsAt: number;
  /** Output (services: revenue) per month at the start, before seasonality, 万元. */
  level: number;
  growth: number[];
  revenueRatio: number;
  margin: number;
  taxRate: number;
  rndRate: number;
  exportShare: number;
  newProductShare: number;
  /** 万千瓦时 per 万元 of output. */
  intensity: number;
  employees: number;
}

const sizes: Record<string, [number, number, number]> = {
  large: [30_000, 12_000, 250_000],
  medium: [6_000, 2_200, 25_000],
  small: [1_200, 400, 2_000],
  micro: [250, 80, 600],
};

function profileOf(enterprise: FigureEnterprise, random: () => number): Profile {
  const industrial = isIndustrial(enterprise.industryCode);
  const [median, low, high] = sizes[enterprise.scale ?? 'small'] ?? sizes.small!;
  const annual = clamp(median * Math.exp(0.55 * normal(random)), low, high);
  const trend = clamp(0.055 + 0.07 * normal(random), -0.15, 0.3);
  const growth = Array.from({ length: 6 }, (_, year) =>
    clamp(trend + (yearShock[firstYear + year] ?? 0) + 0.04 * normal(random), -0.15, 0.3),
  );
  const [year, month] = (enterprise.establishedOn ?? '2000-01').split('-').map(Number);
  // Operating from the month after it was founded (negative for firms older than the figures).
  const startsAt = monthIndex(year ?? 2000, month ?? 1) + 1;
  const code = enterprise.industryCode ?? '';
  const intensity =
    code === '30'
      ? uniform(random, 0.2, 0.3)
      : code === '27'
        ? uniform(random, 0.05, 0.08)
        : uniform(random, 0.03, 0.06);
  const exportChance = { '39': 0.5, '38': 0.45, '34': 0.35, '35': 0.35, '36': 0.3, '27': 0.3 }[code] ?? 0.1;
  const productivity = industrial ? uniform(random, 80, 200) : uniform(random, 30, 80);
  return {
    industrial,
    startsAt,
    level: annual / 12,
    growth,
    revenueRatio: industrial ? uniform(random, 0.9, 1.1) : 1,
    // About one firm in sixteen makes a loss.
    margin: random() < 0.06 ? uniform(random, -0.06, -0.01) : uniform(random, 0.05, 0.12),
    taxRate: uniform(random, 0.03, 0.06),
    rndRate: enterprise.highTech
      ? uniform(random, 0.03, 0.08)
      : random() < 0.4
        ? uniform(random, 0.005, 0.02)
        : 0,
    exportShare: industrial && random() < exportChance ? uniform(random, 0.1, 0.6) : 0,
    newProductShare: industrial
      ? enterprise.highTech
        ? uniform(random, 0.2, 0.5)
        : uniform(random, 0, 0.15)
      : 0,
    intensity,
    employees: Math.max(8, annual / productivity),
  };
}

/** Monthly flows (and end-of-month headcount) of one firm from January of the hidden year. */
function seriesOf(profile: Profile, role: FigureRole, random: () => number): Record<FigureCode, bigint[]> {
  const months = lastIndex + 1;
  const series = Object.fromEntries(
    allCodes.map((code) => [code, new Array<bigint>(months).fill(0n)]),
  ) as Record<FigureCode, bigint[]>;
  // Lumpy investment: a project in about two years of five, spread over a few months.
  const investment = new Array<number>(months).fill(0);
  for (let year = 0; year * 12 < months; year += 1) {
    if (random() >= 0.4) continue;
    const total = profile.level * 12 * uniform(random, 0.08, 0.3);
    const start = year * 12 + Math.floor(uniform(random, 0, 9));
    const length = 3 + Math.floor(random() * 6);
    for (let at = start; at < Math.min(months, start + length); at += 1) investment[at]! += total / length;
  }
  let level = profile.level;
  for (let t = 0; t < months; t += 1) {
    const year = Math.floor(t / 12);
    const month = t % 12;
    level *= (1 + profile.growth[year]!) ** (1 / 12);
    if (t < profile.startsAt) continue;
    // A young firm ramps up over two years from a third of its eventual size; an old one is at full size.
    const ramp = Math.min(1, 0.3 + (0.7 * (t - profile.startsAt)) / 24);
    let activity = level * ramp * season[month]! * (1 + 0.04 * normal(random));
    if (role === 'collapse' && t >= monthIndex(2026, 1)) activity *= 0.68;
    if (role === 'shutdown' && t === lastIndex) activity *= 0.5;
    // Electricity follows the work done, 3 % less per unit each year. The divergent firms cut prices
    // (output falls) while running a new line in (power rises).
    const output = role === 'divergence' && t >= monthIndex(2026, 9) ? activity * 0.85 : activity;
    const power =
      activity *
      profile.intensity *
      0.97 ** (t / 12) *
      (role === 'divergence' && t >= monthIndex(2026, 9) ? 1.08 : 1);
    const revenue = output * profile.revenueRatio * (1 + 0.03 * normal(random));
    series.revenue[t] = cents(revenue);
    series.profit[t] = cents(revenue * (profile.margin + 0.02 * normal(random)));
    series.tax[t] = cents(revenue * profile.taxRate * taxMonth[month]!);
    series.rnd[t] = cents(revenue * profile.rndRate);
    series.investment[t] = cents(investment[t]! + profile.level * uniform(random, 0.005, 0.015));
    // Headcount drifts with a third of the firm's growth and dips after the Spring Festival.
    const people = profile.employees * (level / profile.level) ** 0.35 * ramp * (month === 1 ? 0.97 : 1);
    series.employees[t] = whole(Math.max(3, people * (1 + 0.005 * normal(random))));
    if (!profile.industrial) continue;
    series.output[t] = cents(output);
    series.electricity[t] = cents(power * (1 + 0.01 * normal(random)));
    series.export[t] = cents(Math.max(0, output * profile.exportShare * (1 + 0.05 * normal(random))));
    series.newProductOutput[t] = cents(output * profile.newProductShare);
  }
  return series;
}

/** The figure a return carries for a period: 1–N月 累计, the month (1–2月 together), or the month-end stock. */
function reported(series: bigint[], code: FigureCode, year: number, month: number): bigint {
  const at = monthIndex(year, month);
  const kind = kindOf.get(code);
  if (kind === 'stock') return series[at]!;
  // With no January return, February's return of a monthly indicator covers January too, so the
  // year's 累计 adds up and the figure matches the "1—2月" label the dashboards give it.
  const from = kind === 'monthly' && month > 2 ? at : monthIndex(year, 1);
  let total = 0n;
  for (let t = from; t <= at; t += 1) total += series[t]!;
  return total;
}

/**
 * Gives the special parts to a few reporters, deterministically. The first two enterprises (those
 * of the demo's enterprise accounts) stay regular, except that 华睿电子 has not filed October yet,
 * so `enterprise2` has a return to file.
 */
export function assignRoles(enterprises: FigureEnterprise[], random: () => number): FigureRole[] {
  const roles = enterprises.map<FigureRole>(() => 'normal');
  if (enterprises.length > 1) roles[1] = 'lateOctober';
  const order = enterprises
    .map((enterprise, index) => ({ enterprise, index, key: random() }))
    .filter(({ index }) => index > 1)
    .sort((a, b) => a.key - b.key);
  const old = (enterprise: FigureEnterprise) => (enterprise.establishedOn ?? '') < `${firstYear}-01-01`;
  const count = (share: number) => Math.max(1, Math.round(enterprises.length * share));
  const plan: [FigureRole, number, (enterprise: FigureEnterprise) => boolean][] = [
    ['collapse', count(0.02), (e) => old(e) && isIndustrial(e.industryCode)],
    ['shutdown', count(0.015), (e) => old(e) && isIndustrial(e.industryCode)],
    ['divergence', count(0.015), (e) => old(e) && isIndustrial(e.industryCode)],
    ['stopped', 2, old],
    ['entrantWithoutBase', 2, old],
    ['blankPrevious', 2, old],
    ['entrant', count(0.05), old],
    ['lateOctober', count(0.08) - 1, () => true],
  ];
  for (const [role, wanted, fits] of plan) {
    let given = 0;
    for (const { enterprise, index } of order) {
      if (given >= wanted) break;
      if (roles[index] !== 'normal' || !fits(enterprise)) continue;
      roles[index] = role;
      given += 1;
    }
  }
  return roles;
}

/** The month of a firm's first return (never a January: 1–2月 is each year's first period). */
function firstReport(profile: Profile, role: FigureRole, random: () => number): number {
  if (role === 'entrant') return monthIndex(2023 + Math.floor(random() * 3), 2);
  if (role === 'entrantWithoutBase') return monthIndex(2026, 2);
  const start = Math.max(profile.startsAt, monthIndex(demoFiguresFirstYear, 2));
  return start % 12 === 0 ? start + 1 : start;
}

/**
 * The returns of every period from 2022-02 to 2026-10, in order, for the given reporters
 * (January never has a return: 1–2月 is each year's first period). Each return carries 本期 and
 * the firm's own figure a year earlier as 上年同期, except where a role leaves it blank.
 */
export function generateDemoFigures(enterprises: FigureEnterprise[], random: () => number): DemoPeriod[] {
  const roles = assignRoles(enterprises, random);
  const firms = enterprises.map((enterprise, index) => {
    const role = roles[index]!;
    const profile = profileOf(enterprise, random);
    if (role === 'collapse') profile.growth[5] = Math.min(profile.growth[5]!, 0.03);
    if (role === 'divergence') profile.growth[5] = uniform(random, 0, 0.08);
    const series = seriesOf(profile, role, random);
    const codes = profile.industrial ? allCodes : allCodes.filter((code) => !industrialCodes.includes(code));
    return { enterprise, role, series, codes, from: firstReport(profile, role, random) };
  });
  const periods: DemoPeriod[] = [];
  for (let t = monthIndex(demoFiguresFirstYear, 2); t <= lastIndex; t += 1) {
    const year = firstYear + Math.floor(t / 12);
    const month = (t % 12) + 1;
    if (month === 1) continue;
    const returns: DemoReturn[] = [];
    for (const firm of firms) {
      if (t < firm.from) continue;
      if (firm.role === 'stopped' && t > monthIndex(2026, 8)) continue;
      if (firm.role === 'lateOctober' && t === lastIndex) continue;
      const blank = (firm.role === 'entrantWithoutBase' || firm.role === 'blankPrevious') && year === 2026;
      const values: DemoReturn['values'] = {};
      for (const code of firm.codes) {
        values[code] = {
          current: reported(firm.series[code], code, year, month),
          previous: blank ? null : reported(firm.series[code], code, year - 1, month),
        };
      }
      returns.push({ enterpriseId: firm.enterprise.id, values });
    }
    periods.push({ period: { year, month }, returns });
  }
  return periods;
}
