import { z } from 'zod';
import { todayInChina, type assignmentRequest, type visitRequest } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertMayEdit, loadReadableEnterprise } from './enterprise-access.js';
import { getEnterprise } from './enterprises.service.js';
import {
  findAssignments,
  findVisits,
  insertAssignment,
  insertVisit,
} from './enterprise-records.repository.js';
import { findPeople, findUserNames, updateEnterpriseIfVersion } from './enterprises.repository.js';

export async function listVisits(db: Db, context: RequestContext, enterpriseId: string) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  const rows = await findVisits(db, actor.zoneId, enterpriseId);
  const creators = [...new Set(rows.map((row) => row.createdBy).filter((id): id is string => Boolean(id)))];
  const names = await findUserNames(db, actor.zoneId, creators);
  return { items: rows.map((row) => presentVisit(row, names.get(row.createdBy ?? '')?.name ?? null)) };
}

function presentVisit(row: Awaited<ReturnType<typeof findVisits>>[number], creatorName: string | null) {
  return {
    id: row.id,
    visitedOn: row.visitedOn,
    visitors: row.visitors,
    summary: row.summary,
    problems: row.problems,
    nextStep: row.nextStep,
    createdBy: creatorName,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function addVisit(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  input: z.infer<typeof visitRequest>,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'record');
  if (input.visitedOn > todayInChina()) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'visitedOn', key: 'dateInFuture' }]);
  }
  const row = await db.transaction(async (tx) => {
    const created = await insertVisit(tx, {
      zoneId: actor.zoneId,
      enterpriseId,
      visitedOn: input.visitedOn,
      visitors: input.visitors,
      summary: input.summary,
      problems: input.problems,
      nextStep: input.nextStep ?? null,
      createdBy: actor.userId,
    });
    if (!created) throw new AppError('INTERNAL');
    await recordAudit(tx, context, {
      action: 'enterprise.visit_add',
      entityType: 'enterprise',
      entityId: enterpriseId,
      after: { ...created },
    });
    return created;
  });
  const names = await findUserNames(db, actor.zoneId, [actor.userId]);
  return presentVisit(row, names.get(actor.userId)?.name ?? null);
}

/** Sets the key-enterprise flag, liaison cadre and responsible leader; every change is kept as history. */
export async function assignResponsibility(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  input: z.infer<typeof assignmentRequest>,
) {
  const actor = requireActor(context);
  const current = (await loadReadableEnterprise(db, actor, enterpriseId, todayInChina())).enterprise;
  assertMayEdit(actor, enterpriseId, 'record');
  const people = await findPeople(db, actor.zoneId);
  if (
    input.liaisonUserId &&
    !people.some((person) => person.id === input.liaisonUserId && person.role === 'officer')
  ) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'liaisonUserId', key: 'notALiaison' }]);
  }
  if (
    input.responsibleLeaderId &&
    !people.some((person) => person.id === input.responsibleLeaderId && person.role === 'leader')
  ) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'responsibleLeaderId', key: 'notALeader' }]);
  }
  await db.transaction(async (tx) => {
    const updated = await updateEnterpriseIfVersion(tx, actor.zoneId, enterpriseId, input.version, {
      isKey: input.isKey,
      liaisonUserId: input.liaisonUserId,
      responsibleLeaderId: input.responsibleLeaderId,
    });
    if (!updated) throw new AppError('CONFLICT', {}, [], await getEnterprise(tx, context, enterpriseId));
    await insertAssignment(tx, {
      zoneId: actor.zoneId,
      enterpriseId,
      isKey: input.isKey,
      liaisonUserId: input.liaisonUserId,
      responsibleLeaderId: input.responsibleLeaderId,
      reason: input.reason ?? null,
      assignedBy: actor.userId,
    });
    await recordAudit(tx, context, {
      action: 'enterprise.assign',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: {
        isKey: current.isKey,
        liaisonUserId: current.liaisonUserId,
        responsibleLeaderId: current.responsibleLeaderId,
      },
      after: {
        isKey: input.isKey,
        liaisonUserId: input.liaisonUserId,
        responsibleLeaderId: input.responsibleLeaderId,
        reason: input.reason ?? null,
      },
    });
  });
  return listAssignments(db, context, enterpriseId);
}

export async function listAssignments(db: Db, context: RequestContext, enterpriseId: string) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  const rows = await findAssignments(db, actor.zoneId, enterpriseId);
  const ids = [
    ...new Set(
      rows
        .flatMap((row) => [row.liaisonUserId, row.responsibleLeaderId, row.assignedBy])
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  const names = await findUserNames(db, actor.zoneId, ids);
  const reference = (id: string | null) => (id ? { id, name: names.get(id)?.name ?? '' } : null);
  return {
    items: rows.map((row) => ({
      id: row.id,
      isKey: row.isKey,
      liaison: reference(row.liaisonUserId),
      responsibleLeader: reference(row.responsibleLeaderId),
      reason: row.reason,
      assignedBy: row.assignedBy ? (names.get(row.assignedBy)?.name ?? null) : null,
      assignedAt: row.assignedAt.toISOString(),
    })),
  };
}

/** People of the zone who can be liaisons or responsible leaders, for the assignment form. */
export async function listAssignablePeople(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  return { items: await findPeople(db, actor.zoneId) };
}
