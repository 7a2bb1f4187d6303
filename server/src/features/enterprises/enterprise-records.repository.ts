import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import {
  qualificationTypes,
  enterpriseAssignments,
  enterpriseContacts,
  enterpriseQualifications,
  enterprises,
  enterpriseVisits,
} from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';

export async function findQualifications(db: DbOrTx, zoneId: string, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseQualifications)
    .where(
      and(
        eq(enterpriseQualifications.zoneId, zoneId),
        eq(enterpriseQualifications.enterpriseId, enterpriseId),
      ),
    )
    .orderBy(desc(enterpriseQualifications.issuedOn), asc(enterpriseQualifications.type));
}

export async function findQualification(db: DbOrTx, zoneId: string, enterpriseId: string, id: string) {
  const rows = await db
    .select()
    .from(enterpriseQualifications)
    .where(
      and(
        eq(enterpriseQualifications.zoneId, zoneId),
        eq(enterpriseQualifications.enterpriseId, enterpriseId),
        eq(enterpriseQualifications.id, id),
      ),
    );
  return rows[0];
}

export async function insertQualification(db: DbOrTx, values: typeof enterpriseQualifications.$inferInsert) {
  const rows = await db.insert(enterpriseQualifications).values(values).returning();
  return rows[0];
}

export async function updateQualification(
  db: DbOrTx,
  id: string,
  values: Partial<typeof enterpriseQualifications.$inferInsert>,
) {
  const rows = await db
    .update(enterpriseQualifications)
    .set(values)
    .where(eq(enterpriseQualifications.id, id))
    .returning();
  return rows[0];
}

export async function deleteQualification(db: DbOrTx, id: string) {
  await db.delete(enterpriseQualifications).where(eq(enterpriseQualifications.id, id));
}

/** Qualifications of the zone that end on or before a day (and, unless asked, not before today). */
export async function findExpiringQualifications(
  db: DbOrTx,
  filter: {
    zoneId: string;
    today: string;
    until: string;
    includeExpired: boolean;
    type?: string;
    limit: number;
    offset: number;
  },
) {
  const conditions: SQL[] = [
    eq(enterpriseQualifications.zoneId, filter.zoneId),
    lte(enterpriseQualifications.expiresOn, filter.until),
  ];
  if (!filter.includeExpired) conditions.push(gte(enterpriseQualifications.expiresOn, filter.today));
  if (filter.type) conditions.push(eq(enterpriseQualifications.type, filter.type));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select({ qualification: enterpriseQualifications, enterpriseName: enterprises.name })
      .from(enterpriseQualifications)
      .innerJoin(enterprises, eq(enterprises.id, enterpriseQualifications.enterpriseId))
      .where(where)
      .orderBy(asc(enterpriseQualifications.expiresOn), asc(enterprises.name))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(enterpriseQualifications).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findContacts(db: DbOrTx, zoneId: string, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseContacts)
    .where(and(eq(enterpriseContacts.zoneId, zoneId), eq(enterpriseContacts.enterpriseId, enterpriseId)))
    .orderBy(asc(enterpriseContacts.createdAt));
}

export async function findContact(db: DbOrTx, zoneId: string, enterpriseId: string, id: string) {
  const rows = await db
    .select()
    .from(enterpriseContacts)
    .where(
      and(
        eq(enterpriseContacts.zoneId, zoneId),
        eq(enterpriseContacts.enterpriseId, enterpriseId),
        eq(enterpriseContacts.id, id),
      ),
    );
  return rows[0];
}

export async function insertContact(db: DbOrTx, values: typeof enterpriseContacts.$inferInsert) {
  const rows = await db.insert(enterpriseContacts).values(values).returning();
  return rows[0];
}

export async function updateContact(
  db: DbOrTx,
  id: string,
  values: Partial<typeof enterpriseContacts.$inferInsert>,
) {
  const rows = await db
    .update(enterpriseContacts)
    .set(values)
    .where(eq(enterpriseContacts.id, id))
    .returning();
  return rows[0];
}

export async function deleteContact(db: DbOrTx, id: string) {
  await db.delete(enterpriseContacts).where(eq(enterpriseContacts.id, id));
}

export async function findVisits(db: DbOrTx, zoneId: string, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseVisits)
    .where(and(eq(enterpriseVisits.zoneId, zoneId), eq(enterpriseVisits.enterpriseId, enterpriseId)))
    .orderBy(desc(enterpriseVisits.visitedOn), desc(enterpriseVisits.createdAt));
}

export async function insertVisit(db: DbOrTx, values: typeof enterpriseVisits.$inferInsert) {
  const rows = await db.insert(enterpriseVisits).values(values).returning();
  return rows[0];
}

export async function findAssignments(db: DbOrTx, zoneId: string, enterpriseId: string) {
  return db
    .select()
    .from(enterpriseAssignments)
    .where(
      and(eq(enterpriseAssignments.zoneId, zoneId), eq(enterpriseAssignments.enterpriseId, enterpriseId)),
    )
    .orderBy(desc(enterpriseAssignments.assignedAt));
}

export async function insertAssignment(db: DbOrTx, values: typeof enterpriseAssignments.$inferInsert) {
  await db.insert(enterpriseAssignments).values(values);
}

/** Bumps the enterprise's version when a part of its record changes, so concurrent edits see it. */
export async function touchEnterprise(db: DbOrTx, id: string) {
  await db
    .update(enterprises)
    .set({ updatedAt: new Date(), version: sql`${enterprises.version} + 1` })
    .where(eq(enterprises.id, id));
}

export async function insertQualificationType(db: DbOrTx, values: typeof qualificationTypes.$inferInsert) {
  await db.insert(qualificationTypes).values(values);
}
