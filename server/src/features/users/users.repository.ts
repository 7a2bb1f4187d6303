import { and, asc, count, eq, ilike, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { departments, enterprises, users } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';

const userColumns = {
  user: users,
  departmentName: departments.name,
  enterpriseName: enterprises.name,
};

export type UserWithNames = {
  user: typeof users.$inferSelect;
  departmentName: string | null;
  enterpriseName: string | null;
};

export async function findUsers(
  db: DbOrTx,
  filter: { zoneId: string; q?: string; role?: string; limit: number; offset: number },
): Promise<{ rows: UserWithNames[]; total: number }> {
  const conditions: SQL[] = [eq(users.zoneId, filter.zoneId)];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    const match = or(ilike(users.username, pattern), ilike(users.displayName, pattern));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findUserInZone(
  db: DbOrTx,
  zoneId: string,
  id: string,
): Promise<UserWithNames | undefined> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(and(eq(users.zoneId, zoneId), eq(users.id, id)))
    .limit(1);
  return rows[0];
}

export async function isUsernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return rows.length > 0;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const rows = await db.insert(users).values(values).returning({ id: users.id });
  return rows[0]?.id;
}

/** Updates a user only if its version still matches; returns whether it did. */
export async function updateUserIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ ...values, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function departmentExistsInZone(db: DbOrTx, zoneId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.zoneId, zoneId), eq(departments.id, id)))
    .limit(1);
  return rows.length > 0;
}

/** Whether a department is retired (it keeps its people, takes no new ones). */
export async function isDepartmentRetired(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, id), isNotNull(departments.retiredAt)))
    .limit(1);
  return rows.length > 0;
}

export async function enterpriseExistsInZone(db: DbOrTx, zoneId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.id, id)))
    .limit(1);
  return rows.length > 0;
}
