import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { investmentLeads, leadFollowUps, projectSettings } from '../../db/schema/index.js';

export const defaultProjectSettings = { firstContactDays: 3, dueSoonDays: 7, lateYellowDays: 15, version: 0 };

export async function findProjectSettings(db: DbOrTx, zoneId: string) {
  const [row] = await db.select().from(projectSettings).where(eq(projectSettings.zoneId, zoneId));
  return row ?? { zoneId, ...defaultProjectSettings };
}

/** Saves the settings if still at `version`; answers whether it did. */
export async function saveProjectSettings(
  db: DbOrTx,
  zoneId: string,
  values: { firstContactDays: number; dueSoonDays: number; lateYellowDays: number },
  version: number,
): Promise<boolean> {
  const rows = await db
    .insert(projectSettings)
    .values({ zoneId, ...values, version: 1 })
    .onConflictDoUpdate({
      target: projectSettings.zoneId,
      set: { ...values, version: sql`${projectSettings.version} + 1` },
      setWhere: eq(projectSettings.version, version),
    })
    .returning({ version: projectSettings.version });
  return rows.length === 1 && rows[0]!.version === version + 1;
}

/** A lead with the names it shows, and the first reporter's when it is a later registration. */
export type LeadRow = {
  id: string;
  zone_id: string;
  company_name: string;
  company_key: string;
  credit_code: string | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  industry_code: string | null;
  intended_investment: string | null;
  source: string;
  anchor_enterprise_id: string | null;
  anchor_name: string | null;
  summary: string | null;
  owner_id: string;
  owner_name: string;
  department_id: string | null;
  department_name: string | null;
  park_id: string | null;
  park_name: string | null;
  status: string;
  status_reason: string | null;
  first_contacted_at: Date | string | null;
  duplicate_of_id: string | null;
  holder_owner_name: string | null;
  holder_department_name: string | null;
  holder_park_name: string | null;
  holder_registered_at: Date | string | null;
  project_id: string | null;
  registered_at: Date | string;
  version: number;
};

/** Names by scalar subqueries, not joins: planning nine joined tables cost more than running them. */
const leadSelect = sql`
  select l.id, l.zone_id, l.company_name, l.company_key, l.credit_code, l.enterprise_id,
         (select name from enterprises where id = l.enterprise_id) as enterprise_name,
         l.contact_name, l.contact_phone, l.industry_code, l.intended_investment::text as intended_investment,
         l.source, l.anchor_enterprise_id, (select name from enterprises where id = l.anchor_enterprise_id) as anchor_name,
         l.summary, l.owner_id, (select display_name from users where id = l.owner_id) as owner_name,
         l.department_id, (select name from departments where id = l.department_id) as department_name,
         l.park_id, (select name from parks where id = l.park_id) as park_name,
         l.status, l.status_reason, l.first_contacted_at, l.duplicate_of_id,
         (select display_name from users where id = h.owner_id) as holder_owner_name,
         (select name from departments where id = h.department_id) as holder_department_name,
         (select name from parks where id = h.park_id) as holder_park_name,
         h.registered_at as holder_registered_at, l.project_id, l.registered_at, l.version
  from investment_leads l
  left join investment_leads h on h.id = l.duplicate_of_id`;

export async function findLeadRow(db: DbOrTx, zoneId: string, id: string): Promise<LeadRow | undefined> {
  const result = await db.execute<LeadRow>(sql`${leadSelect} where l.zone_id = ${zoneId} and l.id = ${id}`);
  return result.rows[0];
}

export async function lockLead(db: DbOrTx, zoneId: string, id: string) {
  await db.execute(sql`select id from investment_leads where zone_id = ${zoneId} and id = ${id} for update`);
}

export async function findLeadRows(
  db: DbOrTx,
  conditions: SQL[],
  page: { limit: number; offset: number },
): Promise<{ rows: LeadRow[]; total: number }> {
  const where = sql.join(conditions, sql` and `);
  const [rows, counted] = await Promise.all([
    db.execute<LeadRow>(
      sql`${leadSelect} where ${where} order by l.registered_at desc, l.id limit ${page.limit} offset ${page.offset}`,
    ),
    db.execute<{ total: number }>(sql`select count(*)::int as total from investment_leads l where ${where}`),
  ]);
  return { rows: rows.rows, total: counted.rows[0]?.total ?? 0 };
}

/** Search condition on company name, credit code or contact; wildcards typed by the user are literal. */
export function leadSearch(q: string): SQL {
  const text = escapeLike(q);
  return sql`(l.company_name ilike ${`%${text}%`} or l.credit_code like ${`${text.toUpperCase()}%`})`;
}

/**
 * Leads that may be the same company: the first registrations (not themselves duplicates) still
 * alive, with the same credit code or a similar name (trigram index); the caller decides.
 */
export async function findHolderCandidates(
  db: DbOrTx,
  zoneId: string,
  companyKey: string,
  creditCode: string | null,
  excludeId: string | null,
): Promise<LeadRow[]> {
  const result = await db.execute<LeadRow>(sql`${leadSelect}
    where l.zone_id = ${zoneId} and l.status <> 'abandoned' and l.duplicate_of_id is null
      ${excludeId ? sql`and l.id <> ${excludeId}` : sql``}
      and (${creditCode ? sql`l.credit_code = ${creditCode} or ` : sql``}l.company_key = ${companyKey}
           or l.company_key % ${companyKey} or l.company_key like ${`%${escapeLike(companyKey)}%`})
    order by l.registered_at, l.id
    limit 50`);
  return result.rows;
}

/** Later registrations of the company a lead holds (for its owner to see). */
export async function findLaterRegistrations(db: DbOrTx, zoneId: string, leadId: string): Promise<LeadRow[]> {
  const result = await db.execute<LeadRow>(
    sql`${leadSelect} where l.zone_id = ${zoneId} and l.duplicate_of_id = ${leadId} order by l.registered_at`,
  );
  return result.rows;
}

export async function insertLead(db: DbOrTx, values: typeof investmentLeads.$inferInsert) {
  const [row] = await db.insert(investmentLeads).values(values).returning({ id: investmentLeads.id });
  return row!;
}

/** Updates the lead if still at `version`; answers whether it did. */
export async function updateLeadIfVersion(
  db: DbOrTx,
  zoneId: string,
  id: string,
  version: number,
  values: Partial<typeof investmentLeads.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(investmentLeads)
    .set({ ...values, version: sql`${investmentLeads.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(investmentLeads.zoneId, zoneId),
        eq(investmentLeads.id, id),
        eq(investmentLeads.version, version),
      ),
    )
    .returning({ id: investmentLeads.id });
  return rows.length === 1;
}

export async function findFollowUps(db: DbOrTx, leadId: string) {
  return db
    .select()
    .from(leadFollowUps)
    .where(eq(leadFollowUps.leadId, leadId))
    .orderBy(asc(leadFollowUps.happenedOn), asc(leadFollowUps.createdAt));
}

export async function insertFollowUp(db: DbOrTx, values: typeof leadFollowUps.$inferInsert) {
  await db.insert(leadFollowUps).values(values);
}
