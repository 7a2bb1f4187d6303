import { asc, eq } from 'drizzle-orm';
import { departments, parks } from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';

export function findParks(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: parks.id, name: parks.name, code: parks.code })
    .from(parks)
    .where(eq(parks.zoneId, zoneId))
    .orderBy(asc(parks.code));
}

export function findDepartments(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: departments.id, name: departments.name, code: departments.code })
    .from(departments)
    .where(eq(departments.zoneId, zoneId))
    .orderBy(asc(departments.code));
}
