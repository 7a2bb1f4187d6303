import { createHash, randomUUID } from 'node:crypto';
import type { Action } from '@gaoxin/domain';
import type { Db, DbKind } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { importEnterprises } from '../enterprises/enterprise-import.service.js';
import {
  failRunningImportJobs,
  findImportJob,
  findImportJobs,
  finishImportJob,
  insertImportJob,
  type ImportJobRow,
} from './import-jobs.repository.js';

/** What a job imports; each kind names the capability that starts it. */
export type ImportJobKind = 'enterprises';
const startedWith: Record<ImportJobKind, Action> = { enterprises: 'enterprise.write' };

export type ImportJobStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** Where a running import stands: rows read, checked, written. */
export interface JobProgress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

/** An error as stored on a job: enough to localize it when read (see errorAnswer). */
export interface StoredError {
  code: AppError['code'];
  params?: Record<string, string | number>;
  fields?: AppError['fields'];
  text?: { zh: string; en: string };
}

/** A job as services see it: the row's fields, the progress live while it runs. */
export type ImportJob = Omit<ImportJobRow, 'fileSha256' | 'report' | 'error'> & {
  report: unknown;
  error: StoredError | null;
};

/** What the job's process needs: the database and a logger for what no user should see. */
export interface ImportJobDeps {
  db: Db;
  kind: DbKind;
  log: { error(details: object, message: string): void };
}

interface LiveJob {
  job: ImportJob;
  controller: AbortController;
  /** Set when the server stops under the job (the row then says failed, not cancelled). */
  isShutdown: boolean;
  settled: Promise<void>;
}

/**
 * The jobs this process runs, per database handle. PGlite has one connection, held by the import's
 * transaction for as long as it runs, so their progress is answered from here and never read from
 * (or written to) the table until they end.
 */
const liveJobsByDb = new WeakMap<Db, Map<string, LiveJob>>();

function liveJobsOf(db: Db): Map<string, LiveJob> {
  let jobs = liveJobsByDb.get(db);
  if (!jobs) {
    jobs = new Map();
    liveJobsByDb.set(db, jobs);
  }
  return jobs;
}

const abandoned: StoredError = {
  code: 'INTERNAL',
  text: {
    zh: '导入进行中服务器已重启，导入被中断，未写入任何数据，请重新上传文件',
    en: 'The server restarted while the import ran; it was interrupted and nothing was written. Upload the file again',
  },
};
const stopped: StoredError = {
  code: 'INTERNAL',
  text: {
    zh: '导入进行中服务器已停止，导入被中断，未写入任何数据，请重新上传文件',
    en: 'The server stopped while the import ran; it was interrupted and nothing was written. Upload the file again',
  },
};
const oneAtATime = {
  zh: '您已有一个导入正在进行，请等它完成或取消后再上传',
  en: 'You have an import running already; wait for it to finish or cancel it first',
};

function storedErrorOf(error: unknown): StoredError {
  if (error instanceof AppError) {
    return { code: error.code, params: error.params, fields: error.fields, text: error.text };
  }
  return { code: 'INTERNAL' };
}

function jobOfRow({ fileSha256: _hash, report, error, ...row }: ImportJobRow): ImportJob {
  return { ...row, report, error: (error as StoredError | null) ?? null };
}

/** Whether a live job is the actor's (anyone else is told it does not exist). */
function isOwnedBy(job: ImportJob, actor: { userId: string; zoneId: string }) {
  return job.userId === actor.userId && job.zoneId === actor.zoneId;
}

/** Refuses a start the actor may not make, before its upload is even read. */
export function authorizeImportJob(context: RequestContext, kind: ImportJobKind): void {
  authorize(requireActor(context), startedWith[kind]);
}

/**
 * Starts an import as a job in this process and returns it at once, 'running'. The row is written
 * at start and at the end; one import runs per user at a time.
 */
async function startImportJob(
  deps: ImportJobDeps,
  context: RequestContext,
  start: {
    kind: ImportJobKind;
    dryRun: boolean;
    file: { buffer: Buffer; filename: string };
    run: (onProgress: (progress: JobProgress) => void, signal: AbortSignal) => Promise<unknown>;
  },
): Promise<ImportJob> {
  const actor = requireActor(context);
  authorize(actor, startedWith[start.kind]);
  const live = liveJobsOf(deps.db);
  const busy = [...live.values()].some((each) => each.job.userId === actor.userId);
  // On PostgreSQL another process may run one; on PGlite this process is the only one (and its
  // connection may be held by a running import, so the table is not asked).
  const busyElsewhere =
    !busy &&
    deps.kind === 'postgres' &&
    (await findImportJobs(deps.db, { ...actor, status: 'running', limit: 1 })).length > 0;
  if (busy || busyElsewhere) throw new AppError('CONFLICT', {}, [], undefined, oneAtATime);

  const job: ImportJob = {
    id: randomUUID(),
    zoneId: actor.zoneId,
    userId: actor.userId,
    kind: start.kind,
    dryRun: start.dryRun,
    filename: start.file.filename,
    status: 'running',
    phase: 'reading',
    done: 0,
    total: 0,
    report: null,
    error: null,
    cancelRequested: false,
    createdAt: new Date(),
    finishedAt: null,
  };
  const entry: LiveJob = {
    job,
    controller: new AbortController(),
    isShutdown: false,
    settled: Promise.resolve(),
  };
  live.set(job.id, entry);
  entry.settled = runJob(deps, entry, start.file, start.run).finally(() => live.delete(job.id));
  return { ...job };
}

