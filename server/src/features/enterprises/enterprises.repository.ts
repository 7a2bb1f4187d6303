import { and, asc, count, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import { classifySearch, industrySections, type ListEnterprisesQuery } from '@gaoxin/domain';
import {
  enterpriseQualifications,
  enterprises,
  parks,
  qualificationTypes,
  users,
} from '../../db/schema/index.js';
import type { DbOrTx } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';

export type EnterpriseRow = typeof enterprises.$inferSelect;

/** The search box: credit-code prefix, pinyin / initials, or Chinese name parts (2 characters by bigram index). */
export function searchCondition(query: string): SQL | undefined {
  const text = query.trim();
  if (!text) return undefined;
  switch (classifySearch(text)) {
    case 'creditCodePrefix':
      return like(enterprises.creditCode, `${escapeLike(text.toUpperCase())}%`);
    case 'latin': {
      const pattern = `%${escapeLike(text.toLowerCase())}%`;
      return or(like(enterprises.nameInitials, pattern), like(enterprises.namePinyin, pattern));
    }
    case 'chinese': {
      const terms = text.split(/\s+/).filter(Boolean);
      const parts = terms.map((term) => {
        const characters = [...term];
        if (characters.length === 2) return sql`${enterprises.nameBigrams} @> ARRAY[${term}]::text[]`;
        const pattern = `%${escapeLike(term)}%`;
        return or(ilike(enterprises.name, pattern), ilike(enterprises.shortName, pattern)) ?? sql`false`;
      });
      return and(...parts);
    }
  }
}

/** A qualification held and not expired on the given day. */
function holdsQualification(type: string, today: string): SQL {
  return sql`exists (select 1 from ${enterpriseQualifications} q
    where q.enterprise_id = ${enterprises.id} and q.type = ${type}
    and (q.expires_on is null or q.expires_on >= ${today}::date))`;
}

function industryCondition(industry: string): SQL | undefined {
  if (/^[A-T]$/.test(industry)) {
    const divisions = industrySections.find((section) => section.code === industry)?.divisions ?? [];
    if (divisions.length === 0) return sql`false`;
    return sql`left(${enterprises.industryCode}, 2) in (${sql.join(
      divisions.map((division) => sql`${division.code}`),
      sql`, `,
    )})`;
  }
  return like(enterprises.industryCode, `${industry}%`);
}

export interface EnterpriseListFilter extends Omit<ListEnterprisesQuery, 'page' | 'pageSize'> {
  zoneId: string;
  onlyId?: string;
  today: string;
  limit: number;
  offset: number;
}

export function listConditions(filter: Omit<EnterpriseListFilter, 'limit' | 'offset' | 'sort' | 'order'>) {
  const conditions: (SQL | undefined)[] = [eq(enterprises.zoneId, filter.zoneId)];
  if (filter.onlyId) conditions.push(eq(enterprises.id, filter.onlyId));
  if (filter.q) conditions.push(searchCondition(filter.q));
  if (filter.parkId) conditions.push(eq(enterprises.parkId, filter.parkId));
  if (filter.industry) conditions.push(industryCondition(filter.industry));
  if (filter.qualification) conditions.push(holdsQualification(filter.qualification, filter.today));
  if (filter.scale) conditions.push(eq(enterprises.scale, filter.scale));
  if (filter.aboveScale !== undefined) conditions.push(eq(enterprises.isAboveScale, filter.aboveScale));
  if (filter.key !== undefined) conditions.push(eq(enterprises.isKey, filter.key));
  if (filter.liaisonId) conditions.push(eq(enterprises.liaisonUserId, filter.liaisonId));
  return and(...conditions);
}

const sortColumns = {
  name: enterprises.namePinyin,
  creditCode: enterprises.creditCode,
  establishedOn: enterprises.establishedOn,
  updatedAt: enterprises.updatedAt,
} as const;

/** The valid qualification types of each listed enterprise, computed for the page only. */
function qualificationTypesColumn(today: string) {
  return sql<string[]>`coalesce((select array_agg(distinct q.type order by q.type)
      from ${enterpriseQualifications} q where q.enterprise_id = ${enterprises.id}
      and (q.expires_on is null or q.expires_on >= ${today}::date)), '{}'::text[])`;
}

/** The record columns a list row needs: narrow, so sorting many matches stays cheap. */
const summaryColumns = {
  id: enterprises.id,
  name: enterprises.name,
  shortName: enterprises.shortName,
  creditCode: enterprises.creditCode,
  parkId: enterprises.parkId,
  industryCode: enterprises.industryCode,
  scale: enterprises.scale,
  isAboveScale: enterprises.isAboveScale,
  isKey: enterprises.isKey,
  liaisonUserId: enterprises.liaisonUserId,
  establishedOn: enterprises.establishedOn,
  isDemo: enterprises.isDemo,
};
export type EnterpriseSummaryRow = Pick<EnterpriseRow, keyof typeof summaryColumns>;

/** The list row: the record, its park and liaison names, and the types of its valid qualifications. */
function listColumns(today: string) {
  return {
    enterprise: summaryColumns,
    parkName: parks.name,
    liaisonName: users.displayName,
    qualificationTypes: qualificationTypesColumn(today),
  };
}

/** The same, with the whole record (for the profile). */
function detailColumns(today: string) {
  return {
    enterprise: enterprises,
    parkName: parks.name,
    liaisonName: users.displayName,
    qualificationTypes: qualificationTypesColumn(today),
  };
}
export type EnterpriseDetailRow = {
  enterprise: EnterpriseRow;
  parkName: string | null;
  liaisonName: string | null;
  qualificationTypes: string[];
};
export type EnterpriseListRow = {
  enterprise: EnterpriseSummaryRow;
  parkName: string | null;
  liaisonName: string | null;
  qualificationTypes: string[];
};

/** The page and count queries of the list, unexecuted (the benchmark runs their SQL bare). */
export function enterpriseListQueries(db: DbOrTx, filter: EnterpriseListFilter) {
  const where = listConditions(filter);
  const direction = filter.order === 'desc' ? desc : asc;
  return {
    page: db
      .select(listColumns(filter.today))
      .from(enterprises)
      .leftJoin(parks, eq(parks.id, enterprises.parkId))
      .leftJoin(users, eq(users.id, enterprises.liaisonUserId))
      .where(where)
      .orderBy(direction(sortColumns[filter.sort]), asc(enterprises.id))
      .limit(filter.limit)
      .offset(filter.offset),
    total: db.select({ total: count() }).from(enterprises).where(where),
  };
}

export async function findEnterprises(db: DbOrTx, filter: EnterpriseListFilter) {
  const queries = enterpriseListQueries(db, filter);
  const [rows, totals] = await Promise.all([queries.page, queries.total]);
  return { rows: rows as EnterpriseListRow[], total: totals[0]?.total ?? 0 };
}

export async function findEnterpriseRow(db: DbOrTx, zoneId: string, id: string, today: string) {
  const rows = await db
    .select(detailColumns(today))
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .leftJoin(users, eq(users.id, enterprises.liaisonUserId))
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.id, id)))
    .limit(1);
  return rows[0] as EnterpriseDetailRow | undefined;
}

