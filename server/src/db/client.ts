import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

/**
 * The typed database handle used by every repository. PGlite's drizzle driver has the same
 * query-builder surface as node-postgres', so one type serves both engines.
 */
export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/**
 * Runs independent queries at once on a pool, one after another inside a transaction (a
 * transaction holds one connection, which runs one query at a time).
 */
export async function inParallel<T extends readonly unknown[]>(
  db: DbOrTx,
  tasks: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!(db instanceof PgTransaction))
    return Promise.all(tasks.map((task) => task())) as unknown as Promise<T>;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as unknown as T;
}

export type DbKind = 'pglite' | 'postgres';

/** Plain SQL access for tools (backup, bench, job queue) that work below the ORM. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs several statements separated by semicolons, without parameters. */
  exec(text: string): Promise<void>;
}

export interface Database {
  kind: DbKind;
  db: Db;
  sql: SqlRunner;
  /** The PGlite instance, when embedded (for the job queue adapter). */
  pglite?: PGlite;
  /** The pool, when on PostgreSQL. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** PGlite data directory; omitted means in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** Told about errors of idle PostgreSQL connections (they are replaced, not fatal). */
  onIdleError?: (error: Error) => void;
}

/** Opens PostgreSQL when a URL is given, else embedded PGlite (with a lock on its data dir). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    return openPostgres(
      options.databaseUrl,
      options.poolSize ?? 10,
      options.onIdleError ?? (() => undefined),
    );
  }
  return openPglite(options.dataDir);
}

async function openPostgres(
  url: string,
  poolSize: number,
  onError: (error: Error) => void,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection can be cut by the server (restart, failover, a dropped database); the pool
  // replaces it. Without this listener such an error would end the whole process.
  pool.on('error', onError);
  // Fail at start-up, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePostgres(pool, { schema });
  return {
    kind: 'postgres',
    db,
    pool,
    sql: {
      query: async (text, params) => {
        const result = await pool.query(text, params);
        return { rows: result.rows };
      },
      exec: async (text) => {
        await pool.query(text);
      },
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
  }
  try {
    const pglite = await PGlite.create(dataDir ? `file://${dataDir}/pgdata` : undefined, {
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      pglite,
      sql: {
        query: async (text, params) => {
          const result = await pglite.query(text, params);
          return { rows: result.rows as never[] };
        },
        exec: async (text) => {
          await pglite.exec(text);
        },
      },
      close: async () => {
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
