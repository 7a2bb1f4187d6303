import type { z } from 'zod';
import {
  checkStageChange,
  projectStages,
  todayInChina,
  type Language,
  type milestoneRequest,
  type progressReportRequest,
  type projectFundRequest,
  type ProjectStage,
} from '@gaoxin/domain';
import type { Db, Tx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findDepartmentIdsOfZone, findDisplayName } from '../appeals/appeals.repository.js';
import type { Outbound, OutboundNotice } from '../inbox/outbound.js';
import { loadVisibleProject, mayEdit } from './project-access.js';
import { noticeHelpAsked } from './project-help.service.js';
import { stageDateField } from './project-presenter.js';
import {
  insertFund,
  insertMilestones,
  insertReport,
  insertStageChange,
  lockProject,
  refreshNextOpen,
  updateMilestone,
  updateProjectIfVersion,
  type ProjectRow,
} from './projects.repository.js';
import { readProject } from './projects.service.js';

const field = (name: string, key: string) => new AppError('VALIDATION_FAILED', {}, [{ field: name, key }]);

/** A milestone is planned no earlier than the signing and reached no later than today. */
function checkMilestoneDates(row: ProjectRow, body: { plannedOn: string; actualOn?: string | null }) {
  if (body.plannedOn < row.signed_on) throw field('plannedOn', 'beforeSigning');
  if (body.actualOn && body.actualOn > todayInChina()) throw field('actualOn', 'dateInFuture');
}

type Change = (
  tx: Tx,
  actor: Actor,
  row: ProjectRow,
  byName: string,
  /** Where a change puts the notices it wrote to the inbox, sent outside once committed. */
  notices: OutboundNotice[],
) => Promise<Record<string, unknown>>;

/** Runs one change of a project's progress by someone who may edit it, locked, audited, answered with the fresh project. */
async function progress(
  db: Db,
  context: RequestContext,
  id: string,
  language: Language,
  change: Change,
  action: string,
  outbound?: Outbound,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.manage');
  const notices: OutboundNotice[] = [];
  await db.transaction(async (tx) => {
    await lockProject(tx, actor.zoneId, id);
    const row = await loadVisibleProject(tx, actor, id);
    if (!mayEdit(actor, row)) throw new AppError('FORBIDDEN');
    const after = await change(tx, actor, row, await findDisplayName(tx, actor.userId), notices);
    await recordAudit(tx, context, { action, entityType: 'project', entityId: id, after });
  });
  outbound?.deliver(notices);
  return readProject(db, actor, id, language);
}

/** Moves a project to a stage on a date: forward freely, backward only with a reason (later stage dates are cleared). */
export async function changeProjectStage(
  db: Db,
  context: RequestContext,
  id: string,
  body: { to: ProjectStage; happenedOn: string; reason?: string; version: number },
  language: Language,
) {
  return progress(
    db,
    context,
    id,
    language,
    async (tx, actor, row, byName) => {
      if (row.version !== body.version) {
        throw new AppError('CONFLICT', {}, [], await readProject(tx, actor, id, language));
      }
      const from = row.stage as ProjectStage;
      const check = checkStageChange(from, body.to, body.reason);
      if (check === 'unchanged') throw field('to', 'invalid');
      if (check === 'reasonRequired') throw field('reason', 'stageBackwardsNeedsReason');
      if (body.happenedOn > todayInChina()) throw field('happenedOn', 'dateInFuture');
      if (body.happenedOn < row.signed_on) throw field('happenedOn', 'beforeSigning');
      // The signing date is the contract's: going back to 签约 does not move it (nor the KPI).
      const values: Record<string, unknown> =
        body.to === 'signed'
          ? { stage: body.to }
          : { stage: body.to, [stageDateField(body.to)]: body.happenedOn };
      for (const later of projectStages.slice(projectStages.indexOf(body.to) + 1)) {
        values[stageDateField(later)] = null;
      }
      await updateProjectIfVersion(tx, actor.zoneId, id, body.version, values);
      await insertStageChange(tx, {
        zoneId: actor.zoneId,
        projectId: id,
        fromStage: from,
        toStage: body.to,
        happenedOn: body.happenedOn,
        reason: body.reason?.trim() || null,
        byName,
      });
      return { from, to: body.to, happenedOn: body.happenedOn, reason: body.reason ?? null };
    },
    'project.stage',
  );
}

