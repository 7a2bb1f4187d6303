import { describe, expect, it } from 'vitest';
import { growthRate, parseAmount as a } from './amount.js';
import type { Aggregation, ReportingMode } from './catalogue.js';
import { checkReportedValue, deriveValue, twoYearAverageFromGrowth, type DerivedValue } from './derive.js';
import { cumulativeLabel, filingDeadline, filingStatus, latestDuePeriod, shiftPeriod } from './period.js';
import { defaultWarningRules, evaluateWarnings } from './warnings.js';

const sum = { aggregation: 'sum', reporting: 'cumulative' } as const;
const monthly = { aggregation: 'sum', reporting: 'monthly' } as const;
const stock = { aggregation: 'endOfPeriod', reporting: 'cumulative' } as const;
const derived = (
  cumulative: string,
  base: string | null,
  month: string | null,
  monthBase: string | null,
): DerivedValue => ({
  cumulative: a(cumulative),
  cumulativeBase: base === null ? null : a(base),
  monthValue: month === null ? null : a(month),
  monthBase: monthBase === null ? null : a(monthBase),
});

/** Derives a year of cumulative returns month by month, as the writer does. */
function chain(
  returns: [number, string, string | null][],
  kind: { aggregation: Aggregation; reporting: ReportingMode } = sum,
  existedYearAgo = true,
) {
  const out = new Map<number, DerivedValue>();
  for (const [month, current, previous] of returns) {
    out.set(
      month,
      deriveValue({
        ...kind,
        month,
        reported: { current: a(current), previous: previous === null ? null : a(previous) },
        prior: out.get(month - 1),
        ownLastYear: undefined,
        existedYearAgo,
      }),
    );
  }
  return out;
}

describe('deriving 累计 and 当月 (STATISTICS.md case B)', () => {
  it('takes 1–2月 as the first period when January is absent, then differences', () => {
    const year = chain([
      [2, '12000', '10000'],
      [3, '19500', '16000'],
      [4, '27000', '22000'],
    ]);
    expect(year.get(2)).toEqual({ ...derived('12000', '10000', '12000', '10000'), coversJanuary: true });
    expect(year.get(3)).toEqual(derived('19500', '16000', '7500', '6000'));
    expect(year.get(4)).toEqual(derived('27000', '22000', '7500', '6000'));
  });

  it('leaves 当月 unknown after a gap, never inventing it', () => {
    const year = chain([
      [2, '100', '90'],
      [4, '300', '250'],
    ]);
    expect(year.get(4)).toEqual(derived('300', '250', null, null));
  });

  it('adds monthly-reported values (electricity) into 累计', () => {
    const year = chain(
      [
        [1, '10', '9'],
        [2, '8', '8'],
        [3, '12', '10'],
      ],
      monthly,
    );
    expect(year.get(3)).toEqual(derived('30', '27', '12', '10'));
  });

  it('keeps an end-of-period value (employees) as it is, never differenced', () => {
    const year = chain(
      [
        [2, '120', '100'],
        [3, '118', '100'],
      ],
      stock,
    );
    expect(year.get(3)).toEqual(derived('118', '100', '118', '100'));
  });
});

describe('the comparable base (case A)', () => {
  const base = (input: Partial<Parameters<typeof deriveValue>[0]>) =>
    deriveValue({
      ...sum,
      month: 6,
      reported: { current: a('100'), previous: null },
      prior: undefined,
      ownLastYear: undefined,
      existedYearAgo: true,
      ...input,
    }).cumulativeBase;

  it.each([
    ['上年同期 on the return', { reported: { current: a('100'), previous: a('80') } }, a('80')],
    ['its own return a year earlier', { ownLastYear: derived('75', null, null, null) }, a('75')],
    ['0 for an enterprise younger than a year', { existedYearAgo: false }, 0n],
    ['unknown for an older enterprise with neither', {}, null],
  ])('uses %s', (_, input, expected) => {
    expect(base(input)).toBe(expected);
  });

  it('re-derives a later month when an earlier one is revised', () => {
    const original = chain([
      [5, '500', null],
      [6, '620', null],
    ]);
    const revised = chain([
      [5, '520', null],
      [6, '620', null],
    ]);
    expect(original.get(6)?.monthValue).toBe(a('120'));
    expect(revised.get(6)?.monthValue).toBe(a('100'));
  });
});

describe('checks on a reported value', () => {
  const definition = { ...sum, allowNegative: false };
  it.each([
    ['a negative value', { current: a('-1'), previous: null }, undefined, ['negative']],
    ['a negative 上年同期', { current: a('1'), previous: a('-1') }, undefined, ['previousNegative']],
    [
      'a cumulative value below last month',
      { current: a('90'), previous: null },
      derived('100', null, null, null),
      ['belowLastMonth'],
    ],
    ['a fine value', { current: a('110'), previous: a('100') }, derived('100', null, null, null), []],
  ])('%s', (_, reported, prior, kinds) => {
    expect(checkReportedValue(definition, reported, prior).map((problem) => problem.kind)).toEqual(kinds);
  });

  it('lets profit be negative and fall (losses), and a stock fall', () => {
    expect(
      checkReportedValue(
        { ...sum, allowNegative: true },
        { current: a('-5'), previous: null },
        derived('3', null, null, null),
      ),
    ).toEqual([]);
    expect(
      checkReportedValue(
        { ...stock, allowNegative: false },
        { current: a('90'), previous: null },
        derived('100', null, null, null),
      ),
    ).toEqual([]);
  });
});

