import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { departments, parks, users, zones } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';

/** Sub-parks of the zone that take new records (retired ones are left out of pickers). */
export function findParks(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: parks.id, name: parks.name, code: parks.code })
    .from(parks)
    .where(and(eq(parks.zoneId, zoneId), isNull(parks.retiredAt)))
    .orderBy(asc(parks.sortOrder), asc(parks.code));
}

/** Departments of the zone that take new work (retired ones are left out of pickers). */
export function findDepartments(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: departments.id, name: departments.name, code: departments.code })
    .from(departments)
    .where(and(eq(departments.zoneId, zoneId), isNull(departments.retiredAt)))
    .orderBy(asc(departments.sortOrder), asc(departments.code));
}

export type ZoneRow = typeof zones.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type ParkRow = typeof parks.$inferSelect;

export async function findZone(db: DbOrTx, zoneId: string): Promise<ZoneRow | undefined> {
  const [row] = await db.select().from(zones).where(eq(zones.id, zoneId));
  return row;
}

/** The zone holding a code, other than the given one (zone codes are unique across the installation). */
export async function findZoneByCode(db: DbOrTx, code: string, exceptId: string) {
  const [row] = await db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(and(sql`lower(${zones.code}) = lower(${code})`, ne(zones.id, exceptId)));
  return row;
}

/** Writes the zone if its version is still `version`; answers the new row, or undefined when stale. */
export async function updateZoneIfVersion(
  db: DbOrTx,
  zoneId: string,
  version: number,
  values: Partial<Pick<ZoneRow, 'name' | 'code' | 'divisionCode' | 'amountUnit' | 'scheduleBasis'>>,
) {
  const [row] = await db
    .update(zones)
    .set({ ...values, version: sql`${zones.version} + 1` })
    .where(and(eq(zones.id, zoneId), eq(zones.version, version)))
    .returning();
  return row;
}

/** Bumps the zone's version alone (a change kept elsewhere, such as the filing deadline). */
export async function touchZoneIfVersion(db: DbOrTx, zoneId: string, version: number) {
  return updateZoneIfVersion(db, zoneId, version, {});
}

/** Every department of the zone with its head (the first active officer marked head) and head count. */
export async function findDepartmentsWithPeople(db: DbOrTx, zoneId: string, id?: string) {
  return db
    .select({
      department: departments,
      headId: sql<string | null>`(select u.id from users u where u.department_id = departments.id
        and u.is_department_head and u.is_active order by u.created_at limit 1)`,
      headName: sql<string | null>`(select u.display_name from users u where u.department_id = departments.id
        and u.is_department_head and u.is_active order by u.created_at limit 1)`,
      memberCount: sql<number>`(select count(*)::int from users u where u.department_id = departments.id
        and u.is_active)`,
    })
    .from(departments)
    .where(and(eq(departments.zoneId, zoneId), id ? eq(departments.id, id) : undefined))
    .orderBy(asc(departments.sortOrder), asc(departments.code));
}

export async function findDepartmentInZone(db: DbOrTx, zoneId: string, id: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.zoneId, zoneId), eq(departments.id, id)));
  return row;
}

/** The department of the zone holding a code (case-insensitive), other than `exceptId`. */
export async function findDepartmentByCode(db: DbOrTx, zoneId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(
      and(
        eq(departments.zoneId, zoneId),
        sql`lower(${departments.code}) = lower(${code})`,
        exceptId ? ne(departments.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function insertDepartment(db: DbOrTx, values: typeof departments.$inferInsert) {
  const [row] = await db.insert(departments).values(values).returning();
  return row!;
}

export async function updateDepartmentIfVersion(
  db: DbOrTx,
  zoneId: string,
  id: string,
  version: number,
  values: Partial<Pick<DepartmentRow, 'code' | 'name' | 'sortOrder' | 'retiredAt'>>,
) {
  const [row] = await db
    .update(departments)
    .set({ ...values, version: sql`${departments.version} + 1` })
    .where(and(eq(departments.zoneId, zoneId), eq(departments.id, id), eq(departments.version, version)))
    .returning();
  return row;
}

/** An active officer of the department (a candidate for its head). */
export async function findActiveOfficer(db: DbOrTx, departmentId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.departmentId, departmentId),
        eq(users.role, 'officer'),
        eq(users.isActive, true),
      ),
    );
  return row;
}

/** The department's active officers, for choosing its head. */
export function findDepartmentOfficers(db: DbOrTx, departmentId: string) {
  return db
    .select({
      id: users.id,
      name: users.displayName,
      username: users.username,
      isHead: users.isDepartmentHead,
    })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.role, 'officer'), eq(users.isActive, true)))
    .orderBy(asc(users.displayName));
}