/** Runs a started job to its end and records the end; never rejects. */
async function runJob(
  deps: ImportJobDeps,
  entry: LiveJob,
  file: { buffer: Buffer; filename: string },
  run: (onProgress: (progress: JobProgress) => void, signal: AbortSignal) => Promise<unknown>,
): Promise<void> {
  const { job, controller } = entry;
  try {
    // Written here rather than before answering: on PGlite another import may hold the connection.
    await insertImportJob(deps.db, {
      ...job,
      report: null,
      error: null,
      fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
    });
  } catch (error) {
    deps.log.error({ err: error, jobId: job.id }, 'an import job could not be recorded');
    Object.assign(job, { status: 'failed', error: storedErrorOf(error), finishedAt: new Date() });
    return;
  }
  try {
    if (controller.signal.aborted) throw new Error('cancelled before it began');
    job.report = await run((progress) => Object.assign(job, progress), controller.signal);
    job.status = 'done';
  } catch (error) {
    if (controller.signal.aborted) {
      job.status = entry.isShutdown ? 'failed' : 'cancelled';
      job.error = entry.isShutdown ? stopped : null;
    } else {
      if (!(error instanceof AppError)) deps.log.error({ err: error, jobId: job.id }, 'an import job failed');
      job.status = 'failed';
      job.error = storedErrorOf(error);
    }
  }
  job.finishedAt = new Date();
  try {
    const { status, phase, done, total, report, error, cancelRequested, finishedAt } = job;
    await finishImportJob(deps.db, job.id, {
      status,
      phase,
      done,
      total,
      report,
      error,
      cancelRequested,
      finishedAt,
    });
  } catch (error) {
    deps.log.error({ err: error, jobId: job.id }, 'the end of an import job could not be recorded');
  }
}

/** Starts the enterprise import (企业导入) of an uploaded file as a job. */
export function startEnterpriseImportJob(
  deps: ImportJobDeps,
  context: RequestContext,
  file: { buffer: Buffer; filename: string },
  dryRun: boolean,
): Promise<ImportJob> {
  return startImportJob(deps, context, {
    kind: 'enterprises',
    dryRun,
    file,
    run: (onProgress, signal) => importEnterprises(deps.db, context, file, dryRun, onProgress, signal),
  });
}

/** One of the actor's own jobs, with its live progress while it runs; 404 for anyone else's. */
export async function getImportJob(
  deps: ImportJobDeps,
  context: RequestContext,
  id: string,
): Promise<ImportJob> {
  const actor = requireActor(context);
  const live = liveJobsOf(deps.db).get(id);
  if (live) {
    if (!isOwnedBy(live.job, actor)) throw new AppError('NOT_FOUND');
    return { ...live.job };
  }
  const row = await findImportJob(deps.db, { id, ...actor });
  if (!row) throw new AppError('NOT_FOUND');
  return jobOfRow(row);
}

/**
 * The actor's own jobs, newest first (a reload or a second tab finds the running one). Running jobs
 * of this process come from memory; on PGlite that is all of them, and the table is not asked
 * while an import may hold its one connection.
 */
export async function listImportJobs(
  deps: ImportJobDeps,
  context: RequestContext,
  status: ImportJobStatus | undefined,
): Promise<ImportJob[]> {
  const actor = requireActor(context);
  const live = [...liveJobsOf(deps.db).values()]
    .map((each) => each.job)
    .filter((job) => isOwnedBy(job, actor) && (!status || job.status === status));
  if (status === 'running' && deps.kind === 'pglite') return live.map((job) => ({ ...job }));
  const rows = await findImportJobs(deps.db, { ...actor, status, limit: 20 });
  const liveIds = new Set(live.map((job) => job.id));
  return [...live.map((job) => ({ ...job })), ...rows.filter((row) => !liveIds.has(row.id)).map(jobOfRow)];
}

/**
 * Cancels one of the actor's running jobs: its import is aborted and rolls back whole. Answers once
 * the job has ended: 'cancelled', or 'done' when the import finished first. An ended job is
 * answered as it is.
 */
export async function cancelImportJob(
  deps: ImportJobDeps,
  context: RequestContext,
  id: string,
): Promise<ImportJob> {
  const actor = requireActor(context);
  const live = liveJobsOf(deps.db).get(id);
  if (!live) return getImportJob(deps, context, id);
  if (!isOwnedBy(live.job, actor)) throw new AppError('NOT_FOUND');
  live.job.cancelRequested = true;
  live.controller.abort();
  await live.settled;
  return { ...live.job };
}

/**
 * At server start: jobs left 'running' by a process that died (a crash, a kill) will never end,
 * and their imports rolled back with it; they are marked failed, saying so. Returns how many.
 */
export function failAbandonedImportJobs(db: Db): Promise<number> {
  return failRunningImportJobs(db, [...liveJobsOf(db).keys()], abandoned);
}

/** When the server stops: the running imports are aborted (they roll back) and recorded as failed. */
export async function stopImportJobs(db: Db): Promise<void> {
  const live = [...liveJobsOf(db).values()];
  for (const entry of live) {
    entry.isShutdown = true;
    entry.controller.abort();
  }
  await Promise.all(live.map((entry) => entry.settled));
}
