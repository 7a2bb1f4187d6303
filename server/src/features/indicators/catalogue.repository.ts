import { and, asc, eq, sql } from 'drizzle-orm';
import { defaultIndicators, defaultWarningRules } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { indicators, indicatorSettings, warningRules, type IndicatorRow } from '../../db/schema/index.js';

/**
 * Gives a zone its starting catalogue, settings and warning rules the first time the module is
 * used there (idempotent: existing rows are left as the zone configured them).
 */
export async function ensureZoneCatalogue(db: DbOrTx, zoneId: string): Promise<void> {
  const [existing] = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.zoneId, zoneId))
    .limit(1);
  if (existing) return;
  await db
    .insert(indicators)
    .values(defaultIndicators.map((definition) => ({ zoneId, ...definition })))
    .onConflictDoNothing();
  await db.insert(indicatorSettings).values({ zoneId }).onConflictDoNothing();
  await db
    .insert(warningRules)
    .values(defaultWarningRules.map((rule) => ({ zoneId, ...rule, threshold: String(rule.threshold) })))
    .onConflictDoNothing();
}

export async function findIndicators(db: DbOrTx, zoneId: string): Promise<IndicatorRow[]> {
  const read = () =>
    db
      .select()
      .from(indicators)
      .where(eq(indicators.zoneId, zoneId))
      .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  const rows = await read();
  if (rows.length > 0) return rows;
  await ensureZoneCatalogue(db, zoneId);
  return read();
}

export async function insertIndicator(db: DbOrTx, values: typeof indicators.$inferInsert) {
  const [row] = await db.insert(indicators).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateIndicatorById(
  db: DbOrTx,
  zoneId: string,
  id: string,
  changes: Partial<typeof indicators.$inferInsert>,
) {
  const [row] = await db
    .update(indicators)
    .set(changes)
    .where(and(eq(indicators.zoneId, zoneId), eq(indicators.id, id)))
    .returning();
  return row;
}

export async function findFilingDeadlineDay(db: DbOrTx, zoneId: string): Promise<number> {
  await ensureZoneCatalogue(db, zoneId);
  const [row] = await db
    .select({ day: indicatorSettings.filingDeadlineDay })
    .from(indicatorSettings)
    .where(eq(indicatorSettings.zoneId, zoneId));
  return row?.day ?? 10;
}

export async function updateFilingDeadlineDay(db: DbOrTx, zoneId: string, day: number) {
  await ensureZoneCatalogue(db, zoneId);
  await db
    .insert(indicatorSettings)
    .values({ zoneId, filingDeadlineDay: day })
    .onConflictDoUpdate({ target: indicatorSettings.zoneId, set: { filingDeadlineDay: day } });
}

export async function findWarningRules(db: DbOrTx, zoneId: string) {
  await ensureZoneCatalogue(db, zoneId);
  const rows = await db
    .select()
    .from(warningRules)
    .where(eq(warningRules.zoneId, zoneId))
    .orderBy(asc(warningRules.code));
  return rows.map((row) => ({
    code: row.code,
    kind: row.kind as (typeof defaultWarningRules)[number]['kind'],
    name: row.name,
    indicatorCode: row.indicatorCode,
    secondIndicatorCode: row.secondIndicatorCode,
    threshold: Number(row.threshold),
    enabled: row.enabled,
  }));
}

export async function updateWarningRule(
  db: DbOrTx,
  zoneId: string,
  code: string,
  changes: { threshold?: number; enabled?: boolean },
) {
  const [row] = await db
    .update(warningRules)
    .set({
      ...(changes.threshold !== undefined ? { threshold: String(changes.threshold) } : {}),
      ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
    })
    .where(and(eq(warningRules.zoneId, zoneId), eq(warningRules.code, code)))
    .returning();
  return row;
}

/** The latest period with any return in the zone. */
export async function findLatestPeriod(db: DbOrTx, zoneId: string) {
  const result = await db.execute<{ year: number; month: number }>(
    sql`select year, month from indicator_filings where zone_id = ${zoneId}
        order by year desc, month desc limit 1`,
  );
  const row = result.rows[0];
  return row ? { year: Number(row.year), month: Number(row.month) } : null;
}