/**
 * Makes `headUserId` the one head of the department (null: none). Users whose flag changes get a
 * new version, so an open user form notices.
 */
export async function setDepartmentHead(db: DbOrTx, departmentId: string, headUserId: string | null) {
  await db
    .update(users)
    .set({
      isDepartmentHead: headUserId ? sql`${users.id} = ${headUserId}` : false,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(users.departmentId, departmentId),
        headUserId
          ? sql`(${users.isDepartmentHead} <> (${users.id} = ${headUserId}))`
          : eq(users.isDepartmentHead, true),
      ),
    );
}

export async function findParksWithCounts(db: DbOrTx, zoneId: string, id?: string) {
  return db
    .select({
      park: parks,
      enterpriseCount: sql<number>`(select count(*)::int from enterprises e where e.park_id = parks.id)`,
    })
    .from(parks)
    .where(and(eq(parks.zoneId, zoneId), id ? eq(parks.id, id) : undefined))
    .orderBy(asc(parks.sortOrder), asc(parks.code));
}

export async function findParkInZone(db: DbOrTx, zoneId: string, id: string) {
  const [row] = await db
    .select()
    .from(parks)
    .where(and(eq(parks.zoneId, zoneId), eq(parks.id, id)));
  return row;
}

export async function findParkByCode(db: DbOrTx, zoneId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: parks.id, name: parks.name })
    .from(parks)
    .where(
      and(
        eq(parks.zoneId, zoneId),
        sql`lower(${parks.code}) = lower(${code})`,
        exceptId ? ne(parks.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function insertPark(db: DbOrTx, values: typeof parks.$inferInsert) {
  const [row] = await db.insert(parks).values(values).returning();
  return row!;
}

export async function updateParkIfVersion(
  db: DbOrTx,
  zoneId: string,
  id: string,
  version: number,
  values: Partial<Pick<ParkRow, 'code' | 'name' | 'sortOrder' | 'retiredAt' | 'outline'>>,
) {
  const [row] = await db
    .update(parks)
    .set({ ...values, version: sql`${parks.version} + 1` })
    .where(and(eq(parks.zoneId, zoneId), eq(parks.id, id), eq(parks.version, version)))
    .returning();
  return row;
}

/** What the first-run checklist counts, in one round trip. */
export async function countSetupFacts(db: DbOrTx, zoneId: string) {
  const [row] = await db
    .select({
      departments: sql<number>`(select count(*)::int from departments d
        where d.zone_id = ${zoneId} and d.retired_at is null)`,
      parks: sql<number>`(select count(*)::int from parks p where p.zone_id = ${zoneId} and p.retired_at is null)`,
      officers: sql<number>`(select count(*)::int from users u
        where u.zone_id = ${zoneId} and u.role = 'officer' and u.is_active)`,
      enterprises: sql<number>`(select count(*)::int from enterprises e where e.zone_id = ${zoneId})`,
    })
    .from(zones)
    .where(eq(zones.id, zoneId));
  return row;
}

/** The zone's administrator the command-line setup acts as (the first one created). */
export async function findFirstAdmin(db: DbOrTx, zoneId?: string) {
  const [row] = await db
    .select({ id: users.id, username: users.username, zoneId: users.zoneId })
    .from(users)
    .where(
      and(eq(users.role, 'admin'), eq(users.isActive, true), zoneId ? eq(users.zoneId, zoneId) : undefined),
    )
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row;
}

/** An active administrator by username (the command-line setup acts as them). */
export async function findAdminByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ id: users.id, username: users.username, zoneId: users.zoneId })
    .from(users)
    .where(
      and(eq(users.username, username.toLowerCase()), eq(users.role, 'admin'), eq(users.isActive, true)),
    );
  return row;
}

/** How the zone reckons 时序进度 (read by 经济运行's target progress). */
export async function findScheduleBasis(db: DbOrTx, zoneId: string): Promise<'months' | 'days'> {
  const [row] = await db.select({ basis: zones.scheduleBasis }).from(zones).where(eq(zones.id, zoneId));
  return row?.basis === 'days' ? 'days' : 'months';
}
