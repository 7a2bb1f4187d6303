import type { z } from 'zod';
import {
  zoneFieldText,
  type createDepartmentRequest,
  type updateDepartmentRequest,
  type ZoneDepartment,
} from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { codeTaken, isUniqueViolation } from './zone-errors.js';
import {
  findActiveOfficer,
  findDepartmentByCode,
  findDepartmentInZone,
  findDepartmentOfficers,
  findDepartmentsWithPeople,
  insertDepartment,
  setDepartmentHead,
  updateDepartmentIfVersion,
} from './zones.repository.js';

type Row = Awaited<ReturnType<typeof findDepartmentsWithPeople>>[number];

function present({ department, headId, headName, memberCount }: Row): ZoneDepartment {
  return {
    id: department.id,
    code: department.code,
    name: department.name,
    sortOrder: department.sortOrder,
    head: headId ? { id: headId, name: headName ?? '' } : null,
    memberCount,
    retiredAt: department.retiredAt?.toISOString() ?? null,
    version: department.version,
  };
}

/** What the audit log shows of a department. */
const auditView = (department: ZoneDepartment) => ({
  code: department.code,
  name: department.name,
  sortOrder: department.sortOrder,
  headUserId: department.head?.id ?? null,
  retiredAt: department.retiredAt,
});

async function load(db: DbOrTx, zoneId: string, id: string): Promise<ZoneDepartment> {
  const [row] = await findDepartmentsWithPeople(db, zoneId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

/** The zone's departments for 系统设置, the retired ones apart. */
export async function listZoneDepartments(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const all = (await findDepartmentsWithPeople(db, actor.zoneId)).map(present);
  return {
    items: all.filter((department) => !department.retiredAt),
    retired: all.filter((department) => department.retiredAt),
  };
}

/** The active officers of a department, for choosing its head. */
export async function listDepartmentOfficers(db: Db, context: RequestContext, id: string) {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  if (!(await findDepartmentInZone(db, actor.zoneId, id))) throw new AppError('NOT_FOUND');
  return { items: await findDepartmentOfficers(db, id) };
}

async function assertCodeFree(db: DbOrTx, zoneId: string, code: string, exceptId?: string) {
  const holder = await findDepartmentByCode(db, zoneId, code, exceptId);
  if (holder) throw codeTaken(code, holder.name);
}

/** Adds a department to the admin's zone; its code is unique in the zone. */
export async function createZoneDepartment(
  db: Db,
  context: RequestContext,
  input: z.infer<typeof createDepartmentRequest>,
): Promise<ZoneDepartment> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  await assertCodeFree(db, actor.zoneId, input.code);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertDepartment(tx, {
        zoneId: actor.zoneId,
        code: input.code,
        name: input.name,
        sortOrder: input.sortOrder ?? 0,
      });
      const created = await load(tx, actor.zoneId, row.id);
      await recordAudit(tx, context, {
        action: 'department.create',
        entityType: 'department',
        entityId: row.id,
        after: auditView(created),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) await assertCodeFree(db, actor.zoneId, input.code);
    throw error;
  }
}

/**
 * Renames a department, changes its code, order or head, with optimistic concurrency. The head is
 * one of its active officers; naming one clears the flag of any other.
 */
export async function updateZoneDepartment(
  db: Db,
  context: RequestContext,
  id: string,
  input: z.infer<typeof updateDepartmentRequest>,
): Promise<ZoneDepartment> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const before = await load(db, actor.zoneId, id);
  if (before.version !== input.version) throw new AppError('CONFLICT', {}, [], before);
  if (input.code && input.code.toLowerCase() !== before.code.toLowerCase()) {
    await assertCodeFree(db, actor.zoneId, input.code, id);
  }
  if (input.headUserId && !(await findActiveOfficer(db, id, input.headUserId))) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'headUserId', key: 'invalid', text: zoneFieldText('headNotInDepartment') },
    ]);
  }
  return write(db, context, before, 'department.update', async (tx) => {
    const updated = await updateDepartmentIfVersion(tx, actor.zoneId, id, input.version, {
      ...(input.code !== undefined && { code: input.code }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.sortOrder !== undefined && { sortOrder: input.sortOrder }),
    });
    if (updated && input.headUserId !== undefined && input.headUserId !== (before.head?.id ?? null)) {
      await setDepartmentHead(tx, id, input.headUserId);
    }
    return Boolean(updated);
  });
}

/** Retires a department: it keeps its people and history, and is offered for no new work. */
export function retireZoneDepartment(db: Db, context: RequestContext, id: string, version: number) {
  return setRetired(db, context, id, version, true);
}

/** Brings a retired department back into use. */
export function restoreZoneDepartment(db: Db, context: RequestContext, id: string, version: number) {
  return setRetired(db, context, id, version, false);
}

async function setRetired(db: Db, context: RequestContext, id: string, version: number, retire: boolean) {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const before = await load(db, actor.zoneId, id);
  if (before.version !== version) throw new AppError('CONFLICT', {}, [], before);
  if (Boolean(before.retiredAt) === retire) return before;
  const action = retire ? 'department.retire' : 'department.restore';
  return write(db, context, before, action, async (tx) =>
    Boolean(
      await updateDepartmentIfVersion(tx, actor.zoneId, id, version, {
        retiredAt: retire ? new Date() : null,
      }),
    ),
  );
}

/** One audited write: a stale version inside the transaction answers 409 with the fresh record. */
async function write(
  db: Db,
  context: RequestContext,
  before: ZoneDepartment,
  action: string,
  change: (tx: DbOrTx) => Promise<boolean>,
): Promise<ZoneDepartment> {
  const zoneId = requireActor(context).zoneId;
  try {
    return await db.transaction(async (tx) => {
      if (!(await change(tx))) throw new AppError('CONFLICT', {}, [], await load(tx, zoneId, before.id));
      const after = await load(tx, zoneId, before.id);
      await recordAudit(tx, context, {
        action,
        entityType: 'department',
        entityId: before.id,
        ...changedFields(auditView(before), auditView(after)),
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', {}, [], await load(db, zoneId, before.id));
    throw error;
  }
}
