import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { parks, zones } from './zones.js';

/** One record per enterprise (一企一档). The enterprise module extends it. */
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
    parkId: uuid('park_id').references(() => parks.id),
    industryCode: text('industry_code'),
    isAboveScale: boolean('is_above_scale').notNull().default(false),
    isKey: boolean('is_key').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    legalRepresentative: text('legal_representative'),
    address: text('address'),
    establishedOn: date('established_on'),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('enterprises_zone_credit_code').on(table.zoneId, table.creditCode),
    index('enterprises_zone_name').on(table.zoneId, table.name),
  ],
);
