import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises.js';
import { users } from './users.js';
import { departments, parks, zones } from './zones.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
/** 万元 with four decimals; never binary floats. */
const amount = (name: string) => numeric(name, { precision: 20, scale: 4 });

/** Per-zone settings of 招商 and 项目促建: the first-contact deadline and the colour thresholds. */
export const projectSettings = pgTable('project_settings', {
  zoneId: uuid('zone_id')
    .primaryKey()
    .references(() => zones.id),
  firstContactDays: smallint('first_contact_days').notNull().default(3),
  dueSoonDays: smallint('due_soon_days').notNull().default(7),
  lateYellowDays: smallint('late_yellow_days').notNull().default(15),
  version: integer('version').notNull().default(0),
});

/**
 * An investment lead (招商线索). `company_key` is the name without legal-form words, for the
 * 首报首谈 duplicate test; `duplicate_of_id` points at the first reporter's lead.
 */
export const investmentLeads = pgTable(
  'investment_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    companyName: text('company_name').notNull(),
    companyKey: text('company_key').notNull(),
    creditCode: text('credit_code'),
    /** When the company is already a registered enterprise of the zone. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    industryCode: text('industry_code'),
    intendedInvestment: amount('intended_investment'),
    source: text('source').notNull(),
    /** 以商招商: the zone's enterprise that brought the lead. */
    anchorEnterpriseId: uuid('anchor_enterprise_id').references(() => enterprises.id),
    summary: text('summary'),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    departmentId: uuid('department_id').references(() => departments.id),
    parkId: uuid('park_id').references(() => parks.id),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    firstContactedAt: instant('first_contacted_at'),
    duplicateOfId: uuid('duplicate_of_id'),
    projectId: uuid('project_id'),
    registeredAt: instant('registered_at').notNull().defaultNow(),
    version: integer('version').notNull().default(0),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('leads_zone_registered').on(table.zoneId, table.registeredAt),
    index('leads_zone_credit_code').on(table.zoneId, table.creditCode),
    index('leads_zone_owner').on(table.zoneId, table.ownerId),
    index('leads_company_key_trgm').using('gin', sql`${table.companyKey} gin_trgm_ops`),
  ],
);

/** A follow-up on a lead (跟进记录): a call, a visit, a round of negotiation. */
export const leadFollowUps = pgTable(
  'lead_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => investmentLeads.id, { onDelete: 'cascade' }),
    /** contact | visit | negotiation | other */
    kind: text('kind').notNull(),
    happenedOn: date('happened_on').notNull(),
    note: text('note').notNull(),
    byId: uuid('by_id')
      .notNull()
      .references(() => users.id),
    byName: text('by_name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('lead_follow_ups_lead').on(table.leadId, table.happenedOn)],
);

/**
 * A project (项目) from signing to full production. The 五个一 team: one leader, one section chief,
 * one liaison, one plan; plus the project commissioner (项目专员). `next_open_on` is the earliest
 * planned date of a milestone not yet reached, kept with the milestones so colours filter by index.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    leadId: uuid('lead_id').references(() => investmentLeads.id),
    name: text('name').notNull(),
    investorName: text('investor_name').notNull(),
    /** When the investor is (or becomes) an enterprise of the zone: its users see the project. */
    investorEnterpriseId: uuid('investor_enterprise_id').references(() => enterprises.id),
    totalInvestment: amount('total_investment').notNull(),
    contractAmount: amount('contract_amount').notNull(),
    industryCode: text('industry_code'),
    parkId: uuid('park_id').references(() => parks.id),
    /** Free text until the land module exists. */
    plot: text('plot'),
    stage: text('stage').notNull(),
    signedOn: date('signed_on').notNull(),
    registeredOn: date('registered_on'),
    landGrantedOn: date('land_granted_on'),
    startedOn: date('started_on'),
    completedOn: date('completed_on'),
    producingOn: date('producing_on'),
    fullProductionOn: date('full_production_on'),
    leaderId: uuid('leader_id').references(() => users.id),
    sectionChiefId: uuid('section_chief_id').references(() => users.id),
    liaisonId: uuid('liaison_id').references(() => users.id),
    commissionerId: uuid('commissioner_id').references(() => users.id),
    planDocument: text('plan_document'),
    departmentId: uuid('department_id').references(() => departments.id),
    nextOpenOn: date('next_open_on'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('projects_zone_signed').on(table.zoneId, table.signedOn),
    // Id and park too: the map reads its most urgent projects from this index alone, in order.
    index('projects_zone_next_open').on(table.zoneId, table.nextOpenOn, table.id, table.parkId),
    index('projects_zone_stage').on(table.zoneId, table.stage),
    index('projects_lead').on(table.leadId),
  ],
);

/** 到位资金: dated entries, never one overwritten number. */
export const projectFunds = pgTable(
  'project_funds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    receivedOn: date('received_on').notNull(),
    amount: amount('amount').notNull(),
    note: text('note'),
    byName: text('by_name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('project_funds_zone_received').on(table.zoneId, table.receivedOn),
    index('project_funds_project').on(table.projectId),
  ],
);

/** A milestone with its planned and actual dates; open ones decide the project's colour. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    plannedOn: date('planned_on').notNull(),
    actualOn: date('actual_on'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [index('project_milestones_project').on(table.projectId, table.plannedOn)],
);

/** A weekly progress report: what was done, what blocks, what help is needed and from whom. */
export const projectReports = pgTable(
  'project_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    weekOf: date('week_of').notNull(),
    done: text('done').notNull(),
    blockers: text('blockers'),
    helpNeeded: text('help_needed'),
    /** The department asked for help: it then sees the project, and its officers are told. */
    helpDepartmentId: uuid('help_department_id').references(() => departments.id),
    /** The asked department's answer; a help request without one is open. */
    helpAnswer: text('help_answer'),
    helpAnsweredById: uuid('help_answered_by_id').references(() => users.id),
    helpAnsweredByName: text('help_answered_by_name'),
    helpAnsweredAt: instant('help_answered_at'),
    byId: uuid('by_id')
      .notNull()
      .references(() => users.id),
    byName: text('by_name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('project_reports_project').on(table.projectId, table.weekOf),
    index('project_reports_help_department').on(table.helpDepartmentId),
  ],
);

/** Every stage change, with the date it happened and, going backwards, why. */
export const projectStageChanges = pgTable(
  'project_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    happenedOn: date('happened_on').notNull(),
    reason: text('reason'),
    byName: text('by_name').notNull(),
    at: instant('at').notNull().defaultNow(),
  },
  (table) => [index('project_stage_changes_project').on(table.projectId, table.at)],
);
