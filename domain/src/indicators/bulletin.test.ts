import { describe, expect, it } from 'vitest';
import { writeBulletin, type BulletinInput } from './bulletin.js';
import type { BreakdownResponse, IndicatorFigure, RankingsResponse } from './contract.js';

type Slice = BreakdownResponse['slices'][number];
type EnterpriseRow = RankingsResponse['top'][number];

const indicators = {
  output: { code: 'output', name: '工业总产值', unit: '万元', decimals: 2, aggregation: 'sum' },
  tax: { code: 'tax', name: '税收总额（实缴税金）', unit: '万元', decimals: 2, aggregation: 'sum' },
  revenue: { code: 'revenue', name: '营业收入', unit: '万元', decimals: 2, aggregation: 'sum' },
  employees: {
    code: 'employees',
    name: '从业人员期末人数',
    unit: '人',
    decimals: 0,
    aggregation: 'endOfPeriod',
  },
} as const;

function figure(
  code: keyof typeof indicators,
  values: Partial<Omit<IndicatorFigure, 'indicator'>>,
): IndicatorFigure {
  return {
    indicator: { ...indicators[code] },
    enterprises: 3,
    cumulative: '0',
    month: null,
    monthCovers: 'month',
    monthIncomplete: 0,
    cumulativeGrowth: null,
    monthGrowth: null,
    officialGrowth: null,
    missingBase: 0,
    twoYearAverage: null,
    target: null,
    ...values,
  };
}

function slice(label: string, values: Partial<Slice>): Slice {
  return {
    key: label,
    label,
    enterprises: 1,
    cumulative: '0',
    sharePercent: null,
    cumulativeGrowth: null,
    officialGrowth: null,
    pullPoints: null,
    contributionPercent: null,
    missingBase: 0,
    ...values,
  };
}

function mover(name: string, values: Partial<Omit<EnterpriseRow, 'enterprise'>>): EnterpriseRow {
  return {
    enterprise: { id: '00000000-0000-4000-8000-000000000001', name },
    park: null,
    cumulative: '0',
    base: null,
    delta: null,
    cumulativeGrowth: null,
    month: null,
    ...values,
  };
}

/** Cases A, C (1—6月 against 15.00亿元), D and E of STATISTICS.md. */
const caseA = figure('output', {
  cumulative: '75000',
  cumulativeGrowth: 42.86,
  month: '13000',
  monthGrowth: 10,
  twoYearAverage: 20,
  target: {
    target: '150000',
    completionPercent: 50,
    schedulePercent: 50,
    gapPoints: 0,
    phrase: '与序时进度持平',
  },
});

function input(values: Partial<BulletinInput> = {}): BulletinInput {
  return {
    zoneName: '示例高新区',
    period: '2026-06',
    figures: [caseA],
    headlineCodes: ['output'],
    byPark: {
      output: [
        slice('示例一园', {
          cumulative: '52000',
          cumulativeGrowth: 30,
          sharePercent: 69.33,
          pullPoints: 22.86,
          contributionPercent: 53.33,
        }),
        slice('示例二园', {
          cumulative: '23000',
          cumulativeGrowth: 84,
          sharePercent: 30.67,
          pullPoints: 20,
          contributionPercent: 46.67,
        }),
      ],
    },
    byLeadingIndustry: {
      output: [
        slice('电子信息', {
          cumulative: '60000',
          cumulativeGrowth: 50,
          pullPoints: 38.1,
          contributionPercent: 88.89,
        }),
        slice('高端装备', {
          cumulative: '15000',
          cumulativeGrowth: 20,
          pullPoints: 4.76,
          contributionPercent: 11.11,
        }),
      ],
    },
    movers: {
      indicator: { name: '工业总产值', unit: '万元', decimals: 2 },
      rankings: {
        period: '2026-06',
        top: [],
        risers: [
          mover('示例甲公司', { cumulative: '52000', base: '40000', delta: '12000', cumulativeGrowth: 30 }),
          mover('示例乙公司', { cumulative: '8000', base: '0', delta: '8000' }),
        ],
        fallers: [
          mover('示例丁公司', { cumulative: '4500', base: '5000', delta: '-500', cumulativeGrowth: -10 }),
          mover('示例乙公司', { cumulative: '8000', base: '0', delta: '8000' }),
        ],
      },
    },
    missingBase: [],
    ...values,
  };
}

const methodNote = '增速按可比口径计算：本期企业与其自身上年同期数相比，上年尚未设立的企业上年同期按零计。';

const section = (bulletin: ReturnType<typeof writeBulletin>, heading: string) =>
  bulletin.sections.find((item) => item.heading === heading)?.paragraphs;

