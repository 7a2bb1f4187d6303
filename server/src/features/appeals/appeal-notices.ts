import type { AppealStep, InboxKind } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import {
  findAllOfficerIds,
  findDepartmentHeadIds,
  findEnterpriseUserIds,
  findLeaderIds,
  findOfficerIds,
} from '../inbox/inbox.repository.js';
import { postToInbox } from '../inbox/inbox.service.js';
import type { OutboundNotice } from '../inbox/outbound.js';

/** The appeal as it stands after a step: enough to know whom to tell. */
export interface NoticeSubject {
  id: string;
  zoneId: string;
  enterpriseId: string;
  filedBy: string;
  liaisonUserId: string | null;
  leadDepartmentId: string | null;
  leadDepartmentName: string | null;
  dispatchDepartmentId: string | null;
}

async function dispatchers(db: DbOrTx, subject: NoticeSubject) {
  return subject.dispatchDepartmentId
    ? findOfficerIds(db, subject.zoneId, [subject.dispatchDepartmentId])
    : findAllOfficerIds(db, subject.zoneId);
}

async function lead(db: DbOrTx, subject: NoticeSubject) {
  return subject.leadDepartmentId ? findOfficerIds(db, subject.zoneId, [subject.leadDepartmentId]) : [];
}

/** The enterprise's own users, the one who filed for it and its liaison. */
async function enterpriseSide(db: DbOrTx, subject: NoticeSubject) {
  const users = await findEnterpriseUserIds(db, subject.zoneId, subject.enterpriseId);
  return [...users, subject.filedBy, ...(subject.liaisonUserId ? [subject.liaisonUserId] : [])];
}

/** Tells whoever must act next about a step, in the same transaction as the step. */
export async function noticesForStep(
  db: DbOrTx,
  subject: NoticeSubject,
  step: AppealStep | 'submit',
  context: {
    actorId: string;
    note?: string | null;
    rating?: number | null;
    reopened?: boolean;
    assistingDepartmentIds?: string[];
    returnedToDispatch?: boolean;
  },
): Promise<OutboundNotice[]> {
  const post = (kind: InboxKind, recipients: string[], detail: string | null = null) =>
    postToInbox(db, {
      zoneId: subject.zoneId,
      recipients,
      kind,
      appealId: subject.id,
      detail,
      exceptUserId: context.actorId,
    });
  switch (step) {
    case 'submit':
      return post('toDispatch', await dispatchers(db, subject));
    case 'dispatch': {
      const notices = await post('dispatched', await lead(db, subject));
      const assisting = await findOfficerIds(db, subject.zoneId, context.assistingDepartmentIds ?? []);
      return [...notices, ...(await post('assisting', assisting, subject.leadDepartmentName))];
    }
    case 'transfer':
      return post('transferred', await lead(db, subject), context.note ?? null);
    case 'returnForInformation':
      return post('returned', await enterpriseSide(db, subject), context.note ?? null);
    case 'supplyInformation':
      return post(
        'supplied',
        context.returnedToDispatch ? await dispatchers(db, subject) : await lead(db, subject),
      );
    case 'resolve':
      return post('resolved', await enterpriseSide(db, subject));
    case 'reject':
      return post('rejected', await enterpriseSide(db, subject), context.note ?? null);
    case 'rate':
      return context.reopened
        ? post(
            'reopened',
            [...(await lead(db, subject)), ...(subject.liaisonUserId ? [subject.liaisonUserId] : [])],
            String(context.rating),
          )
        : post('rated', await lead(db, subject), String(context.rating));
    case 'accept':
    case 'start':
      return [];
  }
}

/** An overdue appeal: level 1 alerts the department's head (the dispatch desk's before dispatch), 2 the leaders. */
export async function noticesForEscalation(
  db: DbOrTx,
  subject: NoticeSubject,
  level: 1 | 2,
  detail: string,
): Promise<OutboundNotice[]> {
  let recipients: string[];
  if (level === 2) recipients = await findLeaderIds(db, subject.zoneId);
  else {
    const department = subject.leadDepartmentId ?? subject.dispatchDepartmentId;
    recipients = department
      ? await findDepartmentHeadIds(db, subject.zoneId, department)
      : await findAllOfficerIds(db, subject.zoneId);
  }
  return postToInbox(db, {
    zoneId: subject.zoneId,
    recipients,
    kind: 'escalated',
    appealId: subject.id,
    detail,
  });
}
