import { and, asc, between, eq, sql } from 'drizzle-orm';
import { defaultAppealCategories, type CalendarDayKind, type ClockRule } from '@gaoxin/domain';
import { inParallel, type DbOrTx } from '../../db/client.js';
import {
  appealCalendarDays,
  appealCalendarYears,
  appealCategories,
  appealClockRules,
  appealSettings,
  departments,
} from '../../db/schema/index.js';

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

type AppealRulesRow = {
  dispatch_department_id: string | null;
  clock_rules: ClockRule[];
  holidays: string[];
  extra_workdays: string[];
};

/**
 * What every appeal read needs, in one round trip: the dispatch desk, the clock rules, and the
 * calendar's holidays and make-up workdays between `from` and `to` (ISO dates; a short range
 * around now keeps it a few dozen rows read through the key).
 */
export async function findAppealRules(db: DbOrTx, zoneId: string, from: string, to: string) {
  const result = await db.execute<AppealRulesRow>(sql`
    select
      (select s.dispatch_department_id from appeal_settings s where s.zone_id = ${zoneId}) as dispatch_department_id,
      coalesce((
        select json_agg(json_build_object(
                 'categoryId', r.category_id, 'severity', r.severity,
                 'dispatchWorkingHours', r.dispatch_working_hours, 'acceptHours', r.accept_hours,
                 'resolveHours', r.resolve_hours, 'leaderAfterHours', r.leader_after_hours)
               order by r.category_id nulls first, r.severity)
        from appeal_clock_rules r where r.zone_id = ${zoneId}), '[]'::json) as clock_rules,
      array(select d.date::text from appeal_calendar_days d
            where d.zone_id = ${zoneId} and d.date between ${from} and ${to} and d.kind = 'holiday'
            order by d.date) as holidays,
      array(select d.date::text from appeal_calendar_days d
            where d.zone_id = ${zoneId} and d.date between ${from} and ${to} and d.kind = 'workday'
            order by d.date) as extra_workdays`);
  const row = result.rows[0]!;
  return {
    dispatchDepartmentId: row.dispatch_department_id,
    clockRules: row.clock_rules,
    holidays: row.holidays,
    extraWorkdays: row.extra_workdays,
  };
}

/** A year's configured days, by date, and its version (0 and not configured when never saved). */
export async function findCalendarYear(db: DbOrTx, zoneId: string, year: number) {
  const [days, years] = await inParallel(db, [
    () =>
      db
        .select({
          date: appealCalendarDays.date,
          kind: appealCalendarDays.kind,
          name: appealCalendarDays.name,
        })
        .from(appealCalendarDays)
        .where(
          and(
            eq(appealCalendarDays.zoneId, zoneId),
            between(appealCalendarDays.date, `${year}-01-01`, `${year}-12-31`),
          ),
        )
        .orderBy(asc(appealCalendarDays.date)),
    () =>
      db
        .select({ version: appealCalendarYears.version })
        .from(appealCalendarYears)
        .where(and(eq(appealCalendarYears.zoneId, zoneId), eq(appealCalendarYears.year, year))),
  ]);
  return {
    days: days.map((day) => ({ ...day, kind: day.kind as CalendarDayKind })),
    isConfigured: years.length === 1,
    version: years[0]?.version ?? 0,
  };
}

/** Bumps a year's version if still at `version` (a first save inserts version 1); answers whether it did. */
export async function saveCalendarYearRow(
  db: DbOrTx,
  zoneId: string,
  year: number,
  version: number,
): Promise<boolean> {
  const rows = await db
    .insert(appealCalendarYears)
    .values({ zoneId, year, version: 1 })
    .onConflictDoUpdate({
      target: [appealCalendarYears.zoneId, appealCalendarYears.year],
      set: { version: sql`${appealCalendarYears.version} + 1` },
      setWhere: eq(appealCalendarYears.version, version),
    })
    .returning({ version: appealCalendarYears.version });
  return rows.length === 1 && rows[0]!.version === version + 1;
}

/** Replaces a year's days with `days` (all of them dates of that year). */
export async function replaceCalendarDays(
  db: DbOrTx,
  zoneId: string,
  year: number,
  days: { date: string; kind: CalendarDayKind; name: string | null }[],
) {
  await db
    .delete(appealCalendarDays)
    .where(
      and(
        eq(appealCalendarDays.zoneId, zoneId),
        between(appealCalendarDays.date, `${year}-01-01`, `${year}-12-31`),
      ),
    );
  if (days.length > 0) await db.insert(appealCalendarDays).values(days.map((day) => ({ zoneId, ...day })));
}