describe('growth against a loss', () => {
  it('has no rate when the base is zero or a loss, rather than a misleading sign', () => {
    expect(growthRate(a('500'), a('-1000'))).toBeUndefined();
    expect(growthRate(a('500'), 0n)).toBeUndefined();
    expect(growthRate(a('1500'), a('1000'))).toBe(50);
  });
});

describe('two-year average from two years of growth', () => {
  it('is the geometric mean: +72.1% over two years is 31.19% a year (RULES.md: 31.2%)', () => {
    expect(twoYearAverageFromGrowth(72.1, 0)).toBe(31.19);
    expect(twoYearAverageFromGrowth(30, 10)).toBe(19.58);
    expect(twoYearAverageFromGrowth(44, 0)).toBe(20);
    expect(twoYearAverageFromGrowth(undefined, 5)).toBeUndefined();
  });
});

describe('periods and the filing calendar', () => {
  it.each([
    [{ year: 2026, month: 6 }, 10, '2026-07-10'],
    [{ year: 2026, month: 12 }, 10, '2027-01-10'],
    [{ year: 2026, month: 1 }, 31, '2026-02-28'],
  ])('the return for %o is due on %s', (period, day, expected) => {
    expect(filingDeadline(period, day)).toBe(expected);
  });

  it('says 未报 before the deadline, 逾期 after, 已报 when filed', () => {
    expect(filingStatus(false, '2026-07-10', '2026-07-10')).toBe('pending');
    expect(filingStatus(false, '2026-07-10', '2026-07-11')).toBe('overdue');
    expect(filingStatus(true, '2026-07-10', '2026-09-01')).toBe('filed');
  });

  it('finds the last period already due, across a year end', () => {
    expect(latestDuePeriod('2026-11-22')).toEqual({ year: 2026, month: 10 });
    expect(latestDuePeriod('2026-11-05')).toEqual({ year: 2026, month: 9 });
    expect(latestDuePeriod('2027-01-03')).toEqual({ year: 2026, month: 11 });
    expect(shiftPeriod({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('labels cumulative periods as the reports do', () => {
    expect(cumulativeLabel({ year: 2026, month: 6 })).toBe('1—6月');
    expect(cumulativeLabel({ year: 2026, month: 1 })).toBe('1月');
  });
});

describe('early-warning rules', () => {
  const names = new Map([
    ['output', '工业总产值'],
    ['electricity', '工业用电量'],
  ]);
  it('fires each figure rule with the figures behind it, and stays quiet below the thresholds', () => {
    const fired = evaluateWarnings(
      defaultWarningRules,
      {
        current: new Map([
          ['output', derived('700', '1000', '100', '150')],
          ['electricity', derived('60', '50', '20', '15')],
        ]),
        lastMonth: new Map([['electricity', derived('80', '70', '40', '30')]]),
        month: 6,
      },
      names,
    );
    expect(fired.map((warning) => [warning.ruleCode, warning.figures])).toEqual([
      ['output-growth-drop', { growthPercent: -30, threshold: 20 }],
      ['electricity-month-drop', { monthOnMonthPercent: -50, threshold: 30 }],
      ['output-down-electricity-up', { outputGrowthPercent: -33.33, inputGrowthPercent: 33.33 }],
    ]);
    const quiet = evaluateWarnings(
      defaultWarningRules,
      { current: new Map([['output', derived('900', '1000', null, null)]]), lastMonth: new Map(), month: 6 },
      names,
    );
    expect(quiet).toEqual([]);
  });

  it('compares March with half of a combined 1–2月, not with two months', () => {
    const march = (february: DerivedValue) =>
      evaluateWarnings(
        defaultWarningRules,
        {
          month: 3,
          current: new Map([['electricity', derived('30', '27', '10', '9')]]),
          lastMonth: new Map([['electricity', february]]),
        },
        names,
      ).map((warning) => warning.ruleCode);
    // 1–2月 of 20 (no January return): 10 a month, so a March of 10 is flat.
    expect(march({ ...derived('20', '18', '20', '18'), coversJanuary: true })).toEqual([]);
    // A February of 20 after a January return: March's 10 is half of it.
    expect(march(derived('30', '27', '20', '18'))).toEqual(['electricity-month-drop']);
    // A February whose 当月 merely equals its 累计 (a January of 0 on file) is one month: not halved.
    expect(march(derived('20', '18', '20', '18'))).toEqual(['electricity-month-drop']);
  });
});