/** 到位资金 arrive as dated entries; the total is their sum. */
export async function addProjectFund(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof projectFundRequest>,
  language: Language,
) {
  return progress(
    db,
    context,
    id,
    language,
    async (tx, actor, row, byName) => {
      if (body.receivedOn > todayInChina()) throw field('receivedOn', 'dateInFuture');
      if (body.receivedOn < row.signed_on) throw field('receivedOn', 'beforeSigning');
      await insertFund(tx, {
        zoneId: actor.zoneId,
        projectId: id,
        receivedOn: body.receivedOn,
        amount: body.amount,
        note: body.note ?? null,
        byName,
      });
      return { receivedOn: body.receivedOn, amount: body.amount };
    },
    'project.fund',
  );
}

export async function addProjectMilestone(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof milestoneRequest>,
  language: Language,
) {
  return progress(
    db,
    context,
    id,
    language,
    async (tx, actor, row) => {
      checkMilestoneDates(row, body);
      await insertMilestones(tx, [
        {
          zoneId: actor.zoneId,
          projectId: id,
          name: body.name,
          plannedOn: body.plannedOn,
          actualOn: body.actualOn ?? null,
        },
      ]);
      await refreshNextOpen(tx, id);
      return { milestone: body.name, plannedOn: body.plannedOn };
    },
    'project.milestone.create',
  );
}

/** Reaches (or re-plans) a milestone; the project's colour follows. */
export async function changeProjectMilestone(
  db: Db,
  context: RequestContext,
  id: string,
  milestoneId: string,
  body: z.infer<typeof milestoneRequest>,
  language: Language,
) {
  return progress(
    db,
    context,
    id,
    language,
    async (tx, _actor, row) => {
      checkMilestoneDates(row, body);
      const changed = await updateMilestone(tx, id, milestoneId, {
        name: body.name,
        plannedOn: body.plannedOn,
        actualOn: body.actualOn ?? null,
      });
      if (!changed) throw new AppError('NOT_FOUND');
      await refreshNextOpen(tx, id);
      return { milestoneId, plannedOn: body.plannedOn, actualOn: body.actualOn ?? null };
    },
    'project.milestone.update',
  );
}

/**
 * A weekly report; asking a department for help lets that department see the project, and tells
 * its officers in the same transaction.
 */
export async function addProgressReport(
  db: Db,
  outbound: Outbound,
  context: RequestContext,
  id: string,
  body: z.infer<typeof progressReportRequest>,
  language: Language,
) {
  return progress(
    db,
    context,
    id,
    language,
    async (tx, actor, _row, byName, notices) => {
      if (body.weekOf > todayInChina()) throw field('weekOf', 'dateInFuture');
      const helpNeeded = body.helpNeeded?.trim() || null;
      if (body.helpDepartmentId) {
        if (!(await findDepartmentIdsOfZone(tx, actor.zoneId)).has(body.helpDepartmentId)) {
          throw field('helpDepartmentId', 'unknownDepartment');
        }
        // A department is told what is asked of it, so a request needs its words.
        if (!helpNeeded) throw field('helpNeeded', 'required');
      }
      await insertReport(tx, {
        zoneId: actor.zoneId,
        projectId: id,
        weekOf: body.weekOf,
        done: body.done,
        blockers: body.blockers ?? null,
        helpNeeded,
        helpDepartmentId: body.helpDepartmentId ?? null,
        byId: actor.userId,
        byName,
      });
      if (body.helpDepartmentId && helpNeeded) {
        notices.push(
          ...(await noticeHelpAsked(tx, {
            zoneId: actor.zoneId,
            projectId: id,
            departmentId: body.helpDepartmentId,
            helpNeeded,
            byId: actor.userId,
          })),
        );
      }
      return { weekOf: body.weekOf, helpDepartmentId: body.helpDepartmentId ?? null };
    },
    'project.report',
    outbound,
  );
}
