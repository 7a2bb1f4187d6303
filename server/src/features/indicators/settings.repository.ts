import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { indicatorTargets, officialGrowthRates } from '../../db/schema/index.js';

export async function findTargets(db: DbOrTx, zoneId: string, year: number) {
  return db
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.zoneId, zoneId), eq(indicatorTargets.year, year)));
}

/** Replaces a year's targets with the given set. */
export async function replaceTargets(
  db: DbOrTx,
  zoneId: string,
  year: number,
  rows: { indicatorId: string; parkKey: string; value: string | null; growthPercent: string | null }[],
) {
  await db
    .delete(indicatorTargets)
    .where(and(eq(indicatorTargets.zoneId, zoneId), eq(indicatorTargets.year, year)));
  if (rows.length > 0) {
    await db.insert(indicatorTargets).values(rows.map((row) => ({ zoneId, year, ...row })));
  }
}

export async function findOfficialRates(db: DbOrTx, zoneId: string, year: number, month: number) {
  return db
    .select()
    .from(officialGrowthRates)
    .where(
      and(
        eq(officialGrowthRates.zoneId, zoneId),
        eq(officialGrowthRates.year, year),
        eq(officialGrowthRates.month, month),
      ),
    );
}

export async function upsertOfficialRate(db: DbOrTx, values: typeof officialGrowthRates.$inferInsert) {
  await db
    .insert(officialGrowthRates)
    .values(values)
    .onConflictDoUpdate({
      target: [
        officialGrowthRates.zoneId,
        officialGrowthRates.indicatorId,
        officialGrowthRates.year,
        officialGrowthRates.month,
        officialGrowthRates.sliceKind,
        officialGrowthRates.sliceKey,
      ],
      set: {
        growthPercent: values.growthPercent,
        note: values.note,
        recordedBy: values.recordedBy,
        recordedAt: sql`now()`,
      },
    });
}
