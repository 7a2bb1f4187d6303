import { date, integer, numeric, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { zones } from './zones.js';

/*
 * The 项目促建 figures' summary rows. They are derived: statement triggers on `projects`,
 * `investment_leads` and `project_funds` add each change's difference (migration
 * `project_figures_sync`), so every write path — the services, the demo, bulk loads, a restore —
 * keeps them exact. Backups leave them out; restoring the base tables writes them again. Park and
 * officer are not foreign keys: nothing reads them except the funnel, which looks the names up.
 */

/** 万元 with four decimals, as in the base tables. */
const amount = (name: string) => numeric(name, { precision: 20, scale: 4 });

/**
 * The funnel's standing counts: leads still in the pipeline (not duplicates; signed ones only until
 * their project exists) by status, and projects by stage, per sub-park and officer (the lead's
 * owner, the project's creator). A signed lead and a signed project share the step `signed`.
 */
export const projectFunnelTotals = pgTable(
  'project_funnel_totals',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    step: text('step').notNull(),
    parkId: uuid('park_id'),
    officerId: uuid('officer_id').notNull(),
    count: integer('count').notNull().default(0),
    /** Intended investment of the leads, contract amount of the projects. */
    amount: amount('amount').notNull().default('0'),
  },
  (table) => [
    unique('project_funnel_totals_key')
      .on(table.zoneId, table.step, table.parkId, table.officerId)
      .nullsNotDistinct(),
  ],
);

/**
 * Per day, what the KPI adds up over a period: projects signed that day (and their contract
 * amount, and how many of at least 1亿元), started, brought into production, and 到位资金 received.
 * A period of any dates reads one row per day instead of every project and fund entry.
 */
export const projectDailyFigures = pgTable(
  'project_daily_figures',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    day: date('day').notNull(),
    signed: integer('signed').notNull().default(0),
    contractAmount: amount('contract_amount').notNull().default('0'),
    large: integer('large').notNull().default(0),
    started: integer('started').notNull().default(0),
    producing: integer('producing').notNull().default(0),
    fundsAmount: amount('funds_amount').notNull().default('0'),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.day] })],
);
