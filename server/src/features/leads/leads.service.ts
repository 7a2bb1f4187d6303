import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  checkLeadStatusChange,
  companyKey,
  describeCreditCodeProblem,
  validateCreditCode,
  findIndustry,
  isSameCompany,
  leadStatusLabels,
  nextLeadStatuses,
  todayInChina,
  type createLeadRequest,
  type LeadStatus,
  type leadFollowUpRequest,
  type ListLeadsQuery,
  type updateLeadRequest,
} from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findEnterpriseOfZone, findDisplayName } from '../appeals/appeals.repository.js';
import { findParkInZone } from '../enterprises/enterprises.repository.js';
import { presentHolder, presentLead, presentLeadDetail } from './lead-presenter.js';
import {
  findFollowUps,
  findHolderCandidates,
  findLaterRegistrations,
  findLeadRow,
  findLeadRows,
  findProjectSettings,
  insertFollowUp,
  insertLead,
  leadSearch,
  lockLead,
  updateLeadIfVersion,
  type LeadRow,
} from './leads.repository.js';

type LeadInput = Partial<z.infer<typeof createLeadRequest>>;

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Leaders read the zone's leads; an officer its own and its department's. */
function visibleLeads(actor: Actor): SQL {
  const zone = sql`l.zone_id = ${actor.zoneId}`;
  if (actor.role === 'leader') return zone;
  const department = actor.departmentId ? sql` or l.department_id = ${actor.departmentId}` : sql``;
  return sql`${zone} and (l.owner_id = ${actor.userId}${department})`;
}

function maySee(actor: Actor, row: LeadRow): boolean {
  return (
    actor.role === 'leader' ||
    row.owner_id === actor.userId ||
    (actor.departmentId !== null && row.department_id === actor.departmentId)
  );
}

/** Another zone's lead, or one the reader has no part in, answers 404 like a missing one. */
async function loadVisibleLead(db: DbOrTx, actor: Actor, id: string): Promise<LeadRow> {
  authorize(actor, 'investment.read');
  const row = await findLeadRow(db, actor.zoneId, id);
  if (!row || !maySee(actor, row)) throw new AppError('NOT_FOUND');
  return row;
}

/** Checks what a lead refers to (industry, enterprises, sub-park) and normalizes the industry code. */
async function checkInput(db: DbOrTx, actor: Actor, input: LeadInput, current?: LeadRow) {
  const problems: FieldProblem[] = [];
  let creditCode = input.creditCode;
  if (creditCode) {
    const validation = validateCreditCode(creditCode);
    creditCode = validation.normalized;
    for (const error of validation.errors) {
      problems.push({
        field: 'creditCode',
        key: 'invalid',
        text: { zh: describeCreditCodeProblem(error, 'zh'), en: describeCreditCodeProblem(error, 'en') },
      });
    }
  }
  let industryCode = input.industryCode;
  if (industryCode) {
    const industry = findIndustry(industryCode);
    if (industry) industryCode = industry.code;
    else problems.push({ field: 'industryCode', key: 'unknownIndustry' });
  }
  const source = input.source ?? current?.source;
  const anchor =
    input.anchorEnterpriseId !== undefined ? input.anchorEnterpriseId : current?.anchor_enterprise_id;
  if (source === 'anchor' && !anchor) problems.push({ field: 'anchorEnterpriseId', key: 'anchorRequired' });
  if (source !== 'anchor' && input.anchorEnterpriseId) {
    problems.push({ field: 'anchorEnterpriseId', key: 'notApplicable' });
  }
  const [enterprise, anchorEnterprise, park] = await inParallel(db, [
    () =>
      input.enterpriseId ? findEnterpriseOfZone(db, actor.zoneId, input.enterpriseId) : Promise.resolve(null),
    () =>
      input.anchorEnterpriseId
        ? findEnterpriseOfZone(db, actor.zoneId, input.anchorEnterpriseId)
        : Promise.resolve(null),
    () => (input.parkId ? findParkInZone(db, actor.zoneId, input.parkId) : Promise.resolve(null)),
  ]);
  if (input.enterpriseId && !enterprise) problems.push({ field: 'enterpriseId', key: 'invalid' });
  if (input.anchorEnterpriseId && !anchorEnterprise)
    problems.push({ field: 'anchorEnterpriseId', key: 'invalid' });
  if (input.parkId && !park) problems.push({ field: 'parkId', key: 'invalid' });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  return { industryCode, creditCode };
}

