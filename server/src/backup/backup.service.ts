import type { SqlRunner } from '../db/client.js';
import { version } from '../version.js';

/**
 * Tables never copied: sessions are short-lived credentials, not data worth restoring; the bigram
 * rows, the appeal statistics' and the project figures' summaries are derived, and the database's
 * triggers write them again as the enterprises, appeals, projects and leads are restored.
 */
const excludedTables = new Set([
  'sessions',
  'enterprise_name_bigrams',
  'appeal_month_summaries',
  'appeal_handling_buckets',
  'appeal_keyword_counts',
  'project_funnel_totals',
  'project_daily_figures',
]);
const rowsPerStatement = 500;
export const backupHeader = '-- Gaoxin backup';

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The application's tables in an order that satisfies foreign keys (parents first). */
export async function tablesInDependencyOrder(sql: SqlRunner): Promise<string[]> {
  const { rows: tables } = await sql.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const { rows: edges } = await sql.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname = 'public'`,
  );
  const names = tables.map((table) => table.name).filter((name) => !excludedTables.has(name));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const edge of edges) {
      const child = edge.child.replaceAll('"', '');
      const parent = edge.parent.replaceAll('"', '');
      if (child === name && parent !== name && names.includes(parent)) visit(parent);
    }
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}

/** The columns that own a sequence (serial / bigserial), to reset after loading. */
async function serialColumns(sql: SqlRunner, table: string): Promise<string[]> {
  const { rows } = await sql.query<{ column: string }>(
    `select column_name as column from information_schema.columns
     where table_schema = 'public' and table_name = $1 and column_default like 'nextval(%'`,
    [table],
  );
  return rows.map((row) => row.column);
}

/**
 * The order that pages a table without overlap: its primary key (every column of a composite one),
 * else all its columns. Paging by a column that repeats (a zone id) could give a row twice.
 */
async function pagingOrder(sql: SqlRunner, table: string): Promise<string> {
  const { rows } = await sql.query<{ column: string }>(
    `select a.attname as column from pg_index i
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
     where i.indrelid = $1::regclass and i.indisprimary
     order by array_position(i.indkey::int2[], a.attnum)`,
    [quoteIdentifier(table)],
  );
  if (rows.length > 0) return rows.map((row) => quoteIdentifier(row.column)).join(', ');
  const { rows: columns } = await sql.query<{ n: number }>(
    `select count(*)::int as n from information_schema.columns where table_schema = 'public' and table_name = $1`,
    [table],
  );
  return Array.from({ length: columns[0]?.n ?? 1 }, (_, index) => String(index + 1)).join(', ');
}

/**
 * Writes a logical, engine-neutral SQL dump of every application table: rows as JSON turned back
 * into records by the database, so every type survives and the same file restores into PGlite or
 * PostgreSQL. The schema is not in the file: restore applies the migrations first, then the rows.
 */
export async function* dumpDatabase(sql: SqlRunner, kind: string): AsyncGenerator<string> {
  const { rows: migrations } = await sql.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  yield `${backupHeader} ${version} from ${kind} at ${new Date().toISOString()}\n`;
  yield `-- migrations: ${migrations[0]?.n ?? 0}\n`;
  yield `-- Restore with: npm run restore FILE (into an empty database).\n`;
  yield 'BEGIN;\n';
  for (const table of await tablesInDependencyOrder(sql)) {
    const name = quoteIdentifier(table);
    const { rows: counted } = await sql.query<{ n: number }>(`select count(*)::int as n from ${name}`);
    const total = counted[0]?.n ?? 0;
    yield `-- ${table}: ${total} rows\n`;
    const order = await pagingOrder(sql, table);
    for (let offset = 0; offset < total; offset += rowsPerStatement) {
      const { rows } = await sql.query<{ data: string }>(
        `select json_agg(t)::text as data from (select * from ${name} order by ${order} limit ${rowsPerStatement} offset ${offset}) t`,
      );
      const data = rows[0]?.data;
      if (data)
        yield `INSERT INTO ${name} SELECT * FROM json_populate_recordset(null::${name}, ${quoteLiteral(data)});\n`;
    }
    for (const column of await serialColumns(sql, table)) {
      const columnName = quoteIdentifier(column);
      yield `SELECT setval(pg_get_serial_sequence(${quoteLiteral(table)}, ${quoteLiteral(column)}), coalesce(max(${columnName}), 1), max(${columnName}) is not null) FROM ${name};\n`;
    }
  }
  yield 'COMMIT;\n';
}

export class RestoreRefusedError extends Error {}

/** Loads a dump into a database that has the schema (migrations applied) and no application rows. */
export async function restoreDatabase(sql: SqlRunner, dump: string): Promise<void> {
  if (!dump.startsWith(backupHeader)) {
    throw new RestoreRefusedError('这不是高新区平台的备份文件 / not a Gaoxin backup file');
  }
  const expected = /-- migrations: (\d+)/.exec(dump)?.[1];
  const { rows: migrations } = await sql.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  if (expected !== undefined && Number(expected) > (migrations[0]?.n ?? 0)) {
    throw new RestoreRefusedError(
      `备份来自更新的版本（${expected} 个迁移，本库 ${migrations[0]?.n ?? 0} 个），请先升级 / the backup is from a newer version`,
    );
  }
  for (const table of await tablesInDependencyOrder(sql)) {
    const { rows } = await sql.query<{ present: boolean }>(
      `select exists(select 1 from ${quoteIdentifier(table)}) as present`,
    );
    if (rows[0]?.present) {
      throw new RestoreRefusedError(
        `目标数据库不是空库（表 ${table} 已有数据）/ the target database is not empty (${table})`,
      );
    }
  }
  await sql.exec(dump);
}
