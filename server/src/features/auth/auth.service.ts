import { createHash, randomBytes } from 'node:crypto';
import { checkPassword, permittedActions, type CurrentUser, type Role } from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { lockoutPolicy, sessionPolicy } from '../../config.js';
import { AppError } from '../../platform/app-error.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../platform/passwords.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSessionWithUser,
  findUserById,
  findUserByUsername,
  findUserProfile,
  insertSession,
  touchSession,
  updateUserPassword,
  updateUserSignInState,
  type SessionWithUser,
} from './auth.repository.js';
import { sessionCacheOf, type CachedSession } from './session-cache.js';
import { notifySessionChange, type SessionChange } from './session-notify.js';

/** The cookie holds a random token; the database keeps only its hash. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Maps a password-policy failure to field messages for a 400 answer. */
export function assertStrongPassword(password: string, username: string, field = 'newPassword') {
  const problems = checkPassword(password, username);
  if (problems.length === 0) return;
  const keys = {
    tooShort: 'passwordTooShort',
    tooLong: 'passwordTooLong',
    tooFewClasses: 'passwordTooFewClasses',
    containsUsername: 'passwordContainsUsername',
  } as const;
  throw new AppError(
    'WEAK_PASSWORD',
    {},
    problems.map((problem) => ({ field, key: keys[problem] })),
  );
}

export interface SignIn {
  token: string;
  user: CurrentUser;
}

/**
 * Signs a user in. Five wrong passwords in a row lock the account for 15 minutes; the failure
 * counters are committed even though the request itself fails.
 */
export async function signIn(
  db: Db,
  context: RequestContext,
  credentials: { username: string; password: string },
  now = new Date(),
): Promise<SignIn> {
  const username = credentials.username.trim().toLowerCase();
  const user = await findUserByUsername(db, username);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), credentials.password);
    await recordAudit(db, context, { action: 'auth.login_failed', entityType: 'user', username });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const audit = { entityType: 'user', entityId: user.id, zoneId: user.zoneId, username, role: user.role };
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, context, { ...audit, action: 'auth.login_locked' });
    throw new AppError('ACCOUNT_LOCKED', { minutes: minutesUntil(user.lockedUntil, now) });
  }
  const passwordMatches = await verifyPassword(user.passwordHash, credentials.password);
  if (!passwordMatches) {
    const failedAttempts = user.failedAttempts + 1;
    const locks = failedAttempts >= lockoutPolicy.maxFailedAttempts;
    const lockedUntil = locks ? new Date(now.getTime() + lockoutPolicy.lockMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await updateUserSignInState(tx, user.id, { failedAttempts: locks ? 0 : failedAttempts, lockedUntil });
      await recordAudit(tx, context, {
        ...audit,
        action: locks ? 'auth.account_locked' : 'auth.login_failed',
        after: { failedAttempts, lockedUntil },
      });
    });
    if (locks) throw new AppError('ACCOUNT_LOCKED', { minutes: lockoutPolicy.lockMinutes });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.isActive) {
    await recordAudit(db, context, { ...audit, action: 'auth.login_disabled' });
    throw new AppError('ACCOUNT_DISABLED');
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await updateUserSignInState(tx, user.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionPolicy.absoluteTimeoutMs),
      ip: context.ip,
      userAgent: context.userAgent,
    });
    await recordAudit(tx, context, { ...audit, action: 'auth.login' });
  });
  return { token, user: await getCurrentUser(db, user.id) };
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export type SessionResolution =
  { status: 'valid'; actor: Actor; currentUser: CurrentUser } | { status: 'expired' } | { status: 'unknown' };

function cachedSessionOf(row: SessionWithUser, sessionId: string, at: number): CachedSession {
  const role = row.role as Role;
  const actor: Actor = Object.freeze({
    userId: row.userId,
    username: row.username,
    role,
    zoneId: row.zoneId,
    departmentId: row.departmentId,
    enterpriseId: row.enterpriseId,
    isLiaison: row.isLiaison,
    mustChangePassword: row.mustChangePassword,
    sessionId,
  });
  const currentUser: CurrentUser = Object.freeze({
    id: row.userId,
    username: row.username,
    displayName: row.displayName,
    role,
    zone: { id: row.zoneId, name: row.zoneName },
    department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '' } : null,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName ?? null,
    isLiaison: row.isLiaison,
    mustChangePassword: row.mustChangePassword,
    permissions: permittedActions(role),
  });
  return {
    actor,
    currentUser,
    expiresAt: row.expiresAt.getTime(),
    lastSeenAt: row.lastSeenAt.getTime(),
    cachedAt: at,
  };
}

