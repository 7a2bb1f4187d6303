import { jsonb, pgTable, text, timestamp, uuid, unique } from 'drizzle-orm/pg-core';

/** A high-tech zone (高新区): the tenant every business row belongs to. */
export const zones = pgTable('zones', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
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
  },
  (table) => [unique('departments_zone_code').on(table.zoneId, table.code)],
);
