import {
  describeCreditCodeProblem,
  findIndustry,
  todayInChina,
  validateCreditCode,
  type CreateEnterpriseRequest,
  type EnterpriseDetail,
  type ListEnterprisesQuery,
  type UpdateEnterpriseRequest,
  zoneFieldText,
} from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { assertMayEdit, loadReadableEnterprise } from './enterprise-access.js';
import {
  presentContact,
  presentQualification,
  presentSummary,
  qualificationTypeNames,
} from './enterprise-presenter.js';
import { findContacts, findQualifications } from './enterprise-records.repository.js';
import {
  findEnterpriseByCreditCode,
  findEnterprises,
  findParkInZone,
  findUserNames,
  findZoneQualificationTypes,
  insertEnterprise,
  updateEnterpriseIfVersion,
  type EnterpriseRow,
} from './enterprises.repository.js';
import { searchTermsOf } from './search-terms.js';

export interface Warning {
  field: string;
  message: { zh: string; en: string };
}

/** Lists the zone's enterprises with search, filters, sort and pages; an enterprise user sees only its own. */
export async function listEnterprises(db: Db, context: RequestContext, query: ListEnterprisesQuery) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  const onlyId =
    actor.role === 'enterprise' ? (actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000') : undefined;
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await findEnterprises(db, {
    ...filters,
    zoneId: actor.zoneId,
    onlyId,
    today: todayInChina(),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(presentSummary), total };
}

/** The enterprise's 360° record: basics, qualifications with computed status, contacts with masked mobiles. */
export async function getEnterprise(
  db: DbOrTx,
  context: RequestContext,
  id: string,
): Promise<EnterpriseDetail> {
  const actor = requireActor(context);
  const today = todayInChina();
  const row = await loadReadableEnterprise(db, actor, id, today);
  const { enterprise } = row;
  const [qualificationRows, contactRows, zoneTypes, people] = await inParallel(db, [
    () => findQualifications(db, actor.zoneId, id),
    () => findContacts(db, actor.zoneId, id),
    () => findZoneQualificationTypes(db, actor.zoneId),
    () =>
      findUserNames(db, actor.zoneId, enterprise.responsibleLeaderId ? [enterprise.responsibleLeaderId] : []),
  ] as const);
  const names = qualificationTypeNames(zoneTypes);
  return {
    ...presentSummary(row),
    legalRepresentative: enterprise.legalRepresentative,
    registeredCapital: enterprise.registeredCapital,
    address: enterprise.address,
    leadingIndustry: enterprise.leadingIndustry,
    responsibleLeader: enterprise.responsibleLeaderId
      ? { id: enterprise.responsibleLeaderId, name: people.get(enterprise.responsibleLeaderId)?.name ?? '' }
      : null,
    creditCodeOverride: enterprise.creditCodeOverride,
    tags: enterprise.tags,
    notes: enterprise.notes,
    qualifications: qualificationRows.map((qualification) =>
      presentQualification(qualification, names, today),
    ),
    contacts: contactRows.map((contact) => presentContact(contact)),
    version: enterprise.version,
    updatedAt: enterprise.updatedAt.toISOString(),
  };
}

/**
 * Checks a credit code: format and check-character failures refuse the write unless an override
 * reason is given; warnings are returned beside the saved record.
 */
export function checkCreditCode(
  input: string,
  overrideReason: string | null | undefined,
): { code: string; override: string | null; warnings: Warning[] } {
  const validation = validateCreditCode(input);
  const messages = (problems: typeof validation.errors) =>
    problems.map((problem) => ({
      zh: describeCreditCodeProblem(problem, 'zh'),
      en: describeCreditCodeProblem(problem, 'en'),
    }));
  const warnings = messages(validation.warnings).map((message) => ({ field: 'creditCode', message }));
  if (validation.errors.length > 0) {
    const reason = overrideReason?.trim();
    if (
      !reason ||
      validation.errors.some((problem) => problem.kind === 'empty' || problem.kind === 'length')
    ) {
      throw new AppError(
        'VALIDATION_FAILED',
        {},
        messages(validation.errors).map((text) => ({ field: 'creditCode', key: 'invalid', text })),
      );
    }
    return {
      code: validation.normalized,
      override: reason,
      warnings: [
        ...messages(validation.errors).map((message) => ({ field: 'creditCode', message })),
        ...warnings,
      ],
    };
  }
  return { code: validation.normalized, override: null, warnings };
}

/** Normalizes an industry code to digits; unknown codes are a field error. */
function checkIndustry(code: string | null | undefined): string | null | undefined {
  if (code === undefined || code === null) return code;
  const industry = findIndustry(code);
  if (!industry)
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'industryCode', key: 'unknownIndustry' }]);
  return industry.code;
}

/** The park must be the zone's; a retired one keeps its enterprises but takes no new ones. */
async function checkPark(
  db: DbOrTx,
  actor: Actor,
  parkId: string | null | undefined,
  currentParkId?: string | null,
) {
  if (!parkId) return;
  const park = await findParkInZone(db, actor.zoneId, parkId);
  if (!park) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'parkId', key: 'invalid' }]);
  }
  if (park.retiredAt && parkId !== currentParkId) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'parkId', key: 'invalid', text: zoneFieldText('parkRetired') },
    ]);
  }
}

