import { z } from 'zod';
import {
  addDays,
  builtinQualificationTypes,
  todayInChina,
  type expiringQualificationsQuery,
  type qualificationRequest,
  type qualificationTypeRequest,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertMayEdit, loadReadableEnterprise } from './enterprise-access.js';
import { presentQualification, qualificationTypeNames } from './enterprise-presenter.js';
import {
  deleteQualification,
  findExpiringQualifications,
  findQualification,
  insertQualification,
  insertQualificationType,
  touchEnterprise,
  updateQualification,
} from './enterprise-records.repository.js';
import { findZoneQualificationTypes } from './enterprises.repository.js';

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
  const until = addDays(today, query.withinDays);
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

/** Built-in and zone qualification types. */
export async function listQualificationTypes(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  const names = qualificationTypeNames(await findZoneQualificationTypes(db, actor.zoneId));
  return { items: [...names].map(([code, name]) => ({ code, name })) };
}

/** Adds a qualification type of the zone's own (e.g. 省级企业技术中心) beside the built-in ones. */
export async function addQualificationType(
  db: Db,
  context: RequestContext,
  input: z.infer<typeof qualificationTypeRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.write');
  const names = qualificationTypeNames(await findZoneQualificationTypes(db, actor.zoneId));
  if (names.has(input.code) || [...names.values()].includes(input.name)) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'code', key: 'qualificationTypeTaken' }]);
  }
  await db.transaction(async (tx) => {
    await insertQualificationType(tx, { zoneId: actor.zoneId, code: input.code, name: input.name });
    await recordAudit(tx, context, {
      action: 'qualification_type.create',
      entityType: 'qualification_type',
      entityId: input.code,
      after: { ...input },
    });
  });
  return listQualificationTypes(db, context);
}
