import type { z } from 'zod';
import {
  appealStateLabels,
  applyStep,
  resumedDeadline,
  stageDeadline,
  type AppealState,
  type AppealStep,
  type ClockStage,
  type Severity,
  type transitionRequest,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import type { appeals } from '../../db/schema/index.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Outbound } from '../inbox/outbound.js';
import { mayTake } from './appeal-access.js';
import { noticesForStep } from './appeal-notices.js';
import {
  findDepartmentIdsOfZone,
  findDisplayName,
  insertAppealEvent,
  replaceAssists,
  updateAppeal,
  type AppealRow,
} from './appeals.repository.js';
import { loadVisibleAppeal, policyOf, readAppealDetail } from './appeals.service.js';

type Transition = z.infer<typeof transitionRequest>;

const stepLabels: Record<AppealStep, string> = {
  dispatch: '派单',
  accept: '报到',
  start: '开始办理',
  resolve: '办结',
  returnForInformation: '退回补充材料',
  supplyInformation: '补充材料',
  reject: '不予受理',
  transfer: '转办',
  rate: '评价',
};

/** Steps that end the running stage: finishing one after its deadline counts as a missed deadline. */
const stageEnding: readonly AppealStep[] = ['dispatch', 'transfer', 'accept', 'resolve', 'reject'];

/** Checks the fields a step takes against the zone (departments) and refuses fields it does not take. */
async function checkFields(
  db: Db,
  zoneId: string,
  row: AppealRow,
  body: Transition,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const takesDepartment = body.to === 'dispatch' || body.to === 'transfer';
  if (body.rating !== undefined && body.to !== 'rate')
    problems.push({ field: 'rating', key: 'notApplicable' });
  if (body.departmentId !== undefined && !takesDepartment) {
    problems.push({ field: 'departmentId', key: 'notApplicable' });
  }
  if (body.assistingDepartmentIds !== undefined && !takesDepartment) {
    problems.push({ field: 'assistingDepartmentIds', key: 'notApplicable' });
  }
  if (takesDepartment) {
    const known = await findDepartmentIdsOfZone(db, zoneId);
    if (body.departmentId && !known.has(body.departmentId)) {
      problems.push({ field: 'departmentId', key: 'unknownDepartment' });
    }
    if (body.to === 'transfer' && body.departmentId === row.appeal.leadDepartmentId) {
      problems.push({ field: 'departmentId', key: 'sameDepartment' });
    }
    (body.assistingDepartmentIds ?? []).forEach((id, index) => {
      if (!known.has(id))
        problems.push({ field: `assistingDepartmentIds.${index}`, key: 'unknownDepartment' });
    });
  }
  return problems;
}

/**
 * Takes one step of an appeal's workflow. The row is locked and its version compared first, so
 * two people acting at once cannot overwrite each other: the second gets 409 with the fresh appeal.
 * The clock moves with the step: a new stage starts its own deadline, a request for information
 * pauses it, the enterprise's answer resumes it later by the time it waited.
 */
export async function transitionAppeal(
  db: Db,
  outbound: Outbound,
  context: RequestContext,
  id: string,
  body: Transition,
) {
  const actor = requireActor(context);
  const notices = await db.transaction(async (tx) => {
    const { row, party, rules } = await loadVisibleAppeal(tx, actor, id, true);
    const { appeal } = row;
    const state = appeal.state as AppealState;
    if (body.version !== appeal.version) {
      throw new AppError('CONFLICT', {}, [], await readAppealDetail(tx, actor, id));
    }
    const result = applyStep(
      { state, returnedFrom: appeal.returnedFrom as AppealState | null, reopenCount: appeal.reopenCount },
      body.to,
      { note: body.note, rating: body.rating, departmentId: body.departmentId },
    );
    if ('problem' in result && result.problem === 'illegalStep') {
      throw new AppError(
        'APPEAL_ILLEGAL_STEP',
        { state: appealStateLabels[state], step: stepLabels[body.to] },
        [],
        await readAppealDetail(tx, actor, id),
      );
    }
    if (!mayTake(party, body.to, state)) throw new AppError('FORBIDDEN');
    const problems = await checkFields(tx, actor.zoneId, row, body);
    if ('problem' in result) {
      const fields: Record<string, string> = {
        noteRequired: 'note',
        ratingOutOfRange: 'rating',
        departmentRequired: 'departmentId',
      };
      problems.unshift({ field: fields[result.problem] ?? 'to', key: result.problem });
    }
    if (problems.length > 0 || !('next' in result)) throw new AppError('VALIDATION_FAILED', {}, problems);

    const now = new Date();
    const next = result.next;
    const severity = appeal.severity as Severity;
    const policy = policyOf(rules.clockRules, appeal.categoryId, appeal.severity);
    const changes: Partial<typeof appeals.$inferInsert> = {
      state: next.state,
      returnedFrom: next.returnedFrom,
      reopenCount: next.reopenCount,
      updatedAt: now,
    };
    const startStage = (stage: ClockStage) => {
      changes.clockStage = stage;
      changes.stageStartedAt = now;
      changes.deadlineAt = stageDeadline(stage, now, severity, 0, policy, rules.calendar);
      changes.escalation = 0;
    };
    const stopClock = () => {
      changes.clockStage = null;
      changes.deadlineAt = null;
      changes.escalation = 0;
    };
    const running = appeal.deadlineAt && !appeal.pausedSince;
    if (stageEnding.includes(body.to) && running && now > appeal.deadlineAt!) {
      changes.missedDeadlines = appeal.missedDeadlines + 1;
    }
    const leadDepartmentId =
      body.to === 'dispatch' || body.to === 'transfer' ? body.departmentId! : appeal.leadDepartmentId;
    switch (body.to) {
      case 'dispatch':
      case 'transfer':
        changes.leadDepartmentId = leadDepartmentId;
        startStage('accept');
        if (body.to === 'dispatch' || body.assistingDepartmentIds !== undefined) {
          const assisting = (body.assistingDepartmentIds ?? []).filter(
            (department) => department !== leadDepartmentId,
          );
          await replaceAssists(tx, actor.zoneId, id, [...new Set(assisting)]);
        }
        break;
      case 'accept':
        startStage('resolve');
        break;
      case 'resolve':
        stopClock();
        changes.resolution = body.note!.trim();
        changes.resolvedAt = now;
        break;
      case 'reject':
        stopClock();
        changes.closedAt = now;
        break;
      case 'returnForInformation':
        changes.pausedSince = now;
        break;
      case 'supplyInformation':
        if (appeal.pausedSince && appeal.deadlineAt) {
          changes.deadlineAt = resumedDeadline(
            appeal.deadlineAt,
            appeal.pausedSince,
            now,
            appeal.clockStage as ClockStage | null,
            rules.calendar,
          );
          changes.pausedTotalMs = appeal.pausedTotalMs + (now.getTime() - appeal.pausedSince.getTime());
        }
        changes.pausedSince = null;
        break;
      case 'rate':
        changes.rating = body.rating!;
        changes.ratedAt = now;
        // A low rating reopens the appeal with a fresh resolution clock and a return visit (回访).
        if (next.state === 'closed') changes.closedAt = now;
        else {
          // Not resolved any more: statistics count it open again and time it to its next resolution.
          startStage('resolve');
          changes.resolvedAt = null;
        }
        break;
      case 'start':
        break;
    }
    await updateAppeal(tx, id, changes);
    const actorName = await findDisplayName(tx, actor.userId);
    await insertAppealEvent(tx, {
      zoneId: actor.zoneId,
      appealId: id,
      step: body.to,
      fromState: state,
      toState: next.state,
      actorId: actor.userId,
      actorName,
      note: body.note?.trim() || null,
      departmentId: body.to === 'dispatch' || body.to === 'transfer' ? leadDepartmentId : null,
      rating: body.to === 'rate' ? body.rating! : null,
      at: now,
    });
    await recordAudit(tx, context, {
      action: `appeal.${body.to}`,
      entityType: 'appeal',
      entityId: id,
      before: { state, leadDepartmentId: appeal.leadDepartmentId, version: appeal.version },
      after: { state: next.state, leadDepartmentId, rating: changes.rating ?? appeal.rating },
    });
    const [leadName] = leadDepartmentId
      ? (
          await tx.query.departments.findMany({ where: (table, { eq }) => eq(table.id, leadDepartmentId) })
        ).map((department) => department.name)
      : [null];
    return noticesForStep(
      tx,
      {
        id,
        zoneId: actor.zoneId,
        enterpriseId: appeal.enterpriseId,
        filedBy: appeal.filedBy,
        liaisonUserId: row.liaisonUserId,
        leadDepartmentId,
        leadDepartmentName: leadName ?? null,
        dispatchDepartmentId: rules.dispatchDepartmentId,
      },
      body.to,
      {
        actorId: actor.userId,
        note: body.note ?? null,
        rating: body.rating ?? null,
        reopened: body.to === 'rate' && next.state !== 'closed',
        assistingDepartmentIds: body.assistingDepartmentIds,
        returnedToDispatch: body.to === 'supplyInformation' && appeal.returnedFrom === 'submitted',
      },
    );
  });
  outbound.deliver(notices);
  return readAppealDetail(db, actor, id);
}
