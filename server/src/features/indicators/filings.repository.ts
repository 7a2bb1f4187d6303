import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

export type FilingBoardRow = {
  enterpriseId: string;
  enterpriseName: string;
  parkId: string | null;
  parkName: string | null;
  liaisonId: string | null;
  liaisonName: string | null;
  filedAt: Date | string | null;
  source: string | null;
  lastFiledIndex: number | null;
};

/**
 * The enterprises expected to report a period — 规上 and key enterprises, and any that filed it —
 * with their filing, if any, and the last period they filed.
 */
function expectedEnterprises(zoneId: string, periodIndex: number, filters: SQL) {
  return sql`
    with expected as (
      select e.id, e.name, e.park_id, e.liaison_user_id, f.filed_at, f.source
      from enterprises e
      left join indicator_filings f
        on f.enterprise_id = e.id and (f.year * 12 + f.month) = ${periodIndex}
      where e.zone_id = ${zoneId} and ${filters}
        and (f.id is not null or ((e.is_above_scale or e.is_key)
          and (e.established_on is null
               or (extract(year from e.established_on) * 12 + extract(month from e.established_on)) <= ${periodIndex})))
    )`;
}

export async function findFilingBoard(
  db: DbOrTx,
  zoneId: string,
  periodIndex: number,
  filters: SQL,
  statusFilter: SQL,
  limit: number,
  offset: number,
): Promise<{ rows: FilingBoardRow[]; counts: { filed: number; unfiled: number }; total: number }> {
  const base = expectedEnterprises(zoneId, periodIndex, filters);
  const counts = await db.execute<{ filed: number; unfiled: number }>(sql`${base}
    select count(*) filter (where filed_at is not null)::int as filed,
           count(*) filter (where filed_at is null)::int as unfiled from expected`);
  const total = await db.execute<{ total: number }>(
    sql`${base} select count(*)::int as total from expected where ${statusFilter}`,
  );
  const rows = await db.execute<FilingBoardRow>(sql`${base}
    select x.id as "enterpriseId", x.name as "enterpriseName", p.id as "parkId", p.name as "parkName",
           u.id as "liaisonId", u.display_name as "liaisonName", x.filed_at as "filedAt", x.source,
           (select max(g.year * 12 + g.month) from indicator_filings g
             where g.enterprise_id = x.id and (g.year * 12 + g.month) <= ${periodIndex}) as "lastFiledIndex"
    from expected x
    left join parks p on p.id = x.park_id
    left join users u on u.id = x.liaison_user_id
    where ${statusFilter}
    order by (x.filed_at is null) desc, x.name, x.id
    limit ${limit} offset ${offset}`);
  return {
    rows: rows.rows.map((row) => ({
      ...row,
      lastFiledIndex: row.lastFiledIndex === null ? null : Number(row.lastFiledIndex),
    })),
    counts: {
      filed: Number(counts.rows[0]?.filed ?? 0),
      unfiled: Number(counts.rows[0]?.unfiled ?? 0),
    },
    total: Number(total.rows[0]?.total ?? 0),
  };
}