function isPastLimits(entry: CachedSession, at: number): boolean {
  return entry.expiresAt <= at || entry.lastSeenAt + sessionPolicy.idleTimeoutMs <= at;
}

/**
 * Resolves a session cookie: idle timeout 30 minutes, absolute 12 hours, user still active. One
 * query (session, user, role, zone and the names /api/auth/me shows), kept for a few seconds in the
 * process's session cache; the last use is written at most once per `touchIntervalMs`.
 */
export async function resolveSession(db: Db, token: string, now = new Date()): Promise<SessionResolution> {
  const sessionId = sessionIdOf(token);
  const cache = sessionCacheOf(db);
  const at = now.getTime();
  let entry = cache.lookup(sessionId, at);
  if (entry && isPastLimits(entry, at)) {
    // Another process may have used the session since it was cached: ask the database.
    cache.forgetSession(sessionId);
    entry = undefined;
  }
  if (!entry) {
    const epoch = cache.epoch;
    const found = await findSessionWithUser(db, sessionId);
    if (!found) return { status: 'unknown' };
    entry = cachedSessionOf(found, sessionId, at);
    if (!found.isActive || isPastLimits(entry, at)) {
      await deleteSession(db, sessionId);
      return { status: 'expired' };
    }
    cache.store(sessionId, entry, epoch);
  }
  if (at - entry.lastSeenAt > sessionPolicy.touchIntervalMs) {
    // Marked before the write, so that concurrent requests of the session do not all write.
    entry.lastSeenAt = at;
    await touchSession(db, sessionId, now);
  }
  return { status: 'valid', actor: entry.actor, currentUser: entry.currentUser };
}

/**
 * Drops what this process (at once) and, on PostgreSQL, every other process (through NOTIFY when
 * the transaction commits) has cached of a user's sessions. Call inside the transaction that
 * changes the user or ends sessions, and call `forgetCachedSessions` after it commits.
 */
export async function announceSessionChange(tx: DbOrTx, change: SessionChange): Promise<void> {
  await notifySessionChange(tx, change);
}

/** Drops this process's cached sessions of a user (or one session) once the change has committed. */
export function forgetCachedSessions(db: Db, change: SessionChange): void {
  const cache = sessionCacheOf(db);
  if (change.sessionId) cache.forgetSession(change.sessionId);
  if (change.userId) cache.forgetUser(change.userId);
}

/** Ends the caller's session. */
export async function signOut(db: Db, context: RequestContext): Promise<void> {
  const actor = requireActor(context);
  await db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionId);
    await announceSessionChange(tx, { sessionId: actor.sessionId });
    await recordAudit(tx, context, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
  forgetCachedSessions(db, { sessionId: actor.sessionId });
}

/** The signed-in user with names and permissions, as the web needs it. */
export async function getCurrentUser(db: Db, userId: string): Promise<CurrentUser> {
  const profile = await findUserProfile(db, userId);
  if (!profile) throw new AppError('UNAUTHENTICATED');
  const { user } = profile;
  const role = user.role as Role;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    zone: { id: user.zoneId, name: profile.zoneName },
    department: user.departmentId ? { id: user.departmentId, name: profile.departmentName ?? '' } : null,
    enterpriseId: user.enterpriseId,
    enterpriseName: profile.enterpriseName ?? null,
    isLiaison: user.isLiaison,
    mustChangePassword: user.mustChangePassword,
    permissions: permittedActions(role),
  };
}

/** Changes the caller's own password; other sessions of the user end. */
export async function changeOwnPassword(
  db: Db,
  context: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireActor(context);
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(db, context, {
      action: 'auth.password_change_failed',
      entityType: 'user',
      entityId: user.id,
    });
    throw new AppError('WRONG_CURRENT_PASSWORD', {}, [{ field: 'currentPassword', key: 'invalid' }]);
  }
  assertStrongPassword(input.newPassword, user.username);
  if (input.currentPassword === input.newPassword) throw new AppError('SAME_PASSWORD');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUserPassword(tx, user.id, passwordHash, false);
    await deleteSessionsOfUser(tx, user.id, actor.sessionId);
    // The caller's own session stays, with mustChangePassword now false: all are dropped from caches.
    await announceSessionChange(tx, { userId: user.id });
    await recordAudit(tx, context, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
  forgetCachedSessions(db, { userId: user.id });
}