async function assertCreditCodeFree(db: DbOrTx, zoneId: string, code: string, exceptId?: string) {
  const existing = await findEnterpriseByCreditCode(db, zoneId, code);
  if (existing && existing.id !== exceptId) {
    throw new AppError('DUPLICATE_CREDIT_CODE', { name: existing.name }, [
      {
        field: 'creditCode',
        key: 'invalid',
        text: { zh: `已登记为“${existing.name}”`, en: `Already registered as "${existing.name}"` },
      },
    ]);
  }
}

/** The fields of an enterprise the audit log shows (derived search columns left out). */
export function enterpriseAuditView(row: EnterpriseRow): Record<string, unknown> {
  const {
    namePinyin: _p,
    nameInitials: _i,
    nameBigrams: _b,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = row;
  return rest;
}

export async function createEnterprise(
  db: Db,
  context: RequestContext,
  input: CreateEnterpriseRequest,
): Promise<EnterpriseDetail & { warnings: Warning[] }> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.write');
  const credit = checkCreditCode(input.creditCode, input.creditCodeOverride);
  const industryCode = checkIndustry(input.industryCode);
  await checkPark(db, actor, input.parkId);
  const id = await db.transaction(async (tx) => {
    await assertCreditCodeFree(tx, actor.zoneId, credit.code);
    const created = await insertEnterprise(tx, {
      zoneId: actor.zoneId,
      name: input.name,
      shortName: input.shortName ?? null,
      creditCode: credit.code,
      creditCodeOverride: credit.override,
      parkId: input.parkId ?? null,
      industryCode: industryCode ?? null,
      scale: input.scale ?? null,
      isAboveScale: input.isAboveScale ?? false,
      leadingIndustry: input.leadingIndustry ?? null,
      legalRepresentative: input.legalRepresentative ?? null,
      registeredCapital: input.registeredCapital ?? null,
      address: input.address ?? null,
      establishedOn: input.establishedOn ?? null,
      tags: input.tags ?? [],
      notes: input.notes ?? null,
      ...searchTermsOf(input.name, input.shortName),
    });
    if (!created) throw new AppError('INTERNAL');
    await recordAudit(tx, context, {
      action: credit.override ? 'enterprise.create_with_override' : 'enterprise.create',
      entityType: 'enterprise',
      entityId: created.id,
      after: enterpriseAuditView(created),
    });
    return created.id;
  });
  return { ...(await getEnterprise(db, context, id)), warnings: credit.warnings };
}

/** Fields an enterprise user may change on its own record. */
const ownEditableFields = new Set(['address', 'version']);

/**
 * Updates an enterprise with optimistic concurrency (stale version → 409 with the fresh record).
 * An enterprise user may change only its own address.
 */
export async function updateEnterprise(
  db: Db,
  context: RequestContext,
  id: string,
  input: UpdateEnterpriseRequest,
): Promise<EnterpriseDetail & { warnings: Warning[] }> {
  const actor = requireActor(context);
  const today = todayInChina();
  const current = (await loadReadableEnterprise(db, actor, id, today)).enterprise;
  const fields = Object.keys(input);
  if (actor.role === 'enterprise') {
    assertMayEdit(actor, id, 'own');
    const refused: FieldProblem[] = fields
      .filter((field) => !ownEditableFields.has(field))
      .map((field) => ({ field, key: 'notAllowedForRole' }));
    if (refused.length > 0) throw new AppError('FORBIDDEN', {}, refused);
  } else {
    assertMayEdit(actor, id, 'record');
  }
  if (current.version !== input.version) {
    throw new AppError('CONFLICT', {}, [], await getEnterprise(db, context, id));
  }
  let warnings: Warning[] = [];
  const values: Partial<EnterpriseRow> = {};
  if (input.creditCode !== undefined || input.creditCodeOverride !== undefined) {
    const credit = checkCreditCode(
      input.creditCode ?? current.creditCode,
      input.creditCodeOverride ?? current.creditCodeOverride,
    );
    values.creditCode = credit.code;
    values.creditCodeOverride = credit.override;
    warnings = credit.warnings;
  }
  if (input.industryCode !== undefined) values.industryCode = checkIndustry(input.industryCode) ?? null;
  if (input.parkId !== undefined) {
    await checkPark(db, actor, input.parkId, current.parkId);
    values.parkId = input.parkId;
  }
  const simple = [
    'name',
    'shortName',
    'scale',
    'isAboveScale',
    'leadingIndustry',
    'legalRepresentative',
    'registeredCapital',
    'address',
    'establishedOn',
    'tags',
    'notes',
  ] as const;
  for (const key of simple) {
    if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key];
  }
  if (values.name !== undefined || values.shortName !== undefined) {
    Object.assign(
      values,
      searchTermsOf(
        values.name ?? current.name,
        values.shortName !== undefined ? values.shortName : current.shortName,
      ),
    );
  }
  await db.transaction(async (tx) => {
    if (values.creditCode && values.creditCode !== current.creditCode) {
      await assertCreditCodeFree(tx, actor.zoneId, values.creditCode, id);
    }
    const updated = await updateEnterpriseIfVersion(tx, actor.zoneId, id, input.version, values);
    // Another edit committed between our read and this write: answer with the record as it now is.
    if (!updated) throw new AppError('CONFLICT', {}, [], await getEnterprise(tx, context, id));
    const diff = changedFields(enterpriseAuditView(current), enterpriseAuditView(updated));
    await recordAudit(tx, context, {
      action: 'enterprise.update',
      entityType: 'enterprise',
      entityId: id,
      ...diff,
    });
  });
  return { ...(await getEnterprise(db, context, id)), warnings };
}
