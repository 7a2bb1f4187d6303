import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';
import { aggregations, reportingModes } from './catalogue.js';
import { periodPattern } from './period.js';
import { warningKinds } from './warnings.js';

/** `YYYY-MM`. */
export const periodSchema = z.string().regex(periodPattern, { message: 'period' });

/** Exact amounts travel as decimal strings (four places at most); negative allowed where the indicator allows it. */
export const signedDecimal = z
  .string()
  .trim()
  .regex(/^-?\d{1,14}(\.\d{1,4})?$/, { message: 'decimal' });

const booleanQuery = z.enum(['true', 'false']);

export const indicatorItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  aggregation: z.enum(aggregations),
  reporting: z.enum(reportingModes),
  allowNegative: z.boolean(),
  isHeadline: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type IndicatorItem = z.infer<typeof indicatorItem>;
export const indicatorListResponse = z.object({ items: z.array(indicatorItem) });

export const createIndicatorRequest = z.strictObject({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{1,31}$/, { message: 'format' }),
  name: shortText(40).min(1),
  unit: shortText(20).min(1),
  decimals: z.number().int().min(0).max(4),
  aggregation: z.enum(aggregations),
  reporting: z.enum(reportingModes),
  allowNegative: z.boolean().default(false),
  isHeadline: z.boolean().default(false),
  sortOrder: z.number().int().min(0).max(10000).default(1000),
});
export const updateIndicatorRequest = z.strictObject({
  name: shortText(40).min(1).optional(),
  unit: shortText(20).min(1).optional(),
  decimals: z.number().int().min(0).max(4).optional(),
  allowNegative: z.boolean().optional(),
  isHeadline: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
  active: z.boolean().optional(),
});

/** The slice a figure is computed for: any combination of these filters (none = the whole zone). */
export const sliceFilters = {
  parkId: z.uuid().optional(),
  industrySection: z
    .string()
    .regex(/^[A-T]$/)
    .optional(),
  leadingIndustry: shortText(40).min(1).optional(),
  qualification: shortText(40).min(1).optional(),
  aboveScale: booleanQuery.optional(),
  key: booleanQuery.optional(),
};
export const sliceQuery = z.strictObject(sliceFilters);
export type SliceQuery = z.infer<typeof sliceQuery>;

export const overviewQuery = z.strictObject({ period: periodSchema.optional(), ...sliceFilters });
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const targetProgressSchema = z.object({
  target: z.string(),
  completionPercent: z.number().nullable(),
  schedulePercent: z.number(),
  gapPoints: z.number().nullable(),
  phrase: z.string(),
});

/** One indicator's picture for a period and slice. Amounts are exact decimal strings in the indicator's unit. */
export const indicatorFigure = z.object({
  indicator: indicatorItem.pick({ code: true, name: true, unit: true, decimals: true, aggregation: true }),
  enterprises: z.number().int(),
  cumulative: z.string(),
  /** 当月; for a combined 1–2月 the two months together (see `monthCovers`). */
  month: z.string().nullable(),
  monthCovers: z.enum(['month', 'januaryAndFebruary']),
  /** Enterprises without a 当月 (a gap in their returns), left out of `month`: shown so a partial sum is never silent. */
  monthIncomplete: z.number().int(),
  /** 累计同比 on the comparable base, percent, two decimals. */
  cumulativeGrowth: z.number().nullable(),
  monthGrowth: z.number().nullable(),
  /** A rate published by the statistics bureau for this slice and period, shown instead of the computed one. */
  officialGrowth: z.number().nullable(),
  /** Enterprises whose 上年同期 is unknown and which are left out of the growth. */
  missingBase: z.number().int(),
  twoYearAverage: z.number().nullable(),
  target: targetProgressSchema.nullable(),
});
export type IndicatorFigure = z.infer<typeof indicatorFigure>;

export const overviewResponse = z.object({
  period: periodSchema.nullable(),
  /** The latest period that has any return, for the default view. */
  latestPeriod: periodSchema.nullable(),
  items: z.array(indicatorFigure),
});
export type OverviewResponse = z.infer<typeof overviewResponse>;

export const trendQuery = z.strictObject({
  indicator: z.string().min(1).max(32),
  to: periodSchema.optional(),
  months: z.coerce.number().int().min(3).max(60).default(24),
  ...sliceFilters,
});
export const trendPoint = z.object({
  period: periodSchema,
  enterprises: z.number().int(),
  cumulative: z.string(),
  month: z.string().nullable(),
  monthCovers: z.enum(['month', 'januaryAndFebruary']),
  cumulativeGrowth: z.number().nullable(),
  monthGrowth: z.number().nullable(),
});
export const trendResponse = z.object({
  indicator: indicatorItem.pick({ code: true, name: true, unit: true, decimals: true }),
  points: z.array(trendPoint),
});
export type TrendResponse = z.infer<typeof trendResponse>;

