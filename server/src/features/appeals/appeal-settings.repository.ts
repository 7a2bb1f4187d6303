import { and, asc, eq, sql } from 'drizzle-orm';
import { defaultAppealCategories, type ClockRule } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { appealCategories, appealClockRules, appealSettings, departments } from '../../db/schema/index.js';

/** Seeds the default categories the first time a zone uses the module. */
export async function ensureAppealCategories(db: DbOrTx, zoneId: string): Promise<void> {
  await db
    .insert(appealCategories)
    .values(
      defaultAppealCategories.map((category, index) => ({
        zoneId,
        code: category.code,
        name: category.name,
        sortOrder: (index + 1) * 10,
      })),
    )
    .onConflictDoNothing();
}

export async function findAppealCategories(db: DbOrTx, zoneId: string) {
  const rows = await db
    .select()
    .from(appealCategories)
    .where(eq(appealCategories.zoneId, zoneId))
    .orderBy(asc(appealCategories.sortOrder), asc(appealCategories.name));
  if (rows.length > 0) return rows;
  await ensureAppealCategories(db, zoneId);
  return findAppealCategories(db, zoneId);
}

export async function insertAppealCategory(db: DbOrTx, values: typeof appealCategories.$inferInsert) {
  const [row] = await db.insert(appealCategories).values(values).returning();
  return row!;
}

export async function updateAppealCategory(
  db: DbOrTx,
  zoneId: string,
  id: string,
  values: Partial<typeof appealCategories.$inferInsert>,
) {
  const [row] = await db
    .update(appealCategories)
    .set(values)
    .where(and(eq(appealCategories.zoneId, zoneId), eq(appealCategories.id, id)))
    .returning();
  return row;
}

export async function findAppealSettings(db: DbOrTx, zoneId: string) {
  const [row] = await db
    .select({
      dispatchDepartmentId: appealSettings.dispatchDepartmentId,
      dispatchDepartmentName: departments.name,
      version: appealSettings.version,
    })
    .from(appealSettings)
    .leftJoin(departments, eq(departments.id, appealSettings.dispatchDepartmentId))
    .where(eq(appealSettings.zoneId, zoneId));
  return row ?? { dispatchDepartmentId: null, dispatchDepartmentName: null, version: 0 };
}

/** Saves the settings if still at `version`; answers whether it did. */
export async function saveAppealSettingsRow(
  db: DbOrTx,
  zoneId: string,
  dispatchDepartmentId: string | null,
  version: number,
): Promise<boolean> {
  const rows = await db
    .insert(appealSettings)
    .values({ zoneId, dispatchDepartmentId, version: 1 })
    .onConflictDoUpdate({
      target: appealSettings.zoneId,
      set: { dispatchDepartmentId, version: sql`${appealSettings.version} + 1` },
      setWhere: eq(appealSettings.version, version),
    })
    .returning({ version: appealSettings.version });
  // A first save inserts version 1, which only a client that saw version 0 may do.
  return rows.length === 1 && rows[0]!.version === version + 1;
}

export async function findClockRules(db: DbOrTx, zoneId: string): Promise<ClockRule[]> {
  const rows = await db
    .select()
    .from(appealClockRules)
    .where(eq(appealClockRules.zoneId, zoneId))
    .orderBy(sql`${appealClockRules.categoryId} nulls first`, asc(appealClockRules.severity));
  return rows.map((row) => ({
    categoryId: row.categoryId,
    severity: row.severity as ClockRule['severity'],
    dispatchWorkingHours: row.dispatchWorkingHours,
    acceptHours: row.acceptHours,
    resolveHours: row.resolveHours,
    leaderAfterHours: row.leaderAfterHours,
  }));
}

export async function replaceClockRules(db: DbOrTx, zoneId: string, rules: ClockRule[]) {
  await db.delete(appealClockRules).where(eq(appealClockRules.zoneId, zoneId));
  if (rules.length > 0) await db.insert(appealClockRules).values(rules.map((rule) => ({ zoneId, ...rule })));
}
