import { apiRequest, apiUpload, ApiError, type FieldProblem } from '../../api/client';
import { translate } from '../../app/i18n/translate';
import type { ServerProgress } from './enterprise-excel-api';

/** A long import run as a job on the server (GET /api/import-jobs/:id). */
export interface ImportJob<R> extends ServerProgress {
  id: string;
  kind: 'enterprises';
  dryRun: boolean;
  filename: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  cancelRequested: boolean;
  createdAt: string;
  finishedAt: string | null;
  report: R | null;
  error: { code: string; message: string; details?: FieldProblem[] } | null;
}

/** How often a running job is asked for its progress. */
const pollMilliseconds = 500;

/** Uploads a file and starts its import as a job; the server answers at once (202). */
export async function startImportJob<R>(
  kind: ImportJob<R>['kind'],
  file: File,
  dryRun: boolean,
  options: { signal?: AbortSignal; onProgress?: (sent: number, total: number) => void },
): Promise<ImportJob<R>> {
  const answer = await apiUpload<{ job: ImportJob<R> }>(`/api/import-jobs/${kind}`, file, {
    query: { dryRun },
    ...options,
  });
  return answer.job;
}

/** The caller's running job of a kind, if any (a reload or a second tab resumes it). */
export async function findRunningImportJob<R>(
  kind: ImportJob<R>['kind'],
  signal?: AbortSignal,
): Promise<ImportJob<R> | undefined> {
  const answer = await apiRequest<{ items: ImportJob<R>[] }>('GET', '/api/import-jobs', {
    query: { status: 'running' },
    signal,
  });
  return answer.items.find((job) => job.kind === kind);
}

/** Asks the server to cancel a running job; it rolls back whole. Answers with the ended job. */
export async function cancelImportJob<R>(id: string): Promise<ImportJob<R>> {
  return (await apiRequest<{ job: ImportJob<R> }>('POST', `/api/import-jobs/${id}/cancel`)).job;
}

/** The code a cancelled job's follow rejects with (not an error of the file). */
export const importCancelledCode = 'IMPORT_CANCELLED';

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Stopped following the job', 'AbortError'));
      },
      { once: true },
    );
  });
}

/**
 * Polls a job until it ends: resolves with its report, rejects with its error as an ApiError (a
 * cancelled job with `importCancelledCode`). The signal stops the polling, not the job.
 */
export async function followImportJob<R>(
  id: string,
  options: { signal?: AbortSignal; onProgress?: (job: ImportJob<R>) => void; cancelledText: string },
): Promise<R> {
  for (;;) {
    const { job } = await apiRequest<{ job: ImportJob<R> }>('GET', `/api/import-jobs/${id}`, {
      signal: options.signal,
    });
    if (job.status === 'done' && job.report) return job.report;
    if (job.status === 'cancelled') throw new ApiError(0, importCancelledCode, options.cancelledText);
    if (job.status === 'failed') {
      const error = job.error ?? { code: 'INTERNAL', message: translate('error.unexpected') };
      const status = error.code === 'IMPORT_HAS_ERRORS' || error.code === 'IMPORT_INVALID_FILE' ? 400 : 500;
      throw new ApiError(status, error.code, error.message, error.details);
    }
    options.onProgress?.(job);
    await wait(pollMilliseconds, options.signal);
  }
}
