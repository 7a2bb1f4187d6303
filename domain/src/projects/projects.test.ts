import { describe, expect, it } from 'vitest';
import { parseAmount as wan } from '../indicators/amount.js';
import { amountWarnings, periodKpi, type ProjectFacts } from './kpi.js';
import { checkStageChange, projectColour } from './status.js';

describe('project colour', () => {
  const today = '2026-06-30';
  it.each([
    [[{ plannedOn: '2026-08-01', actualOn: null }], 'green', 0],
    [[{ plannedOn: '2026-07-07', actualOn: null }], 'yellow', 0],
    [[{ plannedOn: '2026-07-08', actualOn: null }], 'green', 0],
    [[{ plannedOn: '2026-06-15', actualOn: null }], 'yellow', 15],
    [[{ plannedOn: '2026-06-14', actualOn: null }], 'red', 16],
    [[{ plannedOn: '2026-05-01', actualOn: '2026-06-20' }], 'green', 0],
    [
      [
        { plannedOn: '2026-07-01', actualOn: null },
        { plannedOn: '2026-04-01', actualOn: null },
      ],
      'red',
      90,
    ],
  ] as const)('%j → %s', (milestones, colour, mostLateDays) => {
    expect(projectColour([...milestones], today)).toEqual({ colour, mostLateDays });
  });

  it('follows configured thresholds', () => {
    expect(
      projectColour([{ plannedOn: '2026-06-25', actualOn: null }], today, {
        dueSoonDays: 3,
        lateYellowDays: 3,
      }).colour,
    ).toBe('red');
  });
});

describe('stage changes', () => {
  it('lets a project move forward freely and backward only with a reason', () => {
    expect(checkStageChange('signed', 'started', undefined)).toBe('ok');
    expect(checkStageChange('started', 'landGranted', undefined)).toBe('reasonRequired');
    expect(checkStageChange('started', 'landGranted', '土地手续被撤回重办')).toBe('ok');
    expect(checkStageChange('started', 'started', undefined)).toBe('unchanged');
  });
});

describe('period KPIs as the reports state them', () => {
  const project = (overrides: Partial<ProjectFacts>): ProjectFacts => ({
    signedOn: null,
    startedOn: null,
    producingOn: null,
    contractAmount: 0n,
    fundsInPlace: [],
    ...overrides,
  });

  it('counts signings, 亿元以上 projects, starts and production, and 到位资金 同比', () => {
    const projects = [
      project({
        signedOn: '2026-02-10',
        contractAmount: wan('150000'),
        fundsInPlace: [
          { on: '2026-03-01', amount: wan('20000') },
          { on: '2025-03-01', amount: wan('10000') },
        ],
      }),
      project({ signedOn: '2026-05-20', contractAmount: wan('9999.99'), startedOn: '2026-06-01' }),
      project({ signedOn: '2025-12-31', contractAmount: wan('50000'), producingOn: '2026-04-15' }),
      project({
        fundsInPlace: [
          { on: '2025-06-30', amount: wan('5000') },
          { on: '2026-06-30', amount: wan('7000') },
        ],
      }),
    ];
    const kpi = periodKpi(projects, '2026-01-01', '2026-06-30');
    expect(kpi).toEqual({
      signedCount: 2,
      contractAmount: wan('159999.99'),
      largeProjectCount: 1,
      fundsInPlace: wan('27000'),
      fundsInPlaceGrowthPercent: 80,
      startedCount: 1,
      producingCount: 1,
    });
  });

  it('has no 同比 without last year’s funds', () => {
    const kpi = periodKpi(
      [project({ fundsInPlace: [{ on: '2026-03-01', amount: wan('1') }] })],
      '2026-01-01',
      '2026-06-30',
    );
    expect(kpi.fundsInPlaceGrowthPercent).toBeUndefined();
  });

  it('warns, without refusing, when the contract exceeds the total investment', () => {
    expect(amountWarnings(wan('10000'), wan('12000'))).toEqual(['contractAboveInvestment']);
    expect(amountWarnings(wan('10000'), wan('10000'))).toEqual([]);
  });
});
