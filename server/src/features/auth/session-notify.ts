import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, DbOrTx } from '../../db/client.js';
import type { SessionCache } from './session-cache.js';

/** What ended or changed: one session (sign-out) or every session of a user. */
export interface SessionChange {
  userId?: string;
  sessionId?: string;
}

const channel = 'gaoxin_session_change';
const reconnectMs = 5_000;

/**
 * Tells the other server processes on the same PostgreSQL that a session or a user changed.
 * NOTIFY is delivered when the transaction commits, and not at all if it rolls back. On the
 * embedded database there is one process and no listener, and the statement costs nothing.
 */
export async function notifySessionChange(db: DbOrTx, change: SessionChange): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${JSON.stringify(change)})`);
}

function applyChange(cache: SessionCache, payload: string | undefined): void {
  try {
    const change = JSON.parse(payload ?? '') as SessionChange;
    if (typeof change.sessionId === 'string') cache.forgetSession(change.sessionId);
    if (typeof change.userId === 'string') cache.forgetUser(change.userId);
    if (!change.sessionId && !change.userId) cache.clear();
  } catch {
    cache.clear();
  }
}

/**
 * On PostgreSQL, listens on its own connection (not one of the pool's) for the changes other
 * processes announce, and drops them from this process's cache. While the connection is down the
 * cache is cleared and the TTL bounds what could be missed; it reconnects every few seconds.
 * Returns the function that stops listening.
 */
export async function listenForSessionChanges(
  database: Database,
  cache: SessionCache,
  log: FastifyBaseLogger,
): Promise<() => Promise<void>> {
  const pool = database.pool;
  if (!pool) return async () => undefined;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const connect = async () => {
    const next = new pg.Client(pool.options);
    next.on('notification', (message) => {
      if (message.channel === channel) applyChange(cache, message.payload);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'session change listener lost its connection');
      reconnectLater(next);
    });
    next.on('end', () => reconnectLater(next));
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) await next.end().catch(() => undefined);
    else client = next;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      connect().catch((error: unknown) => {
        log.warn({ err: error }, 'session change listener could not connect');
        schedule();
      });
    }, reconnectMs).unref();
  };
  const reconnectLater = (lost: pg.Client) => {
    if (stopped || client !== lost) return;
    client = undefined;
    cache.clear();
    void lost.end().catch(() => undefined);
    schedule();
  };

  try {
    await connect();
  } catch (error) {
    log.warn({ err: error }, 'session change listener could not connect');
    schedule();
  }
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