export async function findEnterpriseByCreditCode(db: DbOrTx, zoneId: string, creditCode: string) {
  const rows = await db
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.creditCode, creditCode)))
    .limit(1);
  return rows[0];
}

export async function insertEnterprise(db: DbOrTx, values: typeof enterprises.$inferInsert) {
  const rows = await db.insert(enterprises).values(values).returning();
  return rows[0];
}

/** Updates only if the version still matches (optimistic concurrency); returns the new row or undefined. */
export async function updateEnterpriseIfVersion(
  db: DbOrTx,
  zoneId: string,
  id: string,
  version: number,
  values: Partial<typeof enterprises.$inferInsert>,
) {
  const rows = await db
    .update(enterprises)
    .set({ ...values, updatedAt: new Date(), version: sql`${enterprises.version} + 1` })
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.id, id), eq(enterprises.version, version)))
    .returning();
  return rows[0];
}

export async function findParkInZone(db: DbOrTx, zoneId: string, parkId: string) {
  const rows = await db
    .select({ id: parks.id })
    .from(parks)
    .where(and(eq(parks.zoneId, zoneId), eq(parks.id, parkId)))
    .limit(1);
  return rows[0];
}

export async function findZoneQualificationTypes(db: DbOrTx, zoneId: string) {
  return db
    .select({ code: qualificationTypes.code, name: qualificationTypes.name })
    .from(qualificationTypes)
    .where(eq(qualificationTypes.zoneId, zoneId))
    .orderBy(asc(qualificationTypes.code));
}

/** Users of the zone who can be liaisons (officers) or responsible leaders (leaders). */
export async function findPeople(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: users.id, name: users.displayName, role: users.role, isLiaison: users.isLiaison })
    .from(users)
    .where(
      and(
        eq(users.zoneId, zoneId),
        eq(users.isActive, true),
        or(eq(users.role, 'officer'), eq(users.role, 'leader')),
      ),
    )
    .orderBy(asc(users.displayName));
}

export async function findUserNames(db: DbOrTx, zoneId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; role: string }>();
  const rows = await db
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.zoneId, zoneId),
        sql`${users.id} in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    );
  return new Map(rows.map((row) => [row.id, { name: row.name, role: row.role }]));
}

/** The zone's enterprises with these credit codes or names (to match import rows). */
export async function findEnterprisesByCodesOrNames(
  db: DbOrTx,
  zoneId: string,
  codes: string[],
  names: string[],
) {
  if (codes.length === 0 && names.length === 0) return [];
  return db
    .select()
    .from(enterprises)
    .where(
      and(
        eq(enterprises.zoneId, zoneId),
        or(
          sql`${enterprises.creditCode} = any(${sql.param(codes)}::text[])`,
          sql`${enterprises.name} = any(${sql.param(names)}::text[])`,
        ),
      ),
    );
}

export async function insertEnterprises(db: DbOrTx, values: (typeof enterprises.$inferInsert)[]) {
  for (let start = 0; start < values.length; start += 500) {
    await db.insert(enterprises).values(values.slice(start, start + 500));
  }
}

export async function updateEnterpriseById(
  db: DbOrTx,
  id: string,
  values: Partial<typeof enterprises.$inferInsert>,
) {
  await db
    .update(enterprises)
    .set({ ...values, updatedAt: new Date(), version: sql`${enterprises.version} + 1` })
    .where(eq(enterprises.id, id));
}

/** Every enterprise matching the list filters, for export (bounded). */
export async function findEnterprisesForExport(
  db: DbOrTx,
  filter: Omit<EnterpriseListFilter, 'limit' | 'offset'>,
  limit: number,
) {
  return db
    .select({ enterprise: enterprises, parkName: parks.name })
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .where(listConditions(filter))
    .orderBy(asc(sortColumns[filter.sort]), asc(enterprises.id))
    .limit(limit);
}

export async function findParksOfZone(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: parks.id, name: parks.name })
    .from(parks)
    .where(eq(parks.zoneId, zoneId))
    .orderBy(asc(parks.code));
}

/** Refreshes the planner's statistics of the enterprise table. */
export async function analyzeEnterprises(db: DbOrTx) {
  await db.execute(sql`analyze enterprises`);
}