export const breakdownDimensions = ['park', 'industry', 'leading', 'qualification', 'scale', 'key'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];
export const breakdownQuery = z.strictObject({
  indicator: z.string().min(1).max(32),
  period: periodSchema.optional(),
  by: z.enum(breakdownDimensions),
  ...sliceFilters,
});
export const breakdownSlice = z.object({
  /** The filter value that selects this slice (park id, section letter, tag, 'true'/'false'). */
  key: z.string(),
  label: z.string(),
  enterprises: z.number().int(),
  cumulative: z.string(),
  /** Share of the whole, percent. Qualification slices overlap, so their shares need not add to 100. */
  sharePercent: z.number().nullable(),
  cumulativeGrowth: z.number().nullable(),
  officialGrowth: z.number().nullable(),
  pullPoints: z.number().nullable(),
  contributionPercent: z.number().nullable(),
  missingBase: z.number().int(),
});
export const breakdownResponse = z.object({
  period: periodSchema.nullable(),
  by: z.enum(breakdownDimensions),
  total: z.object({ cumulative: z.string(), cumulativeGrowth: z.number().nullable() }),
  slices: z.array(breakdownSlice),
});
export type BreakdownResponse = z.infer<typeof breakdownResponse>;

export const enterpriseFigureRow = z.object({
  enterprise: reference,
  park: reference.nullable(),
  cumulative: z.string(),
  base: z.string().nullable(),
  delta: z.string().nullable(),
  cumulativeGrowth: z.number().nullable(),
  month: z.string().nullable(),
});
export const rankingsQuery = z.strictObject({
  indicator: z.string().min(1).max(32),
  period: periodSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  ...sliceFilters,
});
export const rankingsResponse = z.object({
  period: periodSchema.nullable(),
  top: z.array(enterpriseFigureRow),
  risers: z.array(enterpriseFigureRow),
  fallers: z.array(enterpriseFigureRow),
});
export type RankingsResponse = z.infer<typeof rankingsResponse>;

/** The enterprises behind a bar of the dashboard. */
export const figureEnterprisesQuery = z.strictObject({
  indicator: z.string().min(1).max(32),
  period: periodSchema.optional(),
  sort: z.enum(['value', 'growth', 'delta']).default('value'),
  ...sliceFilters,
  ...pageQuery,
});
export const figureEnterprisesResponse = z.object({
  items: z.array(enterpriseFigureRow),
  total: z.number().int(),
});

export const returnValueInput = z.strictObject({
  indicatorCode: z.string().min(1).max(32),
  current: signedDecimal,
  previous: signedDecimal.nullable().default(null),
});
export const saveReturnRequest = z.strictObject({
  enterpriseId: z.uuid(),
  period: periodSchema,
  values: z.array(returnValueInput).min(1).max(50),
  /** The filing's version as read (null for a first filing), so two people cannot overwrite each other. */
  version: z.number().int().min(0).nullable(),
});
export type SaveReturnRequest = z.infer<typeof saveReturnRequest>;

export const returnQuery = z.strictObject({ enterpriseId: z.uuid(), period: periodSchema });
export const filingStatuses = ['filed', 'pending', 'overdue'] as const;
export const returnSources = ['import', 'filing', 'officer'] as const;
export const returnResponse = z.object({
  enterprise: reference,
  period: periodSchema,
  deadline: z.iso.date(),
  status: z.enum(filingStatuses),
  version: z.number().int().nullable(),
  filedAt: z.iso.datetime({ offset: true }).nullable(),
  filedBy: z.string().nullable(),
  source: z.enum(returnSources).nullable(),
  values: z.array(
    z.object({
      indicator: indicatorItem.pick({
        code: true,
        name: true,
        unit: true,
        decimals: true,
        aggregation: true,
        reporting: true,
        allowNegative: true,
      }),
      current: z.string().nullable(),
      previous: z.string().nullable(),
      /** The prior month's cumulative, so the form can warn before saving. */
      lastMonthCumulative: z.string().nullable(),
      monthValue: z.string().nullable(),
    }),
  ),
});
export type ReturnResponse = z.infer<typeof returnResponse>;

