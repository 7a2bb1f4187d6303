import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { appeals, inboxMessages, projects, users } from '../../db/schema/index.js';

const active = (zoneId: string) => and(eq(users.zoneId, zoneId), eq(users.isActive, true));

/** Active officers of the given departments. */
export async function findOfficerIds(db: DbOrTx, zoneId: string, departmentIds: string[]): Promise<string[]> {
  if (departmentIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(active(zoneId), eq(users.role, 'officer'), inArray(users.departmentId, departmentIds)));
  return rows.map((row) => row.id);
}

/** Every active officer of the zone (when no dispatch desk is named). */
export async function findAllOfficerIds(db: DbOrTx, zoneId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(active(zoneId), eq(users.role, 'officer')));
  return rows.map((row) => row.id);
}

/** The department's heads; when it names none, its officers, so an alert never goes nowhere. */
export async function findDepartmentHeadIds(db: DbOrTx, zoneId: string, departmentId: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        active(zoneId),
        eq(users.role, 'officer'),
        eq(users.departmentId, departmentId),
        eq(users.isDepartmentHead, true),
      ),
    );
  return rows.length > 0 ? rows.map((row) => row.id) : findOfficerIds(db, zoneId, [departmentId]);
}

export async function findEnterpriseUserIds(db: DbOrTx, zoneId: string, enterpriseId: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(active(zoneId), eq(users.role, 'enterprise'), eq(users.enterpriseId, enterpriseId)));
  return rows.map((row) => row.id);
}

export async function findLeaderIds(db: DbOrTx, zoneId: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(active(zoneId), eq(users.role, 'leader')));
  return rows.map((row) => row.id);
}

export async function insertInboxMessages(db: DbOrTx, rows: (typeof inboxMessages.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(inboxMessages).values(rows).returning();
}

export async function findInboxMessages(
  db: DbOrTx,
  userId: string,
  options: { unreadOnly: boolean; limit: number; offset: number },
) {
  const where = and(
    eq(inboxMessages.userId, userId),
    options.unreadOnly ? isNull(inboxMessages.readAt) : undefined,
  );
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select({
        message: inboxMessages,
        appealNumber: appeals.number,
        appealTitle: appeals.title,
        projectName: projects.name,
      })
      .from(inboxMessages)
      .leftJoin(appeals, eq(appeals.id, inboxMessages.appealId))
      .leftJoin(projects, eq(projects.id, inboxMessages.projectId))
      .where(where)
      .orderBy(desc(inboxMessages.createdAt), desc(inboxMessages.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ value: count() }).from(inboxMessages).where(where),
    db
      .select({ value: count() })
      .from(inboxMessages)
      .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt))),
  ]);
  return { rows, total: total?.value ?? 0, unread: unread?.value ?? 0 };
}

/** Marks one message (or, without an id, all) of the user read; answers how many changed. */
export async function markInboxRead(db: DbOrTx, userId: string, id?: string): Promise<number> {
  const rows = await db
    .update(inboxMessages)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(inboxMessages.userId, userId),
        id ? eq(inboxMessages.id, id) : undefined,
        isNull(inboxMessages.readAt),
      ),
    )
    .returning({ id: inboxMessages.id });
  return rows.length;
}

export async function inboxMessageExists(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: inboxMessages.id })
    .from(inboxMessages)
    .where(and(eq(inboxMessages.userId, userId), eq(inboxMessages.id, id)));
  return row !== undefined;
}
