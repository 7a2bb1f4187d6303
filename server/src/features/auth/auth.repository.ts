import { and, eq, lt, or, sql } from 'drizzle-orm';
import { departments, enterprises, sessions, users, zones } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';

export async function findUserByUsername(db: DbOrTx, username: string) {
  const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0];
}

export async function findUserById(db: DbOrTx, id: string) {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export type UserRow = typeof users.$inferSelect;

export async function updateUserSignInState(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<UserRow, 'failedAttempts' | 'lockedUntil' | 'lastLoginAt'>>,
) {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function updateUserPassword(db: DbOrTx, id: string, passwordHash: string, mustChange: boolean) {
  await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, id));
}

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

/**
 * The session with its user and the names /api/auth/me shows, in one query: what the cookie
 * resolves to (the role lives on the user row, so this is also the role and zone resolution).
 */
export async function findSessionWithUser(db: DbOrTx, sessionId: string) {
  const rows = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      zoneId: users.zoneId,
      departmentId: users.departmentId,
      enterpriseId: users.enterpriseId,
      isLiaison: users.isLiaison,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      zoneName: zones.name,
      departmentName: departments.name,
      enterpriseName: enterprises.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return rows[0];
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof findSessionWithUser>>>;

export async function touchSession(db: DbOrTx, sessionId: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: DbOrTx, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends all sessions of a user except, optionally, one (after a password change). */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string, exceptSessionId?: string) {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
    : eq(sessions.userId, userId);
  await db.delete(sessions).where(condition);
}

/** Removes sessions past their absolute or idle limit; returns how many. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleCutoff: Date): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ id: sessions.id });
  return removed.length;
}

/** The names shown with the current user. */
export async function findUserProfile(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      user: users,
      zoneName: zones.name,
      departmentName: departments.name,
      enterpriseName: enterprises.name,
    })
    .from(users)
    .innerJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0];
}
