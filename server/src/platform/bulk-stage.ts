import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../db/client.js';

/** One value in COPY's text format (arrays as PostgreSQL array literals). */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`);
    return copyValue(`{${items.join(',')}}`);
  }
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => `\\${c === '\t' ? 't' : c === '\n' ? 'n' : c === '\r' ? 'r' : '\\'}`,
  );
}

/** The connection a drizzle transaction runs on: a node-postgres client, or PGlite's transaction. */
function connectionOf(tx: Tx): unknown {
  return (tx as unknown as { session: { client: unknown } }).session.client;
}

interface PgliteTransaction {
  query(text: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
}

/**
 * Loads rows into a table (usually a temporary staging table) inside the caller's transaction by
 * COPY: FROM STDIN on PostgreSQL, from an in-memory blob on the embedded engine. One statement per
 * call, whatever the row count: no round trip per row.
 */
export async function copyIntoTable(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const text = `${rows.map((row) => row.map(copyValue).join('\t')).join('\n')}\n`;
  const statement = `copy ${table} (${columns.join(', ')}) from`;
  const connection = connectionOf(tx);
  if (connection instanceof pg.Client) {
    await pipeline(Readable.from([text]), connection.query(copyFrom(`${statement} stdin`)));
    return;
  }
  await (connection as PgliteTransaction).query(`${statement} '/dev/blob'`, [], {
    blob: new Blob([text]),
  });
}
