import { attachmentMediaTypes, maximumAttachmentBytes, maximumAttachmentsPerAppeal } from '@gaoxin/domain';
import type { I18n } from '../../app/i18n/i18n';
import { formatFileSize } from '../enterprises/import-file-picker';

export { formatFileSize };

// The server's limits (the domain's zod-free constants); it checks the content again either way.
export { maximumAttachmentBytes, maximumAttachmentsPerAppeal };

/** What the file input offers: the types the server accepts (it checks the content again). */
export const attachmentAccept = [
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.pdf',
  ...attachmentMediaTypes,
].join(',');

const extensionPattern = /\.(jpe?g|png|gif|webp|pdf)$/i;

/** Why a file cannot be attached, checked before uploading; undefined when it may go. */
export function attachmentProblem(file: File, t: I18n['t']): string | undefined {
  if (!attachmentMediaTypes.includes(file.type) && !extensionPattern.test(file.name))
    return t('appeals.attachments.wrongType', { name: file.name });
  if (file.size === 0) return t('appeals.attachments.empty', { name: file.name });
  if (file.size > maximumAttachmentBytes)
    return t('appeals.attachments.tooLarge', {
      name: file.name,
      size: formatFileSize(file.size),
      maximum: formatFileSize(maximumAttachmentBytes),
    });
  return undefined;
}
