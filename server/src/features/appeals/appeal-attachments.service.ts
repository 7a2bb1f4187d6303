import { maximumAttachmentsPerAppeal } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { mayAttach } from './appeal-access.js';
import {
  countAttachments,
  findAttachment,
  findDisplayName,
  insertAppealEvent,
  insertAttachment,
} from './appeals.repository.js';
import { loadVisibleAppeal } from './appeals.service.js';
import {
  attachmentPath,
  checkAttachmentContent,
  cleanFileName,
  readAttachment,
  sha256Of,
  storeAttachment,
} from './attachment-store.js';

/** Adds a file to an appeal: checked by content, stored on disk with its checksum, in the timeline. */
export async function addAttachment(
  db: Db,
  dataDir: string,
  context: RequestContext,
  appealId: string,
  file: { buffer: Buffer; filename: string | undefined },
) {
  const actor = requireActor(context);
  const mediaType = await checkAttachmentContent(file.buffer);
  return db.transaction(async (tx) => {
    const { row, party } = await loadVisibleAppeal(tx, actor, appealId, true);
    if (!mayAttach(party, row.appeal.state as Parameters<typeof mayAttach>[1]))
      throw new AppError('FORBIDDEN');
    if ((await countAttachments(tx, appealId)) >= maximumAttachmentsPerAppeal) {
      throw new AppError('TOO_MANY_ATTACHMENTS', { maximum: maximumAttachmentsPerAppeal });
    }
    const actorName = await findDisplayName(tx, actor.userId);
    const fileName = cleanFileName(file.filename);
    const attachment = await insertAttachment(tx, {
      zoneId: actor.zoneId,
      appealId,
      fileName,
      mediaType,
      byteSize: file.buffer.length,
      sha256: sha256Of(file.buffer),
      uploadedBy: actor.userId,
      uploadedByName: actorName,
    });
    await insertAppealEvent(tx, {
      zoneId: actor.zoneId,
      appealId,
      step: 'attach',
      fromState: row.appeal.state,
      toState: row.appeal.state,
      actorId: actor.userId,
      actorName,
      note: fileName,
      at: new Date(),
    });
    await recordAudit(tx, context, {
      action: 'appeal.attach',
      entityType: 'appeal',
      entityId: appealId,
      after: {
        attachmentId: attachment.id,
        fileName,
        mediaType,
        byteSize: attachment.byteSize,
        sha256: attachment.sha256,
      },
    });
    // Written last, inside the transaction: if the disk refuses, the row is rolled back with it.
    await storeAttachment(attachmentPath(dataDir, actor.zoneId, appealId, attachment.id), file.buffer);
    return {
      id: attachment.id,
      fileName,
      mediaType,
      byteSize: attachment.byteSize,
      sha256: attachment.sha256,
      uploadedByName: actorName,
      uploadedAt: attachment.uploadedAt.toISOString(),
    };
  });
}

export async function downloadAttachment(
  db: Db,
  dataDir: string,
  context: RequestContext,
  appealId: string,
  attachmentId: string,
) {
  const actor = requireActor(context);
  await loadVisibleAppeal(db, actor, appealId);
  const attachment = await findAttachment(db, appealId, attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND');
  const buffer = await readAttachment(
    attachmentPath(dataDir, actor.zoneId, appealId, attachment.id),
    attachment.sha256,
  );
  return { buffer, fileName: attachment.fileName, mediaType: attachment.mediaType };
}
