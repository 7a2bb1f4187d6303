import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterpriseVisits, enterprises } from './enterprises.js';
import { projects } from './projects.js';
import { users } from './users.js';
import { departments, zones } from './zones.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** The zone's appeal categories (seeded from `defaultAppealCategories`, then configurable). */
export const appealCategories = pgTable(
  'appeal_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(1000),
    active: boolean('active').notNull().default(true),
  },
  (table) => [unique('appeal_categories_zone_code').on(table.zoneId, table.code)],
);

/** Per-zone settings of the module: which department dispatches (the 企服中心 desk). */
export const appealSettings = pgTable('appeal_settings', {
  zoneId: uuid('zone_id')
    .primaryKey()
    .references(() => zones.id),
  /** Null: any officer may dispatch. */
  dispatchDepartmentId: uuid('dispatch_department_id').references(() => departments.id),
  version: integer('version').notNull().default(0),
});

/**
 * Clock overrides per category and severity; a null category is the zone's default for that
 * severity. Absent rows fall back to `defaultClockPolicy`.
 */
export const appealClockRules = pgTable(
  'appeal_clock_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    categoryId: uuid('category_id').references(() => appealCategories.id),
    severity: text('severity').notNull(),
    dispatchWorkingHours: smallint('dispatch_working_hours').notNull(),
    acceptHours: smallint('accept_hours').notNull(),
    resolveHours: smallint('resolve_hours').notNull(),
    leaderAfterHours: smallint('leader_after_hours').notNull(),
  },
  (table) => [
    unique('appeal_clock_rules_scope').on(table.zoneId, table.categoryId, table.severity).nullsNotDistinct(),
  ],
);

/**
 * The zone's working calendar for the working-hour clocks: public holidays (节假日) and weekend days
 * worked instead (调休上班), one row a date. The key also serves the clocks' date-range read.
 */
export const appealCalendarDays = pgTable(
  'appeal_calendar_days',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    date: date('date', { mode: 'string' }).notNull(),
    /** holiday | workday */
    kind: text('kind').notNull(),
    /** e.g. 春节 */
    name: text('name'),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.date] })],
);

/** The years a zone configured, each replaced as a whole under its own version. */
export const appealCalendarYears = pgTable(
  'appeal_calendar_years',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    year: smallint('year').notNull(),
    version: integer('version').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.year] })],
);

/**
 * An enterprise's appeal (企业诉求). The running clock is kept as stored instants (`stage_started_at`,
 * `deadline_at`, `paused_since`), so the clock job and every reader agree after any restart.
 */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    number: text('number').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => appealCategories.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** general | major */
    severity: text('severity').notNull(),
    /** portal | officer | visit */
    channel: text('channel').notNull(),
    visitId: uuid('visit_id').references(() => enterpriseVisits.id, { onDelete: 'set null' }),
    state: text('state').notNull(),
    returnedFrom: text('returned_from'),
    reopenCount: smallint('reopen_count').notNull().default(0),
    leadDepartmentId: uuid('lead_department_id').references(() => departments.id),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    filedByName: text('filed_by_name').notNull(),
    submittedAt: instant('submitted_at').notNull(),
    /** dispatch | accept | resolve while a clock runs; null once resolved, rejected or closed. */
    clockStage: text('clock_stage'),
    stageStartedAt: instant('stage_started_at'),
    deadlineAt: instant('deadline_at'),
    /** Set while returned for information: the clock is paused from this instant. */
    pausedSince: instant('paused_since'),
    pausedTotalMs: bigint('paused_total_ms', { mode: 'number' }).notNull().default(0),
    /** 0 on time; 1 the department head alerted; 2 the zone leader too. */
    escalation: smallint('escalation').notNull().default(0),
    /** Stages finished after their deadline; 0 means handled on time. */
    missedDeadlines: smallint('missed_deadlines').notNull().default(0),
    resolution: text('resolution'),
    resolvedAt: instant('resolved_at'),
    rating: smallint('rating'),
    ratedAt: instant('rated_at'),
    closedAt: instant('closed_at'),
    /** Words segmented from the title and description (jieba), for the hotspot statistics. */
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Every 1- and 2-character piece of the lower-cased title, for the list's search box. Written
     * by a trigger from `title` (migration 0020), never by the application.
     */
    titleGrams: text('title_grams')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(0),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    unique('appeals_zone_number').on(table.zoneId, table.number),
    index('appeals_zone_submitted').on(table.zoneId, table.submittedAt),
    index('appeals_zone_lead_deadline').on(table.zoneId, table.leadDepartmentId, table.deadlineAt),
    index('appeals_enterprise_submitted').on(table.enterpriseId, table.submittedAt),
    // The clock job's: running clocks not yet escalated to the leader.
    index('appeals_open_deadline')
      .on(table.deadlineAt)
      .where(
        sql`${table.deadlineAt} is not null and ${table.pausedSince} is null and ${table.escalation} < 2`,
      ),
    // The queues, the dispatch board and the open filter read the few open appeals by deadline;
    // without it each of them scans every appeal the zone ever had.
    index('appeals_zone_open_deadline')
      .on(table.zoneId, table.deadlineAt)
      .where(sql`${table.state} not in ('resolved', 'rejected', 'closed')`),
    // The search box: titles by their pieces, numbers by a case-blind prefix.
    index('appeals_title_grams').using('gin', table.titleGrams),
    index('appeals_zone_number_folded').on(table.zoneId, sql`lower(${table.number}) text_pattern_ops`),
  ],
);

/** Departments asked to assist (协办) on an appeal. */
export const appealAssists = pgTable(
  'appeal_assists',
  {
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
  },
  (table) => [
    primaryKey({ columns: [table.appealId, table.departmentId] }),
    index('appeal_assists_department').on(table.departmentId),
  ],
);

/** Every step of an appeal, with who, when and why: the timeline. */
export const appealEvents = pgTable(
  'appeal_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id, { onDelete: 'cascade' }),
    /** A workflow step, or submit / escalate. */
    step: text('step').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** Null for the clock job. */
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    departmentId: uuid('department_id').references(() => departments.id),
    rating: smallint('rating'),
    escalation: smallint('escalation'),
    at: instant('at').notNull(),
  },
  (table) => [
    index('appeal_events_appeal').on(table.appealId, table.at),
    // An officer also sees the appeals it acted on (a department that transferred one on).
    index('appeal_events_actor').on(table.actorId, table.appealId),
  ],
);

/** A file attached to an appeal; the bytes live on disk under the data directory, named by id. */
export const appealAttachments = pgTable(
  'appeal_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** As detected from the content, never taken from the name or the client. */
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (table) => [index('appeal_attachments_appeal').on(table.appealId)],
);

/** What needs a person's attention (站内消息), written with the step that caused it. */
export const inboxMessages = pgTable(
  'inbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    appealId: uuid('appeal_id').references(() => appeals.id, { onDelete: 'cascade' }),
    /** A message about a project (a help request and its answer) instead of an appeal. */
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    readAt: instant('read_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('inbox_user_created').on(table.userId, table.createdAt)],
);