export const filingsQuery = z.strictObject({
  period: periodSchema.optional(),
  status: z.enum(filingStatuses).optional(),
  parkId: z.uuid().optional(),
  /** Only the enterprises the signed-in liaison looks after: the 催报 list. */
  mine: booleanQuery.optional(),
  ...pageQuery,
});
export const filingsResponse = z.object({
  period: periodSchema,
  deadline: z.iso.date(),
  counts: z.object({ filed: z.number().int(), pending: z.number().int(), overdue: z.number().int() }),
  items: z.array(
    z.object({
      enterprise: reference,
      park: reference.nullable(),
      liaison: reference.nullable(),
      status: z.enum(filingStatuses),
      filedAt: z.iso.datetime({ offset: true }).nullable(),
      source: z.enum(returnSources).nullable(),
      /** Periods in a row without a return, counting this one. */
      unfiledRun: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type FilingsResponse = z.infer<typeof filingsResponse>;

export const targetItem = z.strictObject({
  indicatorCode: z.string().min(1).max(32),
  parkId: z.uuid().nullable(),
  /** 全年目标值 in the indicator's unit. */
  value: signedDecimal.nullable(),
  /** A growth target ("增长8%"), percent. */
  growthPercent: z.number().min(-100).max(1000).nullable(),
});
export const targetsQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const saveTargetsRequest = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  items: z.array(targetItem).max(500),
});
export const targetsResponse = z.object({ year: z.number().int(), items: z.array(targetItem) });

export const officialRateSliceKinds = ['zone', 'park', 'industry', 'leading'] as const;
export const officialRateItem = z.strictObject({
  indicatorCode: z.string().min(1).max(32),
  sliceKind: z.enum(officialRateSliceKinds),
  /** The slice's filter value ('' for the whole zone). */
  sliceKey: z.string().max(64),
  growthPercent: z.number().min(-100).max(10000),
  note: shortText(200).nullable().default(null),
});
export const saveOfficialRateRequest = officialRateItem.extend({ period: periodSchema });
export const officialRatesResponse = z.object({ period: periodSchema, items: z.array(officialRateItem) });

/** The module's settings of a zone: returns are due on this day of the following month. */
export const filingSettings = z.strictObject({ filingDeadlineDay: z.number().int().min(1).max(28) });
export type FilingSettings = z.infer<typeof filingSettings>;

export const warningRuleItem = z.object({
  code: z.string(),
  kind: z.enum(warningKinds),
  name: z.string(),
  indicatorCode: z.string().nullable(),
  secondIndicatorCode: z.string().nullable(),
  threshold: z.number(),
  enabled: z.boolean(),
});
export const warningRulesResponse = z.object({ items: z.array(warningRuleItem) });
export const updateWarningRuleRequest = z.strictObject({
  threshold: z.number().min(0).max(1000).optional(),
  enabled: z.boolean().optional(),
});

export const warningsQuery = z.strictObject({
  period: periodSchema.optional(),
  ruleCode: z.string().max(64).optional(),
  enterpriseId: z.uuid().optional(),
  ...pageQuery,
});
export const warningItem = z.object({
  enterprise: reference,
  period: periodSchema,
  rule: z.object({ code: z.string(), name: z.string() }),
  message: z.string(),
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
});
export const warningsResponse = z.object({
  period: periodSchema.nullable(),
  items: z.array(warningItem),
  total: z.number().int(),
});
export type WarningsResponse = z.infer<typeof warningsResponse>;

/** An enterprise's own series for its profile's "figures" tab. */
export const enterpriseFiguresQuery = z.strictObject({
  months: z.coerce.number().int().min(3).max(60).default(24),
});
export const enterpriseFiguresResponse = z.object({
  series: z.array(
    z.object({
      indicator: indicatorItem.pick({ code: true, name: true, unit: true, decimals: true }),
      points: z.array(
        z.object({
          period: periodSchema,
          cumulative: z.string(),
          month: z.string().nullable(),
          cumulativeGrowth: z.number().nullable(),
        }),
      ),
    }),
  ),
  warnings: z.array(warningItem),
  /**
   * 规上 (限额以上) suggested from the last full year's 营业收入 for any industry with a sourced threshold, and
   * 大中小微 for 工业 from revenue and 从业人员期末人数, beside what the record says; null when the industry has
   * no revenue threshold or no full year is on file.
   */
  classification: z
    .object({
      year: z.number().int(),
      revenue: z.string(),
      employees: z.string().nullable(),
      suggestedAboveScale: z.boolean(),
      /** The revenue (万元) from which the enterprise's industry counts as 规上 / 限额以上. */
      threshold: z.number(),
      /** Null outside 工业: the other industries' 大中小微 rules are not sourced yet. */
      suggestedScale: z.enum(['large', 'medium', 'small', 'micro']).nullable(),
      isAboveScale: z.boolean(),
      scale: z.enum(['large', 'medium', 'small', 'micro']).nullable(),
    })
    .nullable(),
});
export type EnterpriseFiguresResponse = z.infer<typeof enterpriseFiguresResponse>;

export const periodQuery = z.strictObject({ period: periodSchema });
export const importReturnsQuery = z.strictObject({
  period: periodSchema,
  dryRun: booleanQuery.default('false'),
});
export const returnsImportReport = z.object({
  dryRun: z.boolean(),
  period: periodSchema,
  totalRows: z.number().int(),
  enterprises: z.number().int(),
  values: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ReturnsImportReport = z.infer<typeof returnsImportReport>;

export const bulletinResponse = z.object({
  period: periodSchema,
  title: z.string(),
  subtitle: z.string(),
  headline: z.string(),
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  notes: z.array(z.string()),
});
export type BulletinResponse = z.infer<typeof bulletinResponse>;
