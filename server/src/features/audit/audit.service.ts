import type { z } from 'zod';
import type { AuditEntry, listAuditQuery } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findAuditEntries, insertAuditEntry } from './audit.repository.js';

/** Fields never written to the audit log, even as "before/after". */
const secretFields = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword']);

function redact(values: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!values) return null;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (secretFields.has(key)) copy[key] = value === undefined ? undefined : '***';
    else copy[key] = value instanceof Date ? value.toISOString() : value;
  }
  return copy;
}

/** Keeps only the fields that changed, so an entry shows what the write did. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const previous = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const next = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (JSON.stringify(previous) !== JSON.stringify(next)) {
      changedBefore[key] = previous ?? null;
      changedAfter[key] = next ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** The zone the record belongs to, when there is no signed-in actor (e.g. a failed sign-in). */
  zoneId?: string | null;
  /** The person acting, when not (yet) signed in. */
  username?: string | null;
  role?: string | null;
}

/**
 * Records one write in the audit log, inside the caller's transaction so that the entry and
 * the change it describes commit or roll back together.
 */
export async function recordAudit(db: DbOrTx, context: RequestContext, event: AuditEvent): Promise<void> {
  await insertAuditEntry(db, {
    zoneId: event.zoneId ?? context.actor?.zoneId ?? null,
    actorUserId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? event.username ?? null,
    actorRole: context.actor?.role ?? event.role ?? null,
    ip: context.ip,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    before: redact(event.before ?? null),
    after: redact(event.after ?? null),
    requestId: context.requestId,
  });
}

/** Lists the audit log of the auditor's zone with filters. */
export async function listAuditEntries(
  db: DbOrTx,
  context: RequestContext,
  query: z.infer<typeof listAuditQuery>,
): Promise<{ items: AuditEntry[]; total: number }> {
  const actor = requireActor(context);
  authorize(actor, 'audit.read');
  const { rows, total } = await findAuditEntries(db, {
    zoneId: actor.zoneId,
    actor: query.actor,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    total,
    items: rows.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorUsername: row.actorUsername,
      actorRole: row.actorRole,
      ip: row.ip,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: (row.before as Record<string, unknown> | null) ?? null,
      after: (row.after as Record<string, unknown> | null) ?? null,
      requestId: row.requestId,
    })),
  };
}
