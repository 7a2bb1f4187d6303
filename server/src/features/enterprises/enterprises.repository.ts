import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { enterprises, parks } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';

const columns = { enterprise: enterprises, parkName: parks.name };
export type EnterpriseWithPark = { enterprise: typeof enterprises.$inferSelect; parkName: string | null };

export interface EnterpriseFilter {
  zoneId: string;
  /** Restricts to one enterprise (an enterprise user's own). */
  onlyId?: string;
  q?: string;
  parkId?: string;
  limit: number;
  offset: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export async function findEnterprises(db: DbOrTx, filter: EnterpriseFilter) {
  const conditions: SQL[] = [eq(enterprises.zoneId, filter.zoneId)];
  if (filter.onlyId) conditions.push(eq(enterprises.id, filter.onlyId));
  if (filter.parkId) conditions.push(eq(enterprises.parkId, filter.parkId));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    const match = or(
      ilike(enterprises.name, pattern),
      ilike(enterprises.shortName, pattern),
      ilike(enterprises.creditCode, `${escapeLike(filter.q.toUpperCase())}%`),
    );
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(columns)
      .from(enterprises)
      .leftJoin(parks, eq(parks.id, enterprises.parkId))
      .where(where)
      .orderBy(asc(enterprises.name))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(enterprises).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findEnterpriseInZone(db: DbOrTx, zoneId: string, id: string) {
  const rows = await db
    .select(columns)
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.id, id)))
    .limit(1);
  return rows[0];
}
