import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';
import { zones } from './zones.js';

/**
 * A long Excel import run as a job (企业导入, later the returns import): written when it starts and
 * when it ends. Its progress lives in the memory of the process running it, for the import's
 * transaction holds PGlite's one connection while it runs.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** What is imported: 'enterprises' (the returns import next). */
    kind: text('kind').notNull(),
    dryRun: boolean('dry_run').notNull(),
    filename: text('filename').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** running → done | failed | cancelled. */
    status: text('status').notNull().default('running'),
    /** reading → checking → writing, as last known. */
    phase: text('phase').notNull().default('reading'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** The import's report, its problems in both languages. */
    report: jsonb('report'),
    /** Why it failed: the error's code, parameters and field problems, localized when read. */
    error: jsonb('error'),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('import_jobs_user_status').on(table.userId, table.status)],
);