describe('writeBulletin — Cases A, C, D', () => {
  const bulletin = writeBulletin(input());

  it('titles the bulletin with the zone and period', () => {
    expect(bulletin.period).toBe('2026-06');
    expect(bulletin.title).toBe('示例高新区经济运行简报（2026年6月）');
    expect(bulletin.subtitle).toBe('1—6月');
  });

  it('writes the headline as the reports do', () => {
    expect(bulletin.headline).toBe(
      '1—6月，全区工业总产值累计完成7.50亿元，同比增长42.86%，完成全年目标的50.00%，与序时进度持平。',
    );
  });

  it.each([
    [
      '主要指标',
      [
        '1—6月，全区工业总产值累计完成7.50亿元，同比增长42.86%，两年平均增长20.00%，完成全年目标的50.00%，与序时进度持平；其中6月完成1.30亿元，同比增长10.00%。',
      ],
    ],
    [
      '分园区',
      [
        '示例一园工业总产值完成5.20亿元，同比增长30.00%，占全区69.33%，拉动全区增长22.86个百分点，贡献率53.33%。',
        '示例二园工业总产值完成2.30亿元，同比增长84.00%，占全区30.67%，拉动全区增长20.00个百分点，贡献率46.67%。',
      ],
    ],
    [
      '主导产业',
      [
        '1—6月，全区工业总产值累计完成7.50亿元，同比增长42.86%。',
        '其中，电子信息产业完成6.00亿元，拉动全区增长38.10个百分点，贡献率88.89%。',
        '其中，高端装备产业完成1.50亿元，拉动全区增长4.76个百分点，贡献率11.11%。',
      ],
    ],
    [
      '重点企业变动',
      [
        '工业总产值同比增加较多的企业有：示例甲公司（完成5.20亿元，同比增长30.00%，增加1.20亿元）、示例乙公司（完成8000.00万元，上年同期为零，增加8000.00万元）。',
        '工业总产值同比减少较多的企业有：示例丁公司（完成4500.00万元，同比下降10.00%，减少500.00万元）。',
      ],
    ],
  ])('writes the %s section', (heading, paragraphs) => {
    expect(section(bulletin, heading)).toEqual(paragraphs);
  });

  it('tabulates every figure in the unit the paragraphs use', () => {
    expect(bulletin.table.columns).toEqual([
      '指标',
      '单位',
      '1—6月累计',
      '同比增长(%)',
      '当月',
      '完成全年目标(%)',
    ]);
    expect(bulletin.table.rows).toEqual([['工业总产值', '亿元', '7.50', '42.86', '1.30', '50.00']]);
  });

  it('notes only the method when no rate is official and no base is missing', () => {
    expect(bulletin.notes).toEqual([methodNote]);
  });
});

describe('writeBulletin — other figures', () => {
  it.each([
    [
      'a fall',
      figure('tax', { cumulative: '4800', cumulativeGrowth: -3.2 }),
      '1—6月，全区税收总额（实缴税金）累计完成4800.00万元，同比下降3.20%。',
    ],
    [
      'an unknown base',
      figure('output', { cumulative: '75000' }),
      '1—6月，全区工业总产值累计完成7.50亿元，上年同期数缺失，未计算增速。',
    ],
    [
      'an official rate over the computed one',
      { ...caseA, officialGrowth: 12.5 },
      '1—6月，全区工业总产值累计完成7.50亿元，同比增长12.50%（统计部门公布口径），完成全年目标的50.00%，与序时进度持平。',
    ],
    [
      'Case C, 1—9月 behind schedule',
      figure('output', {
        cumulative: '105000',
        cumulativeGrowth: 5,
        target: {
          target: '150000',
          completionPercent: 70,
          schedulePercent: 75,
          gapPoints: -5,
          phrase: '慢于序时进度5.00个百分点',
        },
      }),
      '1—9月，全区工业总产值累计完成10.50亿元，同比增长5.00%，完成全年目标的70.00%，慢于序时进度5.00个百分点。',
    ],
    [
      'a stock at the period end',
      figure('employees', { cumulative: '1200', month: '1200', cumulativeGrowth: -2.5 }),
      '6月末，全区从业人员期末人数为1200人，同比下降2.50%。',
    ],
    ['no returns', figure('output', { enterprises: 0 }), '全区工业总产值本期暂无数据。'],
  ])('headline for %s', (_case, headlineFigure, sentence) => {
    const period = sentence.startsWith('1—9月') ? '2026-09' : '2026-06';
    const bulletin = writeBulletin(
      input({ period, figures: [headlineFigure], headlineCodes: [headlineFigure.indicator.code] }),
    );
    expect(bulletin.headline).toBe(sentence);
  });

  it('says 下拉 for a park that pulls the zone down', () => {
    const tax = figure('tax', { cumulative: '4800', cumulativeGrowth: -3.2 });
    const park = slice('示例二园', {
      cumulative: '1000',
      cumulativeGrowth: -20,
      sharePercent: 20.83,
      pullPoints: -5,
      contributionPercent: 156.25,
    });
    const bulletin = writeBulletin(
      input({ figures: [tax], headlineCodes: ['tax'], byPark: { tax: [park] }, byLeadingIndustry: {} }),
    );
    expect(section(bulletin, '分园区')).toEqual([
      '示例二园税收总额（实缴税金）完成1000.00万元，同比下降20.00%，占全区20.83%，下拉全区增长5.00个百分点，贡献率156.25%。',
    ]);
  });

  it('leaves out 当月 for the combined 1—2月', () => {
    const februaryFigure = figure('output', {
      cumulative: '24000',
      cumulativeGrowth: 8,
      month: '24000',
      monthCovers: 'januaryAndFebruary',
      monthGrowth: 8,
    });
    const bulletin = writeBulletin(input({ period: '2026-02', figures: [februaryFigure] }));
    expect(section(bulletin, '主要指标')).toEqual(['1—2月，全区工业总产值累计完成2.40亿元，同比增长8.00%。']);
    expect(bulletin.table.columns[2]).toBe('1—2月累计');
  });

  it('marks official rates in the table and keeps the computed ones in the notes', () => {
    const bulletin = writeBulletin(input({ figures: [{ ...caseA, officialGrowth: 12.5 }] }));
    expect(bulletin.table.rows[0]?.[3]).toBe('12.50*');
    expect(bulletin.notes).toEqual([
      methodNote,
      '注明“统计部门公布口径”的增速（表中标“*”）为统计部门公布数，替代按可比口径计算的增速；按可比口径计算，工业总产值同比增长42.86%。',
    ]);
  });

  it('writes a row per figure, with — where a value is missing', () => {
    const figures = [
      caseA,
      figure('tax', { cumulative: '4800.5', cumulativeGrowth: -3.2, month: '700' }),
      figure('employees', { cumulative: '1200', month: '1200', cumulativeGrowth: -2.5 }),
      figure('revenue', { enterprises: 0 }),
    ];
    expect(writeBulletin(input({ figures })).table.rows).toEqual([
      ['工业总产值', '亿元', '7.50', '42.86', '1.30', '50.00'],
      ['税收总额（实缴税金）', '万元', '4800.50', '-3.20', '700.00', '—'],
      ['从业人员期末人数', '人', '1200', '-2.50', '—', '—'],
      ['营业收入', '万元', '—', '—', '—', '—'],
    ]);
  });
});

