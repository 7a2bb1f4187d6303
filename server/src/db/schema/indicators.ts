import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { zones } from './zones.js';

/** Exact amounts (万元 and other units) with four decimals; never binary floats. */
const amount = (name: string) => numeric(name, { precision: 20, scale: 4 });

/** The zone's indicator catalogue (seeded from `defaultIndicators`, then configurable). */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    decimals: smallint('decimals').notNull(),
    /** sum | endOfPeriod */
    aggregation: text('aggregation').notNull(),
    /** cumulative | monthly */
    reporting: text('reporting').notNull(),
    allowNegative: boolean('allow_negative').notNull().default(false),
    isHeadline: boolean('is_headline').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(1000),
    active: boolean('active').notNull().default(true),
  },
  (table) => [unique('indicators_zone_code').on(table.zoneId, table.code)],
);

/** Per-zone settings of the module. */
export const indicatorSettings = pgTable('indicator_settings', {
  zoneId: uuid('zone_id')
    .primaryKey()
    .references(() => zones.id),
  /** Returns are due on this day of the following month. */
  filingDeadlineDay: smallint('filing_deadline_day').notNull().default(10),
});

/**
 * One enterprise's return for one period. It also keeps the enterprise's slice attributes as
 * they were when the return was filed, so a period's figures stay put when a record changes later.
 */
export const indicatorFilings = pgTable(
  'indicator_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    /** import | filing (by the enterprise) | officer */
    source: text('source').notNull(),
    filedBy: uuid('filed_by'),
    filedByName: text('filed_by_name'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(0),
    parkKey: text('park_key').notNull().default(''),
    industrySection: text('industry_section').notNull().default(''),
    leadingIndustry: text('leading_industry').notNull().default(''),
    isAboveScale: boolean('is_above_scale').notNull().default(false),
    isKey: boolean('is_key').notNull().default(false),
    qualifications: text('qualifications')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (table) => [
    unique('indicator_filings_enterprise_period').on(table.enterpriseId, table.year, table.month),
    index('indicator_filings_zone_period').on(table.zoneId, table.year, table.month),
  ],
);

/**
 * The values of a return, exactly as reported (本期, 上年同期), with the derived figures the
 * statistics use (累计, 当月 and their comparable bases; a null base is unknown, not 0).
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    zoneId: uuid('zone_id').notNull(),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => indicatorFilings.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id').notNull(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    reportedCurrent: amount('reported_current').notNull(),
    reportedPrevious: amount('reported_previous'),
    cumulative: amount('cumulative').notNull(),
    cumulativeBase: amount('cumulative_base'),
    monthValue: amount('month_value'),
    monthBase: amount('month_base'),
    /** A February without a January return: its 当月 is 1–2月 together. */
    coversJanuary: boolean('covers_january').notNull().default(false),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      name: 'indicator_values_pk',
      columns: [table.enterpriseId, table.indicatorId, table.year, table.month],
    }),
    index('indicator_values_period_ranking').on(
      table.zoneId,
      table.indicatorId,
      table.year,
      table.month,
      table.cumulative,
    ),
    index('indicator_values_filing').on(table.filingId),
    // Risers and fallers of a period (rankings, drill-down by change) walk this instead of sorting it all.
    index('indicator_values_period_delta').on(
      table.zoneId,
      table.indicatorId,
      table.year,
      table.month,
      sql`(${table.cumulative} - ${table.cumulativeBase}) desc nulls last`,
    ),
  ],
);

/** Values replaced by a later import or filing: the revision history of every return. */
export const indicatorValueRevisions = pgTable(
  'indicator_value_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    reportedCurrent: amount('reported_current').notNull(),
    reportedPrevious: amount('reported_previous'),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    replacedBy: uuid('replaced_by'),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('indicator_value_revisions_enterprise').on(table.enterpriseId, table.year, table.month)],
);

