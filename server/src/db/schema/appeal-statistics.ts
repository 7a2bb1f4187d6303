import { integer, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { zones } from './zones.js';

/*
 * The appeal statistics' summary rows. They are derived: statement triggers on `appeals` add each
 * change's difference (migration `0015_appeal_statistics_tables`), so every write path — the
 * services, the clock job, the demo, bulk loads, a restore — keeps them exact. Backups leave them
 * out; restoring the appeals writes them again. Category and department are not foreign keys:
 * nothing reads them except the statistics, which join the names. The statistics read a range of
 * months through covering indexes (`…_zone_month … include (…)`, migration 0021), which drizzle
 * cannot declare.
 */

/** Per submission month (China time), category and lead department: counts that simply add up. */
export const appealMonthSummaries = pgTable(
  'appeal_month_summaries',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** YYYY-MM of submission, China time. */
    month: text('month').notNull(),
    categoryId: uuid('category_id').notNull(),
    /** Null until dispatched. */
    departmentId: uuid('department_id'),
    appeals: integer('appeals').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    /** Resolved with no stage past its deadline. */
    onTime: integer('on_time').notNull().default(0),
    reopened: integer('reopened').notNull().default(0),
    rated1: integer('rated_1').notNull().default(0),
    rated2: integer('rated_2').notNull().default(0),
    rated3: integer('rated_3').notNull().default(0),
    rated4: integer('rated_4').notNull().default(0),
    rated5: integer('rated_5').notNull().default(0),
  },
  (table) => [
    unique('appeal_month_summaries_key')
      .on(table.zoneId, table.month, table.categoryId, table.departmentId)
      .nullsNotDistinct(),
  ],
);

/**
 * Resolved appeals per month and lead department by handling-time bucket (`handlingBucket` in
 * domain): what the median and P90 are read from.
 */
export const appealHandlingBuckets = pgTable(
  'appeal_handling_buckets',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    month: text('month').notNull(),
    departmentId: uuid('department_id'),
    bucket: smallint('bucket').notNull(),
    appeals: integer('appeals').notNull().default(0),
  },
  (table) => [
    unique('appeal_handling_buckets_key')
      .on(table.zoneId, table.month, table.departmentId, table.bucket)
      .nullsNotDistinct(),
  ],
);

/** How many appeals of a month and category name each jieba keyword: the hotspots. */
export const appealKeywordCounts = pgTable(
  'appeal_keyword_counts',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    month: text('month').notNull(),
    categoryId: uuid('category_id').notNull(),
    keyword: text('keyword').notNull(),
    appeals: integer('appeals').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.month, table.categoryId, table.keyword] })],
);
