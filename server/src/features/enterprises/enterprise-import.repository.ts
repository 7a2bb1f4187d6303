import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { copyIntoTable } from '../../platform/bulk-stage.js';

/**
 * The SQL of the enterprise import: rows go into temporary tables of the import's transaction
 * (dropped at its end), and are checked against each other and the registry, and merged, as sets.
 */

/** The staged columns, in COPY order. */
export const stagedColumns = [
  'row_number',
  'credit_code',
  'name',
  'short_name',
  'park_id',
  'industry_code',
  'scale',
  'is_above_scale',
  'leading_industry',
  'legal_representative',
  'registered_capital',
  'established_on',
  'address',
  'tags',
  'notes',
] as const;

/** The record's columns an import writes and compares (a re-import that matches them changes nothing). */
const compared = `name, short_name, park_id, industry_code, scale, is_above_scale, leading_industry,
  legal_representative, registered_capital, established_on, address, tags, notes`;
const changed = `(e.name, e.short_name, e.park_id, e.industry_code, e.scale, e.is_above_scale,
  e.leading_industry, e.legal_representative, e.registered_capital, e.established_on, e.address,
  e.tags, e.notes) is distinct from (s.name, s.short_name, s.park_id, s.industry_code, s.scale,
  s.is_above_scale, s.leading_industry, s.legal_representative, s.registered_capital,
  s.established_on, s.address, s.tags, s.notes)`;

export async function createStagingTables(tx: Tx) {
  await tx.execute(
    sql.raw(`create temporary table enterprise_import (
      row_number integer primary key, credit_code text not null, name text not null, short_name text,
      park_id uuid, industry_code text, scale text, is_above_scale boolean not null,
      leading_industry text, legal_representative text, registered_capital numeric(18, 4),
      established_on date, address text, tags text[] not null, notes text
    ) on commit drop`),
  );
  await tx.execute(sql.raw('create index on enterprise_import (credit_code)'));
  await tx.execute(
    sql.raw(`create temporary table enterprise_import_terms (
      row_number integer primary key, name_pinyin text not null, name_initials text not null,
      name_bigrams text[] not null
    ) on commit drop`),
  );
}

export async function stageRows(tx: Tx, rows: unknown[][]) {
  await copyIntoTable(tx, 'enterprise_import', stagedColumns, rows);
}

/** Statistics of the staged rows, so the checks and the merge are planned for their real count. */
export async function analyzeStaging(tx: Tx, table: 'enterprise_import' | 'enterprise_import_terms') {
  await tx.execute(sql.raw(`analyze ${table}`));
}

export async function stageTerms(
  tx: Tx,
  rows: { row: number; namePinyin: string; nameInitials: string; nameBigrams: string[] }[],
) {
  await copyIntoTable(
    tx,
    'enterprise_import_terms',
    ['row_number', 'name_pinyin', 'name_initials', 'name_bigrams'],
    rows.map((row) => [row.row, row.namePinyin, row.nameInitials, row.nameBigrams]),
  );
}

/** Removes the later rows of a credit code that the file repeats, answering them with the first row. */
export async function removeDuplicateRows(tx: Tx) {
  const result = await tx.execute<{ row: number; firstRow: number }>(sql`
    with repeated as (
      select row_number, min(row_number) over (partition by credit_code) as first_row
      from enterprise_import)
    delete from enterprise_import s using repeated r
    where s.row_number = r.row_number and r.row_number <> r.first_row
    returning s.row_number as "row", r.first_row as "firstRow"`);
  return result.rows;
}

/**
 * Removes rows whose name another record of the zone holds under another code, answering that code.
 * A record that is itself in the file is no conflict: the file renames it, or names two enterprises
 * alike as the first import of it did, so importing the same file again still changes nothing.
 */
export async function removeNameConflicts(tx: Tx, zoneId: string) {
  const result = await tx.execute<{ row: number; name: string; heldBy: string }>(sql`
    with conflicts as (
      select s.row_number, s.name,
        (select e.credit_code from enterprises e
         where e.zone_id = ${zoneId} and e.name = s.name and e.credit_code <> s.credit_code
           and not exists (select 1 from enterprise_import o where o.credit_code = e.credit_code)
         order by e.credit_code limit 1) as held_by
      from enterprise_import s)
    delete from enterprise_import s using conflicts c
    where s.row_number = c.row_number and c.held_by is not null
    returning s.row_number as "row", c.name, c.held_by as "heldBy"`);
  return result.rows;
}