describe('writeBulletin — notes on missing bases', () => {
  it.each([
    [['示例丙公司'], '示例丙公司上年同期数缺失，未纳入工业总产值增速计算。'],
    [
      Array.from({ length: 12 }, (_, index) => `企业${index + 1}`),
      '企业1、企业2、企业3、企业4、企业5、企业6、企业7、企业8、企业9、企业10等12家企业上年同期数缺失，未纳入工业总产值增速计算。',
    ],
  ])('names at most ten enterprises (%j)', (enterprises, note) => {
    const bulletin = writeBulletin(input({ missingBase: [{ indicatorName: '工业总产值', enterprises }] }));
    expect(bulletin.notes).toEqual([methodNote, note]);
  });

  it('writes nothing for an indicator without missing bases', () => {
    const bulletin = writeBulletin(
      input({ missingBase: [{ indicatorName: '工业总产值', enterprises: [] }] }),
    );
    expect(bulletin.notes).toEqual([methodNote]);
  });
});

describe('writeBulletin — empty input', () => {
  const bulletin = writeBulletin({
    zoneName: '示例高新区',
    period: '2026-01',
    figures: [],
    headlineCodes: [],
    byPark: {},
    byLeadingIndustry: {},
    movers: null,
    missingBase: [],
  });

  it('still reads as a bulletin', () => {
    expect(bulletin.title).toBe('示例高新区经济运行简报（2026年1月）');
    expect(bulletin.subtitle).toBe('1月');
    expect(bulletin.headline).toBe('本期暂无数据。');
    expect(bulletin.sections).toEqual(
      ['主要指标', '分园区', '主导产业', '重点企业变动'].map((heading) => ({
        heading,
        paragraphs: ['本期暂无数据。'],
      })),
    );
    expect(bulletin.table).toEqual({
      columns: ['指标', '单位', '1月累计', '同比增长(%)', '当月', '完成全年目标(%)'],
      rows: [],
    });
    expect(bulletin.notes).toEqual([methodNote]);
  });

  it('never writes undefined or NaN', () => {
    const noMovement = input({
      movers: {
        indicator: { name: '工业总产值', unit: '万元', decimals: 2 },
        rankings: { period: null, top: [], risers: [], fallers: [] },
      },
    });
    for (const text of [JSON.stringify(bulletin), JSON.stringify(writeBulletin(noMovement))]) {
      expect(text).not.toMatch(/undefined|NaN|null/);
    }
    expect(section(writeBulletin(noMovement), '重点企业变动')).toEqual(['工业总产值本期暂无数据。']);
  });
});
