import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import {
  appealAssists,
  appealAttachments,
  appealCategories,
  appealEvents,
  appeals,
  departments,
  enterpriseVisits,
  enterprises,
  users,
} from '../../db/schema/index.js';

/** The departments of the zone that take new work (dispatch, transfer, help requests): retired ones are left out. */
export async function findDepartmentIdsOfZone(db: DbOrTx, zoneId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.zoneId, zoneId), isNull(departments.retiredAt)));
  return new Set(rows.map((row) => row.id));
}

/** SQ + year + a number from one sequence: unique across zones without a lock. */
export async function nextAppealNumber(db: DbOrTx, year: string): Promise<string> {
  const result = await db.execute<{ value: string }>(sql`select nextval('appeal_number_seq')::text as value`);
  return `SQ${year}${result.rows[0]!.value.padStart(6, '0')}`;
}

export async function insertAppeal(db: DbOrTx, values: typeof appeals.$inferInsert) {
  const [row] = await db.insert(appeals).values(values).returning({ id: appeals.id });
  return row!;
}

const leadDepartment = alias(departments, 'lead_department');

/** One appeal of a zone with the names it shows; `forUpdate` locks the row for a transition. */
export async function findAppealRow(db: DbOrTx, zoneId: string, id: string, forUpdate = false) {
  const query = db
    .select({
      appeal: appeals,
      enterpriseName: enterprises.name,
      liaisonUserId: enterprises.liaisonUserId,
      categoryName: appealCategories.name,
      leadDepartmentName: leadDepartment.name,
    })
    .from(appeals)
    .innerJoin(enterprises, eq(enterprises.id, appeals.enterpriseId))
    .innerJoin(appealCategories, eq(appealCategories.id, appeals.categoryId))
    .leftJoin(leadDepartment, eq(leadDepartment.id, appeals.leadDepartmentId))
    .where(and(eq(appeals.zoneId, zoneId), eq(appeals.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: appeals }) : await query;
  return row;
}
export type AppealRow = NonNullable<Awaited<ReturnType<typeof findAppealRow>>>;

export async function findAssists(db: DbOrTx, appealId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(appealAssists)
    .innerJoin(departments, eq(departments.id, appealAssists.departmentId))
    .where(eq(appealAssists.appealId, appealId))
    .orderBy(asc(departments.code));
}

export async function replaceAssists(db: DbOrTx, zoneId: string, appealId: string, departmentIds: string[]) {
  await db.delete(appealAssists).where(eq(appealAssists.appealId, appealId));
  if (departmentIds.length > 0) {
    await db
      .insert(appealAssists)
      .values(departmentIds.map((departmentId) => ({ appealId, departmentId, zoneId })));
  }
}

export async function updateAppeal(
  db: DbOrTx,
  id: string,
  values: Partial<typeof appeals.$inferInsert>,
): Promise<void> {
  await db
    .update(appeals)
    .set({ ...values, version: sql`${appeals.version} + 1`, updatedAt: values.updatedAt ?? new Date() })
    .where(eq(appeals.id, id));
}

export async function insertAppealEvent(db: DbOrTx, values: typeof appealEvents.$inferInsert) {
  await db.insert(appealEvents).values(values);
}

export async function findAppealEvents(db: DbOrTx, appealId: string) {
  return db
    .select({ event: appealEvents, departmentName: departments.name })
    .from(appealEvents)
    .leftJoin(departments, eq(departments.id, appealEvents.departmentId))
    .where(eq(appealEvents.appealId, appealId))
    .orderBy(asc(appealEvents.at), asc(appealEvents.id));
}

export async function findAttachments(db: DbOrTx, appealId: string) {
  return db
    .select()
    .from(appealAttachments)
    .where(eq(appealAttachments.appealId, appealId))
    .orderBy(asc(appealAttachments.uploadedAt));
}

export async function countAttachments(db: DbOrTx, appealId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(appealAttachments)
    .where(eq(appealAttachments.appealId, appealId));
  return row?.count ?? 0;
}

export async function insertAttachment(db: DbOrTx, values: typeof appealAttachments.$inferInsert) {
  const [row] = await db.insert(appealAttachments).values(values).returning();
  return row!;
}

export async function findAttachment(db: DbOrTx, appealId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(appealAttachments)
    .where(and(eq(appealAttachments.appealId, appealId), eq(appealAttachments.id, attachmentId)));
  return row;
}

/** Whether the department assists on the appeal. */
export async function isAssisting(db: DbOrTx, appealId: string, departmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(appealAssists)
    .where(and(eq(appealAssists.appealId, appealId), eq(appealAssists.departmentId, departmentId)));
  return row !== undefined;
}

export async function findDisplayName(db: DbOrTx, userId: string): Promise<string> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? '';
}

export async function findEnterpriseOfZone(db: DbOrTx, zoneId: string, id: string) {
  const [row] = await db
    .select({ id: enterprises.id, liaisonUserId: enterprises.liaisonUserId })
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.id, id)));
  return row;
}

export async function visitBelongsTo(db: DbOrTx, enterpriseId: string, visitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: enterpriseVisits.id })
    .from(enterpriseVisits)
    .where(and(eq(enterpriseVisits.enterpriseId, enterpriseId), eq(enterpriseVisits.id, visitId)));
  return row !== undefined;
}

/** Whether the user took any step on the appeal. */
export async function hasActedOn(db: DbOrTx, appealId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(appealEvents)
    .where(and(eq(appealEvents.appealId, appealId), eq(appealEvents.actorId, userId)))
    .limit(1);
  return row !== undefined;
}
