/**
 * Bulk loading for benchmarks: COPY in text format on both engines, and loads with a table's
 * foreign keys and secondary indexes set aside (one sort per index afterwards instead of a random
 * insert and a key check per row).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../server/src/db/client.js';

/** One value in COPY's text format. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`);
    return copyValue(`{${items.join(',')}}`);
  }
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => `\\${c === '\t' ? 't' : c === '\n' ? 'n' : c === '\r' ? 'r' : '\\'}`,
  );
}

/** COPY of `rows` (values in the order of `columns`) into `table`, in chunks, through the engine's own path. */
export async function copyRows(
  database: Database,
  table: string,
  columns: string[],
  rows: readonly unknown[][],
  chunk = 50_000,
): Promise<void> {
  const statement = `copy ${table} (${columns.join(', ')}) from`;
  for (let start = 0; start < rows.length; start += chunk) {
    const text = `${rows
      .slice(start, start + chunk)
      .map((row) => row.map(copyValue).join('\t'))
      .join('\n')}\n`;
    if (database.pool) {
      const client = await database.pool.connect();
      try {
        await pipeline(Readable.from([text]), client.query(copyFrom(`${statement} stdin`)));
      } finally {
        client.release();
      }
    } else {
      await database.pglite!.query(`${statement} '/dev/blob'`, [], { blob: new Blob([text]) });
    }
  }
}

/**
 * Runs `load` with the tables' foreign keys and secondary indexes dropped, then puts back exactly
 * the definitions the database had. Primary keys and unique constraints stay, so nothing loaded
 * can break them; the foreign keys are validated as they are added back.
 */
export async function withIndexesDeferred<T>(
  database: Database,
  tables: string[],
  load: () => Promise<T>,
): Promise<T> {
  const { rows: keys } = await database.sql.query<{ table: string; name: string; definition: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
     from pg_constraint where contype = 'f' and conrelid::regclass::text = any($1)`,
    [tables],
  );
  const { rows: indexes } = await database.sql.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where tablename = any($1) and indexname not in (select conname from pg_constraint)`,
    [tables],
  );
  for (const key of keys) await database.sql.exec(`alter table ${key.table} drop constraint "${key.name}"`);
  for (const index of indexes) await database.sql.exec(`drop index "${index.name}"`);
  const result = await load();
  for (const index of indexes) await database.sql.exec(index.definition);
  for (const key of keys) {
    await database.sql.exec(`alter table ${key.table} add constraint "${key.name}" ${key.definition}`);
  }
  return result;
}

/** COPY of rows shaped as the table's insert type: every field any row sets, by its column name. */
export async function copyTable<Table extends PgTable>(
  database: Database,
  table: Table,
  rows: Table['$inferInsert'][],
) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row as object)))];
  await copyRows(
    database,
    getTableName(table),
    fields.map((field) => columns[field]!.name),
    rows.map((row) => fields.map((field) => (row as Record<string, unknown>)[field])),
  );
}