/** How the staged rows stand to the registry: new, different, or the same as the record. */
export async function countOutcomes(tx: Tx, zoneId: string) {
  const result = await tx.execute<{ created: number; updated: number; unchanged: number }>(sql`
    select count(*) filter (where e.id is null)::int as created,
      count(*) filter (where e.id is not null and ${sql.raw(changed)})::int as updated,
      count(*) filter (where e.id is not null and not ${sql.raw(changed)})::int as unchanged
    from enterprise_import s
    left join enterprises e on e.zone_id = ${zoneId} and e.credit_code = s.credit_code`);
  return result.rows[0] ?? { created: 0, updated: 0, unchanged: 0 };
}

/** The first codes to be created and updated, for the audit entry. */
export async function findOutcomeCodes(tx: Tx, zoneId: string, limit: number) {
  const result = await tx.execute<{ code: string; isNew: boolean }>(sql`
    (select s.credit_code as code, true as "isNew" from enterprise_import s
     where not exists (select 1 from enterprises e where e.zone_id = ${zoneId} and e.credit_code = s.credit_code)
     order by s.row_number limit ${limit})
    union all
    (select s.credit_code, false from enterprise_import s
     join enterprises e on e.zone_id = ${zoneId} and e.credit_code = s.credit_code
     where ${sql.raw(changed)} order by s.row_number limit ${limit})`);
  return {
    created: result.rows.filter((row) => row.isNew).map((row) => row.code),
    updated: result.rows.filter((row) => !row.isNew).map((row) => row.code),
  };
}

/** Staged rows whose search columns must be derived (new, or a name changed), after `afterRow`. */
export async function findRowsNeedingTerms(tx: Tx, zoneId: string, afterRow: number, limit: number) {
  const result = await tx.execute<{ row: number; name: string; shortName: string | null }>(sql`
    select s.row_number as "row", s.name, s.short_name as "shortName" from enterprise_import s
    left join enterprises e on e.zone_id = ${zoneId} and e.credit_code = s.credit_code
    where s.row_number > ${afterRow}
      and (e.id is null or (e.name, e.short_name) is distinct from (s.name, s.short_name))
    order by s.row_number limit ${limit}`);
  return result.rows;
}

/** Creates the staged enterprises the zone does not have. */
export async function insertStagedEnterprises(tx: Tx, zoneId: string) {
  await tx.execute(sql`
    insert into enterprises (zone_id, credit_code, ${sql.raw(compared)}, name_pinyin, name_initials, name_bigrams)
    select ${zoneId}, s.credit_code, ${sql.raw(
      compared
        .split(',')
        .map((column) => `s.${column.trim()}`)
        .join(', '),
    )}, t.name_pinyin, t.name_initials, t.name_bigrams
    from enterprise_import s join enterprise_import_terms t using (row_number)
    where not exists (select 1 from enterprises e where e.zone_id = ${zoneId} and e.credit_code = s.credit_code)
    order by s.row_number`);
}

/** Updates the records that differ from their staged row (version + 1); equal ones are left alone. */
export async function updateChangedEnterprises(tx: Tx, zoneId: string) {
  const assignments = compared
    .split(',')
    .map((column) => `${column.trim()} = s.${column.trim()}`)
    .join(', ');
  await tx.execute(sql`
    update enterprises e set ${sql.raw(assignments)},
      name_pinyin = coalesce(t.name_pinyin, e.name_pinyin),
      name_initials = coalesce(t.name_initials, e.name_initials),
      name_bigrams = coalesce(t.name_bigrams, e.name_bigrams),
      version = e.version + 1, updated_at = now()
    from enterprise_import s left join enterprise_import_terms t using (row_number)
    where e.zone_id = ${zoneId} and e.credit_code = s.credit_code and ${sql.raw(changed)}`);
}
