import type { z } from 'zod';
import {
  zoneFieldText,
  type createUserRequest,
  type listUsersQuery,
  type Role,
  type updateUserRequest,
  type UserSummary,
} from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { hashPassword } from '../../platform/passwords.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { deleteSessionsOfUser } from '../auth/auth.repository.js';
import { announceSessionChange, assertStrongPassword, forgetCachedSessions } from '../auth/auth.service.js';
import {
  departmentExistsInZone,
  enterpriseExistsInZone,
  findUserInZone,
  findUsers,
  insertUser,
  isDepartmentRetired,
  isUsernameTaken,
  updateUserIfVersion,
  type UserWithNames,
} from './users.repository.js';

function present({ user, departmentName, enterpriseName }: UserWithNames): UserSummary {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    department: user.departmentId ? { id: user.departmentId, name: departmentName ?? '' } : null,
    enterprise: user.enterpriseId ? { id: user.enterpriseId, name: enterpriseName ?? '' } : null,
    isLiaison: user.isLiaison,
    isDepartmentHead: user.isDepartmentHead,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
  };
}

/** The fields of a user that the audit log shows. */
function auditView(user: UserWithNames['user']) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    enterpriseId: user.enterpriseId,
    isLiaison: user.isLiaison,
    isDepartmentHead: user.isDepartmentHead,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil,
  };
}

/** An officer belongs to a department of the zone; an enterprise user to one enterprise of the zone. */
async function assertBindings(
  db: DbOrTx,
  actor: Actor,
  role: Role,
  departmentId: string | null,
  enterpriseId: string | null,
  /** The user's department before this change; a retired department keeps who it has, takes no one new. */
  currentDepartmentId?: string | null,
) {
  if (role === 'officer') {
    if (!departmentId)
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'departmentId', key: 'required' }]);
  }
  if (departmentId && !(await departmentExistsInZone(db, actor.zoneId, departmentId))) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'departmentId', key: 'invalid' }]);
  }
  if (departmentId && departmentId !== currentDepartmentId && (await isDepartmentRetired(db, departmentId))) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'departmentId', key: 'invalid', text: zoneFieldText('departmentRetired') },
    ]);
  }
  if (role === 'enterprise') {
    if (!enterpriseId)
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'enterpriseId', key: 'required' }]);
    if (!(await enterpriseExistsInZone(db, actor.zoneId, enterpriseId))) {
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'enterpriseId', key: 'invalid' }]);
    }
  } else if (enterpriseId) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'enterpriseId', key: 'invalid' }]);
  }
}

export async function listUsers(db: Db, context: RequestContext, query: z.infer<typeof listUsersQuery>) {
  const actor = requireActor(context);
  authorize(actor, 'user.manage');
  const { rows, total } = await findUsers(db, {
    zoneId: actor.zoneId,
    q: query.q,
    role: query.role,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(present), total };
}

export async function getUser(db: Db, context: RequestContext, id: string): Promise<UserSummary> {
  const actor = requireActor(context);
  authorize(actor, 'user.manage');
  const found = await findUserInZone(db, actor.zoneId, id);
  if (!found) throw new AppError('NOT_FOUND');
  return present(found);
}

/** Creates a user in the admin's zone; the initial password must be changed at first sign-in. */
export async function createUser(
  db: Db,
  context: RequestContext,
  input: z.infer<typeof createUserRequest>,
): Promise<UserSummary> {
  const actor = requireActor(context);
  authorize(actor, 'user.manage');
  const username = input.username.toLowerCase();
  const departmentId = input.departmentId ?? null;
  const enterpriseId = input.enterpriseId ?? null;
  await assertBindings(db, actor, input.role, departmentId, enterpriseId);
  assertStrongPassword(input.password, username, 'password');
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    if (await isUsernameTaken(tx, username))
      throw new AppError('USERNAME_TAKEN', {}, [{ field: 'username', key: 'invalid' }]);
    const newId = await insertUser(tx, {
      zoneId: actor.zoneId,
      username,
      displayName: input.displayName,
      role: input.role,
      departmentId,
      enterpriseId,
      isLiaison: input.role === 'officer' ? (input.isLiaison ?? false) : false,
      isDepartmentHead: input.role === 'officer' ? (input.isDepartmentHead ?? false) : false,
      passwordHash,
      mustChangePassword: true,
    });
    if (!newId) throw new AppError('INTERNAL');
    const created = await findUserInZone(tx, actor.zoneId, newId);
    await recordAudit(tx, context, {
      action: 'user.create',
      entityType: 'user',
      entityId: newId,
      after: created ? auditView(created.user) : null,
    });
    return newId;
  });
  return getUser(db, context, id);
}

