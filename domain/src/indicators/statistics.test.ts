import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount, percent, sumAmounts, wanToYi } from './amount.js';
import { monthlyFromCumulative } from './cumulative.js';
import {
  comparableGrowth,
  growthPhrase,
  pullAndContribution,
  twoYearAverageGrowth,
  type EnterpriseFigure,
} from './growth.js';
import { targetProgress } from './targets.js';

const wan = parseAmount;
const figure = (
  enterpriseId: string,
  current: string,
  previousOnReturn: string | null,
  options: Partial<Pick<EnterpriseFigure, 'previousOwnReturn' | 'existedYearAgo'>> = {},
): EnterpriseFigure => ({
  enterpriseId,
  current: wan(current),
  previousOnReturn: previousOnReturn === null ? null : wan(previousOnReturn),
  previousOwnReturn: options.previousOwnReturn ?? null,
  existedYearAgo: options.existedYearAgo ?? true,
});

describe('exact amounts', () => {
  it('adds without float drift and rounds only for display', () => {
    const total = sumAmounts(['0.1', '0.2', '0.3'].map(wan));
    expect(formatAmount(total, 4)).toBe('0.6000');
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(formatAmount(wan('2.345'), 2)).toBe('2.35');
    expect(formatAmount(wan('-2.345'), 2)).toBe('-2.35');
    expect(formatAmount(wan('75,000'), 2)).toBe('75000.00');
  });

  it.each([
    ['75000', '7.50'],
    ['238320.5', '23.83'],
    ['49999', '5.00'],
    ['-12345', '-1.23'],
  ])('%s万元 = %s亿元', (value, yi) => {
    expect(wanToYi(wan(value))).toBe(yi);
  });

  it('computes percentages exactly before rounding, and refuses a zero base', () => {
    expect(percent(wan('22500'), wan('52500'))).toBe(42.86);
    expect(percent(wan('1'), wan('8'))).toBe(12.5);
    expect(percent(wan('-1'), wan('3'))).toBe(-33.33);
    expect(percent(wan('5'), 0n)).toBeUndefined();
  });

  it.each(['', 'abc', '1.23456', '1e5', '--1'])('rejects %j', (text) => {
    expect(() => parseAmount(text)).toThrow();
  });
});

describe('Case A — comparable base', () => {
  // D moved out in 2026-01: it is not among this period's enterprises at all.
  const caseA = [
    figure('A', '52000', '40000'),
    figure('B', '8000', '0', { existedYearAgo: false }),
    figure('C', '15000', '12500'),
  ];

  it('grows 42.86% on the comparable base, total 7.50亿元', () => {
    const result = comparableGrowth(caseA);
    expect(wanToYi(result.total)).toBe('7.50');
    expect(formatAmount(result.base)).toBe('52500.00');
    expect(result.growthPercent).toBe(42.86);
    expect(growthPhrase(result.growthPercent)).toBe('同比增长42.86%');
    expect(result.missingBase).toEqual([]);
  });

  it('is neither the ratio of published levels nor the intersection', () => {
    const result = comparableGrowth(caseA);
    expect(result.growthPercent).not.toBe(percent(wan('75000') - wan('49000'), wan('49000')));
    expect(result.growthPercent).not.toBe(30);
  });

  it('uses the enterprise’s own last-year return when the return lacks 上年同期', () => {
    const result = comparableGrowth([
      figure('A', '52000', '40000'),
      figure('C', '15000', null, { previousOwnReturn: wan('12500') }),
    ]);
    expect(result.base).toBe(wan('52500'));
  });

  it('reports an unknown base and leaves that enterprise out, never as 0', () => {
    const result = comparableGrowth([figure('A', '52000', '40000'), figure('C', '15000', null)]);
    expect(result.missingBase).toEqual(['C']);
    expect(result.total).toBe(wan('67000'));
    expect(result.growthPercent).toBe(30);
  });

  it('gives no growth when every base is unknown', () => {
    const result = comparableGrowth([figure('C', '15000', null)]);
    expect(result.growthPercent).toBeUndefined();
    expect(growthPhrase(result.growthPercent)).toBe('上年同期数缺失，未计算增速');
  });

  it('my case: an enterprise leaving mid-year drops out of both sides, so the rate stays comparable', () => {
    const before = comparableGrowth([figure('A', '30000', '25000'), figure('E', '5000', '6000')]);
    const after = comparableGrowth([figure('A', '30000', '25000')]);
    expect(before.growthPercent).toBe(12.9);
    expect(after.growthPercent).toBe(20);
  });

  it('my case: a revised return replaces the old figure and the rate follows', () => {
    const original = comparableGrowth([figure('A', '52000', '40000')]);
    const revised = comparableGrowth([figure('A', '50800', '40000')]);
    expect(original.growthPercent).toBe(30);
    expect(revised.growthPercent).toBe(27);
  });

  it('reads a fall as 同比下降', () => {
    expect(growthPhrase(comparableGrowth([figure('A', '9680', '10000')]).growthPercent)).toBe(
      '同比下降3.20%',
    );
  });
});

