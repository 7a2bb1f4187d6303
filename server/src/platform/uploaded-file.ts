import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/**
 * The one file of a multipart upload (field `file`), read whole: 415 when the request is not
 * multipart, 400 without the field, 413 beyond the limit the route's multipart plugin sets.
 */
export async function readUploadedFile(
  request: FastifyRequest,
): Promise<{ buffer: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'file', key: 'required' }]);
  }
  const buffer = await part.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE');
    throw error;
  });
  return { buffer, filename: part.filename };
}