/**
 * Updates a user with optimistic concurrency: a stale `version` answers 409 with the fresh record.
 * Changes to role, bindings, activity or password end the user's sessions.
 */
export async function updateUser(
  db: Db,
  context: RequestContext,
  id: string,
  input: z.infer<typeof updateUserRequest>,
): Promise<UserSummary> {
  const actor = requireActor(context);
  authorize(actor, 'user.manage');
  const found = await findUserInZone(db, actor.zoneId, id);
  if (!found) throw new AppError('NOT_FOUND');
  const current = found.user;
  if (current.version !== input.version) throw new AppError('CONFLICT', {}, [], present(found));
  if (
    current.id === actor.userId &&
    ((input.role && input.role !== current.role) || input.isActive === false)
  ) {
    // An administrator cannot lock themself out by demoting or disabling their own account.
    throw new AppError('FORBIDDEN');
  }
  const role = input.role ?? (current.role as Role);
  const departmentId = input.departmentId !== undefined ? input.departmentId : current.departmentId;
  const enterpriseId =
    role === 'enterprise'
      ? input.enterpriseId !== undefined
        ? input.enterpriseId
        : current.enterpriseId
      : null;
  await assertBindings(db, actor, role, departmentId, enterpriseId, current.departmentId);
  const values: Record<string, unknown> = {
    displayName: input.displayName ?? current.displayName,
    role,
    departmentId: role === 'officer' || departmentId ? departmentId : null,
    enterpriseId,
    isLiaison: role === 'officer' ? (input.isLiaison ?? current.isLiaison) : false,
    isDepartmentHead: role === 'officer' ? (input.isDepartmentHead ?? current.isDepartmentHead) : false,
    isActive: input.isActive ?? current.isActive,
  };
  if (input.unlock) {
    values.lockedUntil = null;
    values.failedAttempts = 0;
  }
  if (input.password !== undefined) {
    assertStrongPassword(input.password, current.username, 'password');
    values.passwordHash = await hashPassword(input.password);
    values.mustChangePassword = true;
    values.passwordChangedAt = new Date();
  }
  const endsSessions =
    values.role !== current.role ||
    values.isActive !== current.isActive ||
    values.departmentId !== current.departmentId ||
    values.enterpriseId !== current.enterpriseId ||
    input.password !== undefined;
  await db.transaction(async (tx) => {
    const updated = await updateUserIfVersion(tx, id, input.version, values);
    if (!updated) {
      const fresh = await findUserInZone(tx, actor.zoneId, id);
      throw new AppError('CONFLICT', {}, [], fresh ? present(fresh) : undefined);
    }
    if (endsSessions) await deleteSessionsOfUser(tx, id);
    // Cached sessions hold the role, bindings and names: every process drops them.
    await announceSessionChange(tx, { userId: id });
    const after = await findUserInZone(tx, actor.zoneId, id);
    const diff = changedFields(auditView(current), after ? auditView(after.user) : {});
    if (input.password !== undefined) {
      diff.before.password = '***';
      diff.after.password = '*** (reset)';
    }
    await recordAudit(tx, context, { action: 'user.update', entityType: 'user', entityId: id, ...diff });
  });
  forgetCachedSessions(db, { userId: id });
  return getUser(db, context, id);
}
