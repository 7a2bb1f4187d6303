import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { errorResponse, languageFromHeader, maximumImportBytes } from '@gaoxin/domain';
import { errorAnswer } from '../../platform/error-handler.js';
import { contextOf } from '../../platform/request-context.js';
import { readUploadedFile } from '../../platform/uploaded-file.js';
import type { FeatureOptions } from '../feature.js';
import {
  authorizeImportJob,
  cancelImportJob,
  getImportJob,
  listImportJobs,
  startEnterpriseImportJob,
  stopImportJobs,
  type ImportJob,
  type ImportJobDeps,
} from './import-jobs.service.js';

const problem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
/** The enterprise import's report (the returns import's joins it as a union). */
const enterpriseReport = z.object({
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(problem),
});
const jobStatus = z.enum(['running', 'done', 'failed', 'cancelled']);
const importJob = z.object({
  id: z.uuid(),
  kind: z.enum(['enterprises']),
  dryRun: z.boolean(),
  filename: z.string(),
  status: jobStatus,
  phase: z.enum(['reading', 'checking', 'writing']),
  done: z.number().int(),
  total: z.number().int(),
  cancelRequested: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  report: enterpriseReport.nullable(),
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .nullable(),
});
const jobAnswer = z.object({ job: importJob });
const idParams = z.strictObject({ id: z.uuid() });

/** A job as the API answers it: the report's problems and the error in the caller's language. */
function presentJob(request: FastifyRequest, job: ImportJob) {
  const language = languageFromHeader(request.headers['accept-language']);
  // Reports keep each problem in both languages; the caller gets its own.
  const report = job.report as
    | (Omit<z.infer<typeof enterpriseReport>, 'problems'> & {
        problems: { row: number; column: string; message: { zh: string; en: string } }[];
      })
    | null;
  return {
    ...job,
    kind: job.kind as 'enterprises',
    status: job.status as z.infer<typeof jobStatus>,
    phase: job.phase as 'reading' | 'checking' | 'writing',
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    report: report && {
      ...report,
      problems: report.problems.map((each) => ({ ...each, message: each.message[language] })),
    },
    error: job.error && (errorAnswer(request, job.error.code, job.error).body.error as never),
  };
}

/** Long imports as jobs: start (202 at once), follow, list one's own, cancel. */
export const importJobRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db, database }) => {
  await app.register(multipart, { limits: { fileSize: maximumImportBytes, files: 1, fields: 5, parts: 6 } });
  const deps: ImportJobDeps = { db, kind: database.kind, log: app.log };
  // A stopping server aborts its imports (they roll back) before the database closes.
  app.addHook('onClose', () => stopImportJobs(db));

  app.post(
    '/api/import-jobs/enterprises',
    {
      schema: {
        tags: ['import-jobs'],
        summary: '以后台任务导入企业（multipart 字段 file；立即返回任务，轮询进度）',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: {
          202: jobAnswer,
          400: errorResponse,
          403: errorResponse,
          409: errorResponse,
          413: errorResponse,
          415: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      authorizeImportJob(context, 'enterprises');
      const file = await readUploadedFile(request);
      const job = await startEnterpriseImportJob(deps, context, file, request.query.dryRun === 'true');
      return reply.status(202).send({ job: presentJob(request, job) });
    },
  );

  app.get(
    '/api/import-jobs',
    {
      schema: {
        tags: ['import-jobs'],
        summary: '我的导入任务（status=running：正在进行的，供刷新或另一标签页找回）',
        querystring: z.strictObject({ status: jobStatus.optional() }),
        response: { 200: z.object({ items: z.array(importJob) }), 400: errorResponse },
      },
    },
    async (request) => {
      const jobs = await listImportJobs(deps, contextOf(request), request.query.status);
      return { items: jobs.map((job) => presentJob(request, job)) };
    },
  );

  app.get(
    '/api/import-jobs/:id',
    {
      schema: {
        tags: ['import-jobs'],
        summary: '导入任务的进度与结果',
        params: idParams,
        response: { 200: jobAnswer, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request) => ({
      job: presentJob(request, await getImportJob(deps, contextOf(request), request.params.id)),
    }),
  );

  app.post(
    '/api/import-jobs/:id/cancel',
    {
      schema: {
        tags: ['import-jobs'],
        summary: '取消导入（整体回滚，不留半截数据）',
        params: idParams,
        response: { 200: jobAnswer, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request) => ({
      job: presentJob(request, await cancelImportJob(deps, contextOf(request), request.params.id)),
    }),
  );
};
