import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  addDays,
  findIndustry,
  todayInChina,
  type createProjectRequest,
  type Language,
  type ListProjectsQuery,
  type StatusPolicy,
  type updateProjectRequest,
} from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findDisplayName, findEnterpriseOfZone } from '../appeals/appeals.repository.js';
import { findParkInZone } from '../enterprises/enterprises.repository.js';
import { findLeadRow, findProjectSettings, lockLead } from '../leads/leads.repository.js';
import { loadVisibleProject, mayEdit, visibleProjects } from './project-access.js';
import { detailForInvestor, forInvestor, presentProject, presentProjectDetail } from './project-presenter.js';
import { buildProjectWorkbook } from './project-workbook.js';
import {
  askingForHelp,
  findFunds,
  findLatestReports,
  findMilestones,
  findProjectRows,
  findReports,
  findStageChanges,
  findZoneUsers,
  insertMilestones,
  insertProject,
  insertStageChange,
  lockProject,
  projectSearch,
  refreshNextOpen,
  updateProjectIfVersion,
} from './projects.repository.js';

type ProjectInput = Partial<z.infer<typeof createProjectRequest>>;

export async function statusPolicyOf(db: DbOrTx, zoneId: string): Promise<StatusPolicy> {
  const settings = await findProjectSettings(db, zoneId);
  return { dueSoonDays: settings.dueSoonDays, lateYellowDays: settings.lateYellowDays };
}

/** Checks references (industry, sub-park, investor enterprise, the 五个一 team) and dates. */
export async function checkProjectInput(db: DbOrTx, actor: Actor, input: ProjectInput) {
  const problems: FieldProblem[] = [];
  let industryCode = input.industryCode;
  if (industryCode) {
    const industry = findIndustry(industryCode);
    if (industry) industryCode = industry.code;
    else problems.push({ field: 'industryCode', key: 'unknownIndustry' });
  }
  if (input.signedOn && input.signedOn > todayInChina()) {
    problems.push({ field: 'signedOn', key: 'dateInFuture' });
  }
  const team = {
    leaderId: 'leader',
    sectionChiefId: 'officer',
    liaisonId: 'officer',
    commissionerId: 'officer',
  };
  const ids = Object.keys(team)
    .map((key) => input[key as keyof typeof team])
    .filter((id): id is string => typeof id === 'string');
  const [people, park, investor] = await inParallel(db, [
    () => findZoneUsers(db, actor.zoneId, ids),
    () => (input.parkId ? findParkInZone(db, actor.zoneId, input.parkId) : Promise.resolve(null)),
    () =>
      input.investorEnterpriseId
        ? findEnterpriseOfZone(db, actor.zoneId, input.investorEnterpriseId)
        : Promise.resolve(null),
  ]);
  for (const [field, role] of Object.entries(team)) {
    const id = input[field as keyof typeof team];
    if (id && people.get(id) !== role) {
      problems.push({ field, key: role === 'leader' ? 'notALeaderOfZone' : 'notAnOfficer' });
    }
  }
  if (input.parkId && !park) problems.push({ field: 'parkId', key: 'invalid' });
  if (input.investorEnterpriseId && !investor)
    problems.push({ field: 'investorEnterpriseId', key: 'invalid' });
  return { industryCode, problems };
}

export async function readProject(db: DbOrTx, actor: Actor, id: string, language: Language) {
  const row = await loadVisibleProject(db, actor, id);
  const [milestones, funds, reports, stageChanges, policy] = await inParallel(db, [
    () => findMilestones(db, id),
    () => findFunds(db, id),
    () => findReports(db, id),
    () => findStageChanges(db, id),
    () => statusPolicyOf(db, actor.zoneId),
  ]);
  const detail = presentProjectDetail(row, {
    today: todayInChina(),
    policy,
    language,
    canEdit: mayEdit(actor, row),
    reader: actor,
    milestones,
    funds,
    reports,
    stageChanges,
  });
  return actor.role === 'enterprise' ? detailForInvestor(detail) : detail;
}

/** Staff read the projects they have a part in; an enterprise user (我的项目) those it invests in. */
function authorizeRead(actor: Actor) {
  authorize(actor, actor.role === 'enterprise' ? 'project.readOwn' : 'investment.read');
}

export async function getProject(db: Db, context: RequestContext, id: string, language: Language) {
  const actor = requireActor(context);
  authorizeRead(actor);
  return readProject(db, actor, id, language);
}

/**
 * Registers a project, from a signed lead (by its owner, once) or directly, with its first
 * milestones. The creating officer's department runs it.
 */
