import { inboxText, type InboxKind, type Language } from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import {
  findInboxMessages,
  inboxMessageExists,
  insertInboxMessages,
  markInboxRead,
} from './inbox.repository.js';
import type { OutboundNotice } from './outbound.js';

export interface InboxPost {
  zoneId: string;
  recipients: string[];
  kind: InboxKind;
  /** What the message is about: an appeal, or (for the project kinds) a project. */
  appealId?: string | null;
  projectId?: string | null;
  /** A department name, a note or a rating, shown in the message. */
  detail?: string | null;
  /** The person acting is not told about their own step. */
  exceptUserId?: string | null;
}

/** Writes inbox messages inside the caller's transaction; answers the notices to send outside after commit. */
export async function postToInbox(db: DbOrTx, post: InboxPost): Promise<OutboundNotice[]> {
  const recipients = [...new Set(post.recipients)].filter((id) => id !== post.exceptUserId);
  const rows = await insertInboxMessages(
    db,
    recipients.map((userId) => ({
      zoneId: post.zoneId,
      userId,
      kind: post.kind,
      appealId: post.appealId ?? null,
      projectId: post.projectId ?? null,
      text: (post.detail ?? '').slice(0, 200),
    })),
  );
  return rows.map((row) => ({
    userId: row.userId,
    kind: row.kind,
    appealId: row.appealId,
    projectId: row.projectId,
  }));
}

export async function listInbox(
  db: Db,
  context: RequestContext,
  language: Language,
  query: { unread?: 'true' | 'false'; page: number; pageSize: number },
) {
  const actor = requireActor(context);
  authorize(actor, 'inbox.read');
  const { rows, total, unread } = await findInboxMessages(db, actor.userId, {
    unreadOnly: query.unread === 'true',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map(({ message, appealNumber, appealTitle, projectName }) => ({
      id: message.id,
      kind: message.kind as InboxKind,
      text: inboxText(message.kind as InboxKind, language, {
        number: appealNumber ?? '',
        title: appealTitle ?? projectName ?? '',
        detail: message.text,
      }),
      appeal:
        message.appealId && appealNumber
          ? { id: message.appealId, number: appealNumber, title: appealTitle ?? '' }
          : null,
      project: message.projectId && projectName ? { id: message.projectId, name: projectName } : null,
      readAt: message.readAt?.toISOString() ?? null,
      createdAt: message.createdAt.toISOString(),
    })),
    total,
    unread,
  };
}

/** Marks one of the reader's own messages read; another user's message is not found. */
export async function readInboxMessage(db: Db, context: RequestContext, id: string) {
  const actor = requireActor(context);
  authorize(actor, 'inbox.read');
  if (!(await inboxMessageExists(db, actor.userId, id))) throw new AppError('NOT_FOUND');
  await markInboxRead(db, actor.userId, id);
}

export async function readAllInbox(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'inbox.read');
  await markInboxRead(db, actor.userId);
}