describe('Case B — 当月 from cumulative returns', () => {
  it('derives March and April; 1–2月 stays one combined value', () => {
    const { months, problems } = monthlyFromCumulative([
      { month: 2, cumulative: wan('12000') },
      { month: 3, cumulative: wan('19500') },
      { month: 4, cumulative: wan('27000') },
    ]);
    expect(problems).toEqual([]);
    expect(months).toEqual([
      { month: 2, value: wan('12000'), covers: [1, 2] },
      { month: 3, value: wan('7500'), covers: [3] },
      { month: 4, value: wan('7500'), covers: [4] },
    ]);
  });

  it('derives February when January was reported', () => {
    const { months } = monthlyFromCumulative([
      { month: 1, cumulative: wan('5000') },
      { month: 2, cumulative: wan('12000') },
    ]);
    expect(months[1]).toEqual({ month: 2, value: wan('7000'), covers: [2] });
  });

  it('flags a cumulative figure lower than the month before, except for end-of-period indicators', () => {
    const returns = [
      { month: 2, cumulative: wan('12000') },
      { month: 3, cumulative: wan('19500') },
      { month: 4, cumulative: wan('18000') },
    ];
    expect(monthlyFromCumulative(returns).problems).toEqual([{ month: 4, kind: 'decrease' }]);
    expect(monthlyFromCumulative(returns, { endOfPeriod: true }).problems).toEqual([]);
    expect(monthlyFromCumulative(returns, { endOfPeriod: true }).months[2]?.value).toBe(wan('18000'));
  });

  it('flags a missing month instead of inventing a value', () => {
    const { months, problems } = monthlyFromCumulative([
      { month: 2, cumulative: wan('12000') },
      { month: 4, cumulative: wan('27000') },
    ]);
    expect(problems).toEqual([{ month: 4, kind: 'gap' }]);
    expect(months[1]?.value).toBeUndefined();
  });
});

describe('Case C — target progress against 时序进度', () => {
  it.each([
    ['75000', 6, 50, 50, '与序时进度持平'],
    ['118800', 9, 79.2, 75, '快于序时进度4.20个百分点'],
    ['105000', 9, 70, 75, '慢于序时进度5.00个百分点'],
  ])('%s万元 by month %i', (cumulative, month, completion, schedule, phrase) => {
    expect(targetProgress(wan(cumulative), wan('150000'), month)).toMatchObject({
      completionPercent: completion,
      schedulePercent: schedule,
      phrase,
    });
  });

  it('says when there is no target, and refuses a month outside 1–12', () => {
    expect(targetProgress(wan('1'), 0n, 3).phrase).toBe('未设定全年目标');
    expect(() => targetProgress(wan('1'), wan('2'), 13)).toThrow();
  });
});

describe('Case D — 拉动 and 贡献率', () => {
  it('splits the zone’s growth by industry', () => {
    const result = pullAndContribution([
      { key: '电子信息', current: wan('60000'), base: wan('40000') },
      { key: '高端装备', current: wan('15000'), base: wan('12500') },
    ]);
    expect(result).toEqual([
      { key: '电子信息', delta: wan('20000'), pullPoints: 38.1, contributionPercent: 88.89 },
      { key: '高端装备', delta: wan('2500'), pullPoints: 4.76, contributionPercent: 11.11 },
    ]);
    const pulls = result.reduce((total, item) => total + (item.pullPoints ?? 0), 0);
    expect(Math.abs(pulls - 42.86)).toBeLessThanOrEqual(0.01);
  });

  it('my case: a shrinking slice pulls down and contributes negatively', () => {
    const [down, up] = pullAndContribution([
      { key: '医药', current: wan('9000'), base: wan('10000') },
      { key: '电子', current: wan('14000'), base: wan('10000') },
    ]);
    expect(down).toMatchObject({ pullPoints: -5, contributionPercent: -33.33 });
    expect(up).toMatchObject({ pullPoints: 20, contributionPercent: 133.33 });
  });
});

describe('Case E — two-year average growth', () => {
  it.each([
    ['57600', '40000', 20],
    ['172.1', '100', 31.19],
    ['100', '100', 0],
  ])('%s over %s → %s%', (current, base, expected) => {
    expect(twoYearAverageGrowth(wan(current), wan(base))).toBe(expected);
  });

  it('has no average over a zero base', () => {
    expect(twoYearAverageGrowth(wan('10'), 0n)).toBeUndefined();
  });
});