export async function createProject(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof createProjectRequest>,
  language: Language,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const { industryCode, problems } = await checkProjectInput(db, actor, body);
  body.milestones.forEach((milestone, index) => {
    if (milestone.plannedOn < body.signedOn) {
      problems.push({ field: `milestones.${index}.plannedOn`, key: 'beforeSigning' });
    }
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  const id = await db.transaction(async (tx) => {
    if (body.leadId) {
      await lockLead(tx, actor.zoneId, body.leadId);
      const lead = await findLeadRow(tx, actor.zoneId, body.leadId);
      if (!lead || lead.owner_id !== actor.userId) throw new AppError('NOT_FOUND');
      if (lead.status !== 'signed') {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'leadId', key: 'leadNotSigned' }]);
      }
      if (lead.project_id)
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'leadId', key: 'leadHasProject' }]);
    }
    const byName = await findDisplayName(tx, actor.userId);
    const { id } = await insertProject(tx, {
      zoneId: actor.zoneId,
      leadId: body.leadId ?? null,
      name: body.name,
      investorName: body.investorName,
      investorEnterpriseId: body.investorEnterpriseId ?? null,
      totalInvestment: body.totalInvestment,
      contractAmount: body.contractAmount,
      industryCode: industryCode ?? null,
      parkId: body.parkId ?? null,
      plot: body.plot ?? null,
      stage: 'signed',
      signedOn: body.signedOn,
      leaderId: body.leaderId ?? null,
      sectionChiefId: body.sectionChiefId ?? null,
      liaisonId: body.liaisonId ?? null,
      commissionerId: body.commissionerId ?? null,
      planDocument: body.planDocument ?? null,
      departmentId: actor.departmentId,
      createdBy: actor.userId,
    });
    await insertMilestones(
      tx,
      body.milestones.map((milestone, index) => ({
        zoneId: actor.zoneId,
        projectId: id,
        name: milestone.name,
        plannedOn: milestone.plannedOn,
        sortOrder: index,
      })),
    );
    await refreshNextOpen(tx, id);
    await insertStageChange(tx, {
      zoneId: actor.zoneId,
      projectId: id,
      fromStage: null,
      toStage: 'signed',
      happenedOn: body.signedOn,
      byName,
    });
    if (body.leadId) {
      await tx.execute(sql`update investment_leads set project_id = ${id}, version = version + 1
                           where id = ${body.leadId}`);
    }
    await recordAudit(tx, context, {
      action: 'project.create',
      entityType: 'project',
      entityId: id,
      after: {
        name: body.name,
        leadId: body.leadId ?? null,
        totalInvestment: body.totalInvestment,
        contractAmount: body.contractAmount,
      },
    });
    return id;
  });
  return readProject(db, actor, id, language);
}

export async function updateProject(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof updateProjectRequest>,
  language: Language,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const { version, ...input } = body;
  await db.transaction(async (tx) => {
    await lockProject(tx, actor.zoneId, id);
    const row = await loadVisibleProject(tx, actor, id);
    if (!mayEdit(actor, row)) throw new AppError('FORBIDDEN');
    if (row.version !== version)
      throw new AppError('CONFLICT', {}, [], await readProject(tx, actor, id, language));
    const { industryCode, problems } = await checkProjectInput(tx, actor, input);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
    const values: Record<string, unknown> = { ...input };
    if (input.industryCode !== undefined) values.industryCode = industryCode ?? null;
    await updateProjectIfVersion(tx, actor.zoneId, id, version, values);
    await recordAudit(tx, context, {
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      after: input,
    });
  });
  return readProject(db, actor, id, language);
}

/** The list, latest-first by the milestone that decides the colour; `colour=red` is the 督办 list. */
export async function listProjects(db: Db, context: RequestContext, query: ListProjectsQuery) {
  const actor = requireActor(context);
  authorizeRead(actor);
  const listed = await findListed(db, actor, query);
  return actor.role === 'enterprise' ? { ...listed, items: listed.items.map(forInvestor) } : listed;
}

/** The "项目推进表" of the list's filters, every matching project (up to 50,000 rows). */
export async function exportProjects(db: Db, context: RequestContext, query: ListProjectsQuery) {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const { items } = await findListed(db, actor, { ...query, page: 1, pageSize: 50_000 });
  const reports = await findLatestReports(
    db,
    items.map((item) => item.id),
  );
  const latest = new Map(
    reports.map((report) => [
      report.project_id,
      { done: report.done, blockers: report.blockers, helpNeeded: report.help_needed },
    ]),
  );
  return buildProjectWorkbook(items, latest, `项目推进表（${todayInChina()}）`);
}

async function findListed(db: Db, actor: Actor, query: ListProjectsQuery) {
  const policy = await statusPolicyOf(db, actor.zoneId);
  const today = todayInChina();
  const redBefore = addDays(today, -policy.lateYellowDays);
  const yellowUntil = addDays(today, policy.dueSoonDays);
  const conditions: SQL[] = [visibleProjects(actor)];
  if (query.stage) conditions.push(sql`p.stage = ${query.stage}`);
  if (query.parkId) conditions.push(sql`p.park_id = ${query.parkId}`);
  if (query.colour === 'red') conditions.push(sql`p.next_open_on < ${redBefore}`);
  if (query.colour === 'yellow') {
    conditions.push(sql`p.next_open_on >= ${redBefore} and p.next_open_on <= ${yellowUntil}`);
  }
  if (query.colour === 'green')
    conditions.push(sql`(p.next_open_on is null or p.next_open_on > ${yellowUntil})`);
  if (query.mine === 'true') {
    conditions.push(
      sql`(p.section_chief_id = ${actor.userId} or p.liaison_id = ${actor.userId} or p.commissioner_id = ${actor.userId})`,
    );
  }
  if (query.help) {
    // An officer's department; a leader, who belongs to none, every department; anyone else none.
    const openOnly = query.help === 'open';
    if (actor.role === 'leader') conditions.push(askingForHelp(null, openOnly));
    else if (actor.role === 'officer' && actor.departmentId)
      conditions.push(askingForHelp(actor.departmentId, openOnly));
    else conditions.push(sql`false`);
  }
  if (query.q) conditions.push(projectSearch(query.q));
  const { rows, total } = await findProjectRows(db, conditions, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map((row) => presentProject(row, today, policy)), total };
}
