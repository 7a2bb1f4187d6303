import type { CurrentUser } from '@gaoxin/domain';
import type { Actor } from '../../platform/request-context.js';

/**
 * How long a resolved session is trusted without asking the database again. Changes made through
 * this process (sign-out, password change, a user's role, bindings or activity changed by an
 * administrator) drop the entry at once; on PostgreSQL the other processes hear of them through
 * LISTEN/NOTIFY, and this TTL bounds what a process could miss (a direct SQL change, a lost
 * notification connection).
 */
export const sessionCacheTtlMs = 3_000;

/** Enough for every session active within one TTL; the oldest entry goes first beyond it. */
const maxEntries = 20_000;

/** A resolved session: who it is, its limits, and what /api/auth/me answers. */
export interface CachedSession {
  actor: Actor;
  currentUser: CurrentUser;
  /** The absolute limit, in epoch milliseconds. */
  expiresAt: number;
  /** The last use as written to the database (epoch ms); the idle timeout counts from it. */
  lastSeenAt: number;
  /** When the entry was read from the database. */
  cachedAt: number;
}

/**
 * The per-process cache of resolved sessions, keyed by the session id (the hash of the cookie's
 * token). Every forget bumps an epoch: a lookup that read the database before a forget cannot
 * store what it read afterwards, so a sign-out racing with a request cannot leave a stale entry.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  private currentEpoch = 0;

  constructor(private readonly ttlMs = sessionCacheTtlMs) {}

  /** The epoch to hand back to `store` after reading the database. */
  get epoch(): number {
    return this.currentEpoch;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The fresh entry of a session, if any. */
  lookup(sessionId: string, now: number): CachedSession | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (now - entry.cachedAt >= this.ttlMs || now < entry.cachedAt) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  /** Stores a resolution read at `epoch`; does nothing if something was forgotten since. */
  store(sessionId: string, entry: CachedSession, epoch: number): void {
    if (epoch !== this.currentEpoch || this.ttlMs <= 0) return;
    if (this.entries.size >= maxEntries && !this.entries.has(sessionId)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(sessionId, entry);
  }

  forgetSession(sessionId: string): void {
    this.currentEpoch += 1;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.currentEpoch += 1;
    for (const [sessionId, entry] of this.entries) {
      if (entry.actor.userId === userId) this.entries.delete(sessionId);
    }
  }

  clear(): void {
    this.currentEpoch += 1;
    this.entries.clear();
  }
}

const caches = new WeakMap<object, SessionCache>();

/**
 * The session cache of one database handle. Each server process (each pool) has its own; every
 * service that holds the handle reaches the same cache, so it can drop what it changed.
 */
export function sessionCacheOf(db: object): SessionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SessionCache();
    caches.set(db, cache);
  }
  return cache;
}

/** Gives a database handle a cache of its own (tests use a long TTL to isolate NOTIFY). */
export function installSessionCache(db: object, cache: SessionCache): void {
  caches.set(db, cache);
}