const cubeMeasures = {
  enterprises: integer('enterprises').notNull(),
  cumulative: amount('cumulative').notNull(),
  /** 累计 of the enterprises whose base is known, and that base. */
  cumulativeComparable: amount('cumulative_comparable').notNull(),
  cumulativeBase: amount('cumulative_base').notNull(),
  cumulativeMissing: integer('cumulative_missing').notNull(),
  monthValue: amount('month_value').notNull(),
  monthComparable: amount('month_comparable').notNull(),
  monthBase: amount('month_base').notNull(),
  /** Enterprises without a 当月 value (a gap in their returns). */
  monthUnknown: integer('month_unknown').notNull(),
  /** Enterprises whose February 当月 is 1–2月 together; any such one makes the slice's February 1–2月. */
  monthCombined: integer('month_combined').notNull().default(0),
};
const cubeDimensions = {
  zoneId: uuid('zone_id').notNull(),
  indicatorId: uuid('indicator_id').notNull(),
  year: smallint('year').notNull(),
  month: smallint('month').notNull(),
  parkKey: text('park_key').notNull(),
  industrySection: text('industry_section').notNull(),
  leadingIndustry: text('leading_industry').notNull(),
  isAboveScale: boolean('is_above_scale').notNull(),
  isKey: boolean('is_key').notNull(),
};

/**
 * The summary the dashboards read: sums per period over every combination of the slice
 * attributes (a few hundred rows a period), refreshed in the transaction that writes returns.
 */
export const indicatorCube = pgTable('indicator_cube', { ...cubeDimensions, ...cubeMeasures }, (table) => [
  // Every indicator of one period (the overview, the refresh's delete).
  index('indicator_cube_zone_period').on(table.zoneId, table.year, table.month),
  primaryKey({
    name: 'indicator_cube_pk',
    columns: [
      table.zoneId,
      table.indicatorId,
      table.year,
      table.month,
      table.parkKey,
      table.industrySection,
      table.leadingIndustry,
      table.isAboveScale,
      table.isKey,
    ],
  }),
]);

/** The same sums split by qualification held (an enterprise counts once under each of its qualifications). */
export const indicatorCubeQualifications = pgTable(
  'indicator_cube_qualifications',
  { ...cubeDimensions, qualification: text('qualification').notNull(), ...cubeMeasures },
  (table) => [
    index('indicator_cube_qualifications_zone_period').on(table.zoneId, table.year, table.month),
    primaryKey({
      name: 'indicator_cube_qualifications_pk',
      columns: [
        table.zoneId,
        table.indicatorId,
        table.year,
        table.month,
        table.qualification,
        table.parkKey,
        table.industrySection,
        table.leadingIndustry,
        table.isAboveScale,
        table.isKey,
      ],
    }),
  ],
);

/** Annual targets for the zone (park_key '') or a sub-park: an amount and/or a growth rate. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    zoneId: uuid('zone_id').notNull(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: smallint('year').notNull(),
    parkKey: text('park_key').notNull(),
    value: amount('value'),
    growthPercent: numeric('growth_percent', { precision: 10, scale: 2 }),
  },
  (table) => [
    primaryKey({
      name: 'indicator_targets_pk',
      columns: [table.zoneId, table.indicatorId, table.year, table.parkKey],
    }),
  ],
);

/** Growth rates published by the statistics bureau, shown instead of computed ones (RULES.md §8). */
export const officialGrowthRates = pgTable(
  'official_growth_rates',
  {
    zoneId: uuid('zone_id').notNull(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    sliceKind: text('slice_kind').notNull(),
    sliceKey: text('slice_key').notNull(),
    growthPercent: numeric('growth_percent', { precision: 10, scale: 2 }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      name: 'official_growth_rates_pk',
      columns: [table.zoneId, table.indicatorId, table.year, table.month, table.sliceKind, table.sliceKey],
    }),
  ],
);

/** The zone's early-warning rules (seeded from `defaultWarningRules`). */
export const warningRules = pgTable(
  'warning_rules',
  {
    zoneId: uuid('zone_id').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    indicatorCode: text('indicator_code'),
    secondIndicatorCode: text('second_indicator_code'),
    threshold: numeric('threshold', { precision: 10, scale: 2 }).notNull(),
    enabled: boolean('enabled').notNull().default(true),
  },
  (table) => [primaryKey({ name: 'warning_rules_pk', columns: [table.zoneId, table.code] })],
);

/** Warnings the rules fired for an enterprise and period, with the figures behind them. */
export const indicatorWarnings = pgTable(
  'indicator_warnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    ruleCode: text('rule_code').notNull(),
    indicatorCode: text('indicator_code'),
    figures: jsonb('figures').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('indicator_warnings_zone_period').on(table.zoneId, table.year, table.month),
    index('indicator_warnings_enterprise').on(table.enterpriseId, table.year, table.month),
  ],
);

export type IndicatorRow = typeof indicators.$inferSelect;
export type FilingRow = typeof indicatorFilings.$inferSelect;
