import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log: who changed what, when, from where, with the fields before and
 * after. A trigger (migration 0001) makes the database itself refuse UPDATE, DELETE and TRUNCATE.
 * No foreign keys, so entries outlive the records they describe.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    zoneId: uuid('zone_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (table) => [
    index('audit_zone_at').on(table.zoneId, table.at),
    index('audit_entity').on(table.entityType, table.entityId),
    index('audit_actor').on(table.actorUsername),
  ],
);