/** The first registration of the same company by someone, if any (首报首谈). */
async function findHolder(
  db: DbOrTx,
  zoneId: string,
  company: { companyName: string; creditCode: string | null },
  excludeId: string | null,
): Promise<LeadRow | undefined> {
  const candidates = await findHolderCandidates(
    db,
    zoneId,
    companyKey(company.companyName),
    company.creditCode,
    excludeId,
  );
  return candidates.find((candidate) =>
    isSameCompany(company, { companyName: candidate.company_name, creditCode: candidate.credit_code }),
  );
}

async function readLead(db: DbOrTx, actor: Actor, id: string) {
  const row = await loadVisibleLead(db, actor, id);
  const [followUps, later, settings] = await inParallel(db, [
    () => findFollowUps(db, id),
    () => findLaterRegistrations(db, actor.zoneId, id),
    () => findProjectSettings(db, actor.zoneId),
  ]);
  const isOwner = row.owner_id === actor.userId;
  return presentLeadDetail(row, {
    now: new Date(),
    firstContactDays: settings.firstContactDays,
    readerId: actor.userId,
    isOwner,
    followUps,
    nextStatuses: isOwner ? [...nextLeadStatuses(row.status as LeadStatus)] : [],
    laterRegistrations: later,
  });
}

export async function getLead(db: Db, context: RequestContext, id: string) {
  return readLead(db, requireActor(context), id);
}

/**
 * Registers a lead owned by the officer. 首报首谈: when someone registered the same company first,
 * the new lead is kept but flagged with who holds it; registering one's own company twice is refused.
 */
export async function createLead(db: Db, context: RequestContext, body: z.infer<typeof createLeadRequest>) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const checked = await checkInput(db, actor, body);
  const industryCode = checked.industryCode;
  const creditCode = checked.creditCode ?? null;
  const id = await db.transaction(async (tx) => {
    // One registration at a time per zone, so two officers registering the same company at once get a first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`leads:${actor.zoneId}`}))`);
    const holder = await findHolder(tx, actor.zoneId, { companyName: body.companyName, creditCode }, null);
    if (holder?.owner_id === actor.userId) {
      throw new AppError(
        'LEAD_HELD_BY_YOU',
        { status: leadStatusLabels[holder.status as LeadStatus].zh },
        [],
        {
          leadId: holder.id,
        },
      );
    }
    const { id } = await insertLead(tx, {
      zoneId: actor.zoneId,
      companyName: body.companyName,
      companyKey: companyKey(body.companyName),
      creditCode,
      enterpriseId: body.enterpriseId ?? null,
      contactName: body.contactName ?? null,
      contactPhone: body.contactPhone ?? null,
      industryCode: industryCode ?? null,
      intendedInvestment: body.intendedInvestment ?? null,
      source: body.source,
      anchorEnterpriseId: body.anchorEnterpriseId ?? null,
      summary: body.summary ?? null,
      ownerId: actor.userId,
      departmentId: actor.departmentId,
      parkId: body.parkId ?? null,
      status: 'lead',
      duplicateOfId: holder?.id ?? null,
    });
    await recordAudit(tx, context, {
      action: 'lead.create',
      entityType: 'lead',
      entityId: id,
      after: {
        companyName: body.companyName,
        creditCode,
        source: body.source,
        duplicateOfId: holder?.id ?? null,
      },
    });
    return id;
  });
  return readLead(db, actor, id);
}

async function loadOwnedLead(tx: DbOrTx, actor: Actor, id: string, version: number) {
  authorize(actor, 'investment.manage');
  await lockLead(tx, actor.zoneId, id);
  const row = await loadVisibleLead(tx, actor, id);
  if (row.owner_id !== actor.userId) throw new AppError('FORBIDDEN');
  if (row.version !== version) throw new AppError('CONFLICT', {}, [], await readLead(tx, actor, id));
  return row;
}

/** The owner edits the lead; a changed name or code is checked for 首报首谈 again. */
export async function updateLead(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof updateLeadRequest>,
) {
  const actor = requireActor(context);
  const { version, ...input } = body;
  await db.transaction(async (tx) => {
    const row = await loadOwnedLead(tx, actor, id, version);
    const checked = await checkInput(tx, actor, input, row);
    const values: Record<string, unknown> = { ...input };
    if (input.industryCode !== undefined) values.industryCode = checked.industryCode ?? null;
    if (input.creditCode !== undefined) values.creditCode = checked.creditCode ?? null;
    const companyName = input.companyName ?? row.company_name;
    const creditCode = input.creditCode !== undefined ? (checked.creditCode ?? null) : row.credit_code;
    if (companyName !== row.company_name || creditCode !== row.credit_code) {
      values.companyKey = companyKey(companyName);
      const holder = await findHolder(tx, actor.zoneId, { companyName, creditCode }, id);
      values.duplicateOfId = holder && holder.owner_id !== actor.userId ? holder.id : null;
    }
    if (!(await updateLeadIfVersion(tx, actor.zoneId, id, version, values))) {
      throw new AppError('CONFLICT', {}, [], await readLead(tx, actor, id));
    }
    await recordAudit(tx, context, {
      action: 'lead.update',
      entityType: 'lead',
      entityId: id,
      before: Object.fromEntries(
        Object.keys(input).map((key) => [key, (row as Record<string, unknown>)[snakeCase(key)] ?? null]),
      ),
      after: input,
    });
  });
  return readLead(db, actor, id);
}

