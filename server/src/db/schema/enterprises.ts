import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { parks, zones } from './zones.js';

/**
 * One record per enterprise (一企一档). Search columns (pinyin, initials, bigrams) are derived
 * from the names on every write by the service, never typed by hand.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    creditCode: text('credit_code').notNull(),
    /** Why a code that fails validation was accepted anyway (audited); null when the code is valid. */
    creditCodeOverride: text('credit_code_override'),
    parkId: uuid('park_id').references(() => parks.id),
    industryCode: text('industry_code'),
    /** 大/中/小/微 by the statistical rule: large | medium | small | micro. */
    scale: text('scale'),
    isAboveScale: boolean('is_above_scale').notNull().default(false),
    leadingIndustry: text('leading_industry'),
    isKey: boolean('is_key').notNull().default(false),
    liaisonUserId: uuid('liaison_user_id'),
    responsibleLeaderId: uuid('responsible_leader_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    legalRepresentative: text('legal_representative'),
    /** 注册资本, 万元, exact decimal. */
    registeredCapital: numeric('registered_capital', { precision: 18, scale: 4 }),
    address: text('address'),
    establishedOn: date('established_on'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text('notes'),
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    /** Every pair of adjacent characters of the names, so 2-character queries use an index. */
    nameBigrams: text('name_bigrams')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('enterprises_zone_credit_code').on(table.zoneId, table.creditCode),
    index('enterprises_zone_name').on(table.zoneId, table.name),
    index('enterprises_name_trgm').using('gin', sql`${table.name} gin_trgm_ops`),
    index('enterprises_short_name_trgm').using('gin', sql`${table.shortName} gin_trgm_ops`),
    index('enterprises_pinyin_trgm').using('gin', sql`${table.namePinyin} gin_trgm_ops`),
    index('enterprises_initials_trgm').using('gin', sql`${table.nameInitials} gin_trgm_ops`),
    index('enterprises_bigrams').using('gin', table.nameBigrams),
    index('enterprises_zone_credit_code_prefix').using(
      'btree',
      table.zoneId,
      sql`${table.creditCode} text_pattern_ops`,
    ),
    index('enterprises_zone_park').on(table.zoneId, table.parkId),
    // The list's sort orders: walking one of these stops after a page when many rows match.
    index('enterprises_zone_order_name').on(table.zoneId, table.namePinyin, table.id),
    index('enterprises_zone_order_established').on(table.zoneId, table.establishedOn, table.id),
    index('enterprises_zone_order_updated').on(table.zoneId, table.updatedAt, table.id),
    index('enterprises_zone_liaison').on(table.zoneId, table.liaisonUserId),
    // The list's filters, so the exact total of a broad match is an index-only count (deduplicated
    // btree entries, well under 1 MB per 100,000 enterprises) rather than a pass over the records.
    index('enterprises_zone_above_scale').on(table.zoneId, table.isAboveScale),
    index('enterprises_zone_key').on(table.zoneId, table.isKey),
    index('enterprises_zone_scale').on(table.zoneId, table.scale),
    // 大类 (the code's first two digits): a 门类 is a list of them. The code itself is a column too,
    // because PostgreSQL answers from an index alone only when it holds the columns the query names.
    index('enterprises_zone_division').on(
      table.zoneId,
      sql`left(${table.industryCode}, 2)`,
      table.industryCode,
    ),
  ],
);

/**
 * One row per bigram of an enterprise's names: `name_bigrams` unnested, kept equal to it by
 * triggers on `enterprises` (migration 0011), never written by the application. It exists for one
 * query: the exact total of a broad 2-character search, which an index-only scan of
 * (zone_id, bigram) counts without reading the records; the GIN index finds the same rows but
 * must visit every matching record's page to count them. No foreign keys: a check per row made
 * writing them 2.5 times slower, and the triggers remove the rows of a removed enterprise.
 */
export const enterpriseNameBigrams = pgTable(
  'enterprise_name_bigrams',
  {
    zoneId: uuid('zone_id').notNull(),
    bigram: text('bigram').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
  },
  (table) => [
    index('enterprise_name_bigrams_zone_bigram').on(table.zoneId, table.bigram),
    index('enterprise_name_bigrams_enterprise').on(table.enterpriseId),
  ],
);

/** Qualification types: the built-in ones plus those a zone adds. */
export const qualificationTypes = pgTable(
  'qualification_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (table) => [unique('qualification_types_zone_code').on(table.zoneId, table.code)],
);

/** A qualification an enterprise holds (高企, 科小, 专精特新 …); its status is computed from the dates. */
export const enterpriseQualifications = pgTable(
  'enterprise_qualifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    /** national | provincial | municipal */
    level: text('level').notNull(),
    certificateNumber: text('certificate_number'),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('qualifications_enterprise').on(table.enterpriseId),
    index('qualifications_zone_expiry').on(table.zoneId, table.expiresOn),
    index('qualifications_zone_type').on(table.zoneId, table.type, table.enterpriseId),
  ],
);

/** A contact person; mobiles are masked in lists and shown in full only on an audited request. */
export const enterpriseContacts = pgTable(
  'enterprise_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position'),
    mobile: text('mobile'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('contacts_enterprise').on(table.enterpriseId)],
);

/** A visit (走访) to an enterprise: who went, what was discussed, the problems raised, the next step. */
export const enterpriseVisits = pgTable(
  'enterprise_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    visitedOn: date('visited_on').notNull(),
    visitors: text('visitors').notNull(),
    summary: text('summary').notNull(),
    /** Each problem raised can later become an appeal (企业诉求). */
    problems: text('problems')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nextStep: text('next_step'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('visits_enterprise_date').on(table.enterpriseId, table.visitedOn)],
);

/** The history of who looks after an enterprise (包保干部, 区领导责任田) and whether it is key. */
export const enterpriseAssignments = pgTable(
  'enterprise_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    isKey: boolean('is_key').notNull(),
    liaisonUserId: uuid('liaison_user_id'),
    responsibleLeaderId: uuid('responsible_leader_id'),
    reason: text('reason'),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('assignments_enterprise').on(table.enterpriseId, table.assignedAt)],
);
