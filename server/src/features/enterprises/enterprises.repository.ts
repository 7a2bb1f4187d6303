import { and, asc, count, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import { classifySearch, industrySections, type ListEnterprisesQuery } from '@gaoxin/domain';
import {
  enterpriseNameBigrams,
  enterpriseQualifications,
  enterprises,
  parks,
  qualificationTypes,
  users,
} from '../../db/schema/index.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';

export type EnterpriseRow = typeof enterprises.$inferSelect;

/** One term of the search box as a condition; a 2-character Chinese term also names its bigram. */
interface SearchTerm {
  condition: SQL;
  bigram?: string;
}

/** The search box: credit-code prefix, pinyin / initials, or Chinese name parts (2 characters by bigram). */
function searchTerms(query: string): SearchTerm[] {
  const text = query.trim();
  if (!text) return [];
  switch (classifySearch(text)) {
    case 'creditCodePrefix':
      return [{ condition: like(enterprises.creditCode, `${escapeLike(text.toUpperCase())}%`) }];
    case 'latin': {
      const pattern = `%${escapeLike(text.toLowerCase())}%`;
      const condition = or(like(enterprises.nameInitials, pattern), like(enterprises.namePinyin, pattern));
      return [{ condition: condition ?? sql`false` }];
    }
    case 'chinese':
      return text
        .split(/\s+/)
        .filter(Boolean)
        .map((term) => {
          if ([...term].length === 2) {
            return { condition: sql`${enterprises.nameBigrams} @> ARRAY[${term}]::text[]`, bigram: term };
          }
          const pattern = `%${escapeLike(term)}%`;
          const condition = or(ilike(enterprises.name, pattern), ilike(enterprises.shortName, pattern));
          return { condition: condition ?? sql`false` };
        });
  }
}

/** A qualification held and not expired on the given day. */
function holdsQualification(type: string, today: string): SQL {
  return sql`exists (select 1 from ${enterpriseQualifications} q
    where q.enterprise_id = ${enterprises.id} and q.type = ${type}
    and (q.expires_on is null or q.expires_on >= ${today}::date))`;
}

/**
 * A 门类 letter is its 大类 codes; digits are a code prefix. Both are written on the code's first two
 * digits, `left(industry_code, 2)`, so they use the (zone, 大类) index, which counts without the records.
 */
function industryCondition(industry: string): SQL | undefined {
  const division = sql`left(${enterprises.industryCode}, 2)`;
  if (/^[A-T]$/.test(industry)) {
    const divisions = industrySections.find((section) => section.code === industry)?.divisions ?? [];
    if (divisions.length === 0) return sql`false`;
    return sql`${division} in (${sql.join(
      divisions.map((code) => sql`${code.code}`),
      sql`, `,
    )})`;
  }
  // The filter is 2 to 4 digits (the contract says so): its first two are the 大类, the rest a prefix.
  const sameDivision = sql`${division} = ${industry.slice(0, 2)}`;
  return industry.length > 2
    ? and(sameDivision, like(enterprises.industryCode, `${industry}%`))
    : sameDivision;
}

export interface EnterpriseListFilter extends Omit<ListEnterprisesQuery, 'page' | 'pageSize'> {
  zoneId: string;
  onlyId?: string;
  today: string;
  limit: number;
  offset: number;
}

type ListConditionsFilter = Omit<EnterpriseListFilter, 'limit' | 'offset' | 'sort' | 'order'>;

/** The list's conditions besides the zone: the search box's terms, and every other filter. */
function listConditionParts(filter: ListConditionsFilter) {
  const others: SQL[] = [];
  const add = (condition: SQL | undefined) => {
    if (condition) others.push(condition);
  };
  if (filter.onlyId) add(eq(enterprises.id, filter.onlyId));
  if (filter.parkId) add(eq(enterprises.parkId, filter.parkId));
  if (filter.industry) add(industryCondition(filter.industry));
  if (filter.qualification) add(holdsQualification(filter.qualification, filter.today));
  if (filter.scale) add(eq(enterprises.scale, filter.scale));
  if (filter.aboveScale !== undefined) add(eq(enterprises.isAboveScale, filter.aboveScale));
  if (filter.key !== undefined) add(eq(enterprises.isKey, filter.key));
  if (filter.liaisonId) add(eq(enterprises.liaisonUserId, filter.liaisonId));
  return { search: filter.q ? searchTerms(filter.q) : [], others };
}

export function listConditions(filter: ListConditionsFilter) {
  const { search, others } = listConditionParts(filter);
  return and(eq(enterprises.zoneId, filter.zoneId), ...search.map((term) => term.condition), ...others);
}

/**
 * The exact total. A lone 2-character term (the broadest common search: 科技 is in a third of the
 * names) is counted from the bigram rows' (zone_id, bigram) index alone; through the GIN index the
 * count would visit every matching record. Anything else counts the records under the same
 * conditions as the page, which the (zone, filter) indexes answer for the single filters.
 */
function totalQuery(db: DbOrTx, filter: ListConditionsFilter) {
  const { search, others } = listConditionParts(filter);
  const [term] = search;
  if (search.length === 1 && term?.bigram !== undefined && others.length === 0) {
    return db
      .select({ total: count() })
      .from(enterpriseNameBigrams)
      .where(
        and(eq(enterpriseNameBigrams.zoneId, filter.zoneId), eq(enterpriseNameBigrams.bigram, term.bigram)),
      );
  }
  return db.select({ total: count() }).from(enterprises).where(listConditions(filter));
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
    total: totalQuery(db, filter),
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
    .select({ id: parks.id, retiredAt: parks.retiredAt })
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

/**
 * Refreshes the planner's statistics of the enterprise tables and their visibility maps: counts read
 * only indexes when the pages they point to are marked all-visible, which a vacuum does. PostgreSQL's
 * autovacuum gets there too, later; the embedded engine has no autovacuum. Outside a transaction.
 */
export async function vacuumEnterprises(db: Db) {
  await db.execute(sql`vacuum (analyze) enterprises, enterprise_name_bigrams`);
}
