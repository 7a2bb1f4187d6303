import { integer, jsonb, pgTable, text, timestamp, uuid, unique } from 'drizzle-orm/pg-core';

/** A high-tech zone (高新区): the tenant every business row belongs to. */
export const zones = pgTable('zones', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** 行政区划代码 (GB/T 2260, six digits) of the district the zone lies in; unset until the admin sets it up. */
  divisionCode: text('division_code'),
  /** The unit amounts are displayed in (元 / 万元 / 亿元); storage stays exact in every case. */
  amountUnit: text('amount_unit').notNull().default('万元'),
  /** How 时序进度 is reckoned: months elapsed ÷ 12, or calendar days elapsed ÷ days of the year. */
  scheduleBasis: text('schedule_basis').notNull().default('months'),
  version: integer('version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A sub-park (分园) of a zone. */
export const parks = pgTable(
  'parks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** The sub-park's outline, a GeoJSON polygon in the zone's own plane (for the map without tiles). */
    outline: jsonb('outline'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A retired sub-park keeps its enterprises and history but is offered for nothing new. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
  },
  (table) => [unique('parks_zone_code').on(table.zoneId, table.code)],
);

/** A department of the administrative committee (经发局, 招商局 …). */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A retired department keeps its people and history but takes no new work. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
  },
  (table) => [unique('departments_zone_code').on(table.zoneId, table.code)],
);
