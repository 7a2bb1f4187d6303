import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { attachmentMediaTypes } from '@gaoxin/domain';
import { AppError } from '../../platform/app-error.js';

/**
 * Attachments live as files under the data directory, one per id, outside the database row;
 * the row keeps the SHA-256 so a file changed on disk is noticed when read.
 */
export function attachmentPath(dataDir: string, zoneId: string, appealId: string, id: string): string {
  return join(dataDir, 'attachments', zoneId, appealId, id);
}

/** The media type by the file's content (magic numbers), refused unless an image or a PDF. */
export async function checkAttachmentContent(buffer: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(buffer);
  if (!detected || !attachmentMediaTypes.includes(detected.mime)) {
    throw new AppError('ATTACHMENT_TYPE_REFUSED', { detected: detected?.mime ?? '未知/文本' });
  }
  return detected.mime;
}

export const sha256Of = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

/** Writes the bytes atomically (a temporary name, then a rename), so a reader never sees half a file. */
export async function storeAttachment(path: string, buffer: Buffer): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${randomUUID()}.part`;
  await writeFile(temporary, buffer, { mode: 0o600 });
  await rename(temporary, path);
}

/** Reads an attachment back and checks it is the file that was stored. */
export async function readAttachment(path: string, sha256: string): Promise<Buffer> {
  const buffer = await readFile(path).catch(() => {
    throw new AppError('NOT_FOUND');
  });
  if (sha256Of(buffer) !== sha256) throw new Error(`attachment checksum mismatch: ${path}`);
  return buffer;
}

/** A file name safe to show and to send back: no directories, no control characters, bounded. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .trim()
    .slice(-120);
  return cleaned || 'attachment';
}