/** 线索 → 洽谈 → 签约, or 搁置 / 放弃 with a reason: by the owner, in order. */
export async function changeLeadStatus(
  db: Db,
  context: RequestContext,
  id: string,
  body: { to: LeadStatus; reason?: string; version: number },
) {
  const actor = requireActor(context);
  await db.transaction(async (tx) => {
    const row = await loadOwnedLead(tx, actor, id, body.version);
    const from = row.status as LeadStatus;
    const check = checkLeadStatusChange(from, body.to, body.reason);
    if (check === 'illegal') {
      throw new AppError(
        'LEAD_ILLEGAL_STATUS',
        { from: leadStatusLabels[from].zh, to: leadStatusLabels[body.to].zh },
        [],
        await readLead(tx, actor, id),
      );
    }
    if (check === 'reasonRequired') {
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'reason', key: 'reasonRequired' }]);
    }
    await updateLeadIfVersion(tx, actor.zoneId, id, body.version, {
      status: body.to,
      statusReason: body.reason?.trim() || null,
    });
    await recordAudit(tx, context, {
      action: 'lead.status',
      entityType: 'lead',
      entityId: id,
      before: { status: from },
      after: { status: body.to, reason: body.reason ?? null },
    });
  });
  return readLead(db, actor, id);
}

/** A follow-up by the owner; the first one marks the lead contacted (the first-contact clock stops). */
export async function addFollowUp(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof leadFollowUpRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  if (body.happenedOn > todayInChina()) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'happenedOn', key: 'dateInFuture' }]);
  }
  await db.transaction(async (tx) => {
    await lockLead(tx, actor.zoneId, id);
    const row = await loadVisibleLead(tx, actor, id);
    if (row.owner_id !== actor.userId) throw new AppError('FORBIDDEN');
    await insertFollowUp(tx, {
      zoneId: actor.zoneId,
      leadId: id,
      kind: body.kind,
      happenedOn: body.happenedOn,
      note: body.note,
      byId: actor.userId,
      byName: await findDisplayName(tx, actor.userId),
    });
    if (!row.first_contacted_at) {
      await updateLeadIfVersion(tx, actor.zoneId, id, row.version, { firstContactedAt: new Date() });
    }
    await recordAudit(tx, context, {
      action: 'lead.followUp',
      entityType: 'lead',
      entityId: id,
      after: { kind: body.kind, happenedOn: body.happenedOn },
    });
  });
  return readLead(db, actor, id);
}

export async function listLeads(db: Db, context: RequestContext, query: ListLeadsQuery) {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const settings = await findProjectSettings(db, actor.zoneId);
  const conditions: SQL[] = [visibleLeads(actor)];
  if (query.status) conditions.push(sql`l.status = ${query.status}`);
  if (query.source) conditions.push(sql`l.source = ${query.source}`);
  if (query.mine === 'true') conditions.push(sql`l.owner_id = ${actor.userId}`);
  if (query.duplicates === 'true') conditions.push(sql`l.duplicate_of_id is not null`);
  if (query.overdue === 'true') {
    conditions.push(
      sql`l.status in ('lead', 'negotiating') and l.first_contacted_at is null
          and l.registered_at < now() - make_interval(days => ${settings.firstContactDays})`,
    );
  }
  if (query.q) conditions.push(leadSearch(query.q));
  const { rows, total } = await findLeadRows(db, conditions, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const now = new Date();
  return { items: rows.map((row) => presentLead(row, now, settings.firstContactDays)), total };
}

/** Who holds a company already, for the registration form's live warning. */
export async function leadHolders(
  db: Db,
  context: RequestContext,
  query: { companyName: string; creditCode?: string },
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const holder = await findHolder(
    db,
    actor.zoneId,
    { companyName: query.companyName, creditCode: query.creditCode?.toUpperCase() || null },
    null,
  );
  return { holders: holder ? [presentHolder(holder, actor.userId)] : [] };
}
