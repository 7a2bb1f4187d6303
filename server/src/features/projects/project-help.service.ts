import type { z } from 'zod';
import { mayAnswerHelp, type helpAnswerRequest, type Language } from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findDisplayName } from '../appeals/appeals.repository.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOfficerIds } from '../inbox/inbox.repository.js';
import { postToInbox } from '../inbox/inbox.service.js';
import type { Outbound, OutboundNotice } from '../inbox/outbound.js';
import { loadVisibleProject } from './project-access.js';
import { answerHelpIfOpen, findHelpReport, lockProject } from './projects.repository.js';
import { readProject } from './projects.service.js';

/**
 * Tells the officers of the department a weekly report asks for help (its head among them), in the
 * report's transaction, so that the request reaches someone rather than waiting to be found.
 */
export async function noticeHelpAsked(
  tx: DbOrTx,
  request: { zoneId: string; projectId: string; departmentId: string; helpNeeded: string; byId: string },
): Promise<OutboundNotice[]> {
  return postToInbox(tx, {
    zoneId: request.zoneId,
    recipients: await findOfficerIds(tx, request.zoneId, [request.departmentId]),
    kind: 'projectHelpAsked',
    projectId: request.projectId,
    detail: request.helpNeeded,
    exceptUserId: request.byId,
  });
}

/**
 * The asked department answers a report's help request (open → answered), once: a second answer,
 * or one racing another, gets 409 with the fresh project. The project's team (五个一 and the
 * 项目专员) and whoever wrote the report are told.
 */
export async function answerHelpRequest(
  db: Db,
  outbound: Outbound,
  context: RequestContext,
  id: string,
  reportId: string,
  body: z.infer<typeof helpAnswerRequest>,
  language: Language,
) {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const notices = await db.transaction(async (tx) => {
    await lockProject(tx, actor.zoneId, id);
    const row = await loadVisibleProject(tx, actor, id);
    const report = await findHelpReport(tx, id, reportId);
    if (!report) throw new AppError('NOT_FOUND');
    if (!mayAnswerHelp(actor, report.help_department_id)) throw new AppError('FORBIDDEN');
    if (report.help_answered_at) {
      throw new AppError(
        'HELP_ALREADY_ANSWERED',
        { name: report.help_answered_by_name ?? '' },
        [],
        await readProject(tx, actor, id, language),
      );
    }
    const byName = await findDisplayName(tx, actor.userId);
    // The project lock serialises answers; the condition keeps a second one out regardless.
    if (!(await answerHelpIfOpen(tx, reportId, { text: body.answer, byId: actor.userId, byName }))) {
      throw new AppError('CONFLICT', {}, [], await readProject(tx, actor, id, language));
    }
    await recordAudit(tx, context, {
      action: 'project.help.answer',
      entityType: 'project',
      entityId: id,
      after: { reportId, helpDepartmentId: report.help_department_id, answer: body.answer },
    });
    const team = [row.leader_id, row.section_chief_id, row.liaison_id, row.commissioner_id, report.by_id];
    return postToInbox(tx, {
      zoneId: actor.zoneId,
      recipients: team.filter((userId): userId is string => userId !== null),
      kind: 'projectHelpAnswered',
      projectId: id,
      detail: `${report.help_department_name}：${body.answer}`,
      exceptUserId: actor.userId,
    });
  });
  outbound.deliver(notices);
  return readProject(db, actor, id, language);
}
