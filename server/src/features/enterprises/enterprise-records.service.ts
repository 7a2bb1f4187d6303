import { z } from 'zod';
import {
  builtinQualificationTypes,
  todayInChina,
  type assignmentRequest,
  type contactRequest,
  type expiringQualificationsQuery,
  type qualificationRequest,
  type visitRequest,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertMayEdit, loadReadableEnterprise } from './enterprise-access.js';
import { presentContact, presentQualification, qualificationTypeNames } from './enterprise-presenter.js';
import { getEnterprise } from './enterprises.service.js';
import {
  deleteContact,
  deleteQualification,
  findAssignments,
  findContact,
  findExpiringQualifications,
  findQualification,
  findVisits,
  insertAssignment,
  insertContact,
  insertQualification,
  insertVisit,
  touchEnterprise,
  updateContact,
  updateQualification,
} from './enterprise-records.repository.js';
import {
  findPeople,
  findUserNames,
  findZoneQualificationTypes,
  updateEnterpriseIfVersion,
} from './enterprises.repository.js';

type QualificationInput = z.infer<typeof qualificationRequest>;

async function checkQualification(db: Db, zoneId: string, input: QualificationInput) {
  const zoneTypes = await findZoneQualificationTypes(db, zoneId);
  const known = [...builtinQualificationTypes, ...zoneTypes].some((type) => type.code === input.type);
  if (!known)
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'type', key: 'unknownQualificationType' }]);
  if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'expiresOn', key: 'datesOutOfOrder' }]);
  }
  return qualificationTypeNames(zoneTypes);
}

export async function addQualification(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  input: QualificationInput,
) {
  const actor = requireActor(context);
  const today = todayInChina();
  await loadReadableEnterprise(db, actor, enterpriseId, today);
  assertMayEdit(actor, enterpriseId, 'record');
  const names = await checkQualification(db, actor.zoneId, input);
  const created = await db.transaction(async (tx) => {
    const row = await insertQualification(tx, {
      zoneId: actor.zoneId,
      enterpriseId,
      type: input.type,
      level: input.level,
      certificateNumber: input.certificateNumber ?? null,
      issuedOn: input.issuedOn ?? null,
      expiresOn: input.expiresOn ?? null,
    });
    if (!row) throw new AppError('INTERNAL');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.qualification_add',
      entityType: 'enterprise',
      entityId: enterpriseId,
      after: { ...row },
    });
    return row;
  });
  return presentQualification(created, names, today);
}

export async function changeQualification(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  qualificationId: string,
  input: QualificationInput,
) {
  const actor = requireActor(context);
  const today = todayInChina();
  await loadReadableEnterprise(db, actor, enterpriseId, today);
  assertMayEdit(actor, enterpriseId, 'record');
  const current = await findQualification(db, actor.zoneId, enterpriseId, qualificationId);
  if (!current) throw new AppError('NOT_FOUND');
  const names = await checkQualification(db, actor.zoneId, input);
  const updated = await db.transaction(async (tx) => {
    const row = await updateQualification(tx, qualificationId, {
      type: input.type,
      level: input.level,
      certificateNumber: input.certificateNumber ?? null,
      issuedOn: input.issuedOn ?? null,
      expiresOn: input.expiresOn ?? null,
    });
    if (!row) throw new AppError('NOT_FOUND');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.qualification_update',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { ...current },
      after: { ...row },
    });
    return row;
  });
  return presentQualification(updated, names, today);
}

export async function removeQualification(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  qualificationId: string,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'record');
  const current = await findQualification(db, actor.zoneId, enterpriseId, qualificationId);
  if (!current) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await deleteQualification(tx, qualificationId);
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.qualification_remove',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { ...current },
    });
  });
}

/** The zone-wide list of qualifications ending soon (高企 renewals must not be missed). */
export async function listExpiringQualifications(
  db: Db,
  context: RequestContext,
  query: z.infer<typeof expiringQualificationsQuery>,
) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  const today = todayInChina();
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + query.withinDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const names = qualificationTypeNames(await findZoneQualificationTypes(db, actor.zoneId));
  const { rows, total } = await findExpiringQualifications(db, {
    zoneId: actor.zoneId,
    today,
    until,
    includeExpired: query.includeExpired,
    type: query.type,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    total,
    items: rows.map((row) => ({
      ...presentQualification(row.qualification, names, today),
      enterprise: { id: row.qualification.enterpriseId, name: row.enterpriseName },
    })),
  };
}

type ContactInput = z.infer<typeof contactRequest>;

export async function addContact(db: Db, context: RequestContext, enterpriseId: string, input: ContactInput) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const row = await db.transaction(async (tx) => {
    const created = await insertContact(tx, {
      zoneId: actor.zoneId,
      enterpriseId,
      name: input.name,
      position: input.position ?? null,
      mobile: input.mobile ?? null,
    });
    if (!created) throw new AppError('INTERNAL');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_add',
      entityType: 'enterprise',
      entityId: enterpriseId,
      after: { contactId: created.id, name: created.name, position: created.position, mobile: '***' },
    });
    return created;
  });
  return presentContact(row);
}

export async function changeContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
  input: ContactInput,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const current = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!current) throw new AppError('NOT_FOUND');
  const row = await db.transaction(async (tx) => {
    const updated = await updateContact(tx, contactId, {
      name: input.name,
      position: input.position ?? null,
      // Lists only ever show masked numbers, so an edit that leaves the mobile out keeps it.
      mobile: input.mobile === undefined ? current.mobile : input.mobile,
    });
    if (!updated) throw new AppError('NOT_FOUND');
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_update',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { contactId, name: current.name, position: current.position },
      after: {
        contactId,
        name: updated.name,
        position: updated.position,
        mobileChanged: current.mobile !== updated.mobile,
      },
    });
    return updated;
  });
  return presentContact(row);
}

export async function removeContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  assertMayEdit(actor, enterpriseId, 'own');
  const current = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!current) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await deleteContact(tx, contactId);
    await touchEnterprise(tx, enterpriseId);
    await recordAudit(tx, context, {
      action: 'enterprise.contact_remove',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: { contactId, name: current.name, position: current.position },
    });
  });
}

/** Shows one mobile in full; every reveal is in the audit log. */
export async function revealContact(
  db: Db,
  context: RequestContext,
  enterpriseId: string,
  contactId: string,
) {
  const actor = requireActor(context);
  await loadReadableEnterprise(db, actor, enterpriseId, todayInChina());
  const contact = await findContact(db, actor.zoneId, enterpriseId, contactId);
  if (!contact) throw new AppError('NOT_FOUND');
  await recordAudit(db, context, {
    action: 'enterprise.contact_reveal',
    entityType: 'enterprise',
    entityId: enterpriseId,
    after: { contactId, name: contact.name },
  });
  return presentContact(contact, true);
}

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

/** Built-in and zone qualification types. */
export async function listQualificationTypes(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  const names = qualificationTypeNames(await findZoneQualificationTypes(db, actor.zoneId));
  return { items: [...names].map(([code, name]) => ({ code, name })) };
}
