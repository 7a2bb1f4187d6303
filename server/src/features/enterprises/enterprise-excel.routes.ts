import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { errorResponse, languageFromHeader, listEnterprisesQuery, maximumImportBytes } from '@gaoxin/domain';
import { describeError } from '../../platform/error-handler.js';
import { contextOf } from '../../platform/request-context.js';
import { readUploadedFile } from '../../platform/uploaded-file.js';
import type { FeatureOptions } from '../feature.js';
import {
  enterpriseTemplate,
  exportEnterprises,
  importEnterprises,
  type ImportProgress,
  type ImportReport,
} from './enterprise-import.service.js';

/** Progress lines for clients that ask for them (one JSON object per line). */
const ndjson = 'application/x-ndjson';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A binary .xlsx answer (not serialized). */
const xlsxFile = z.unknown().describe('.xlsx file');

const importReport = z.object({
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

function attachment(name: string) {
  return `attachment; filename="enterprises.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Excel in and out for the enterprise registry. */
export const enterpriseExcelRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  await app.register(multipart, { limits: { fileSize: maximumImportBytes, files: 1, fields: 5, parts: 6 } });

  app.get(
    '/api/enterprises/template.xlsx',
    {
      schema: {
        tags: ['enterprises'],
        summary: '下载企业导入模板',
        response: { 200: xlsxFile, 403: errorResponse },
      },
    },
    async (request, reply) => {
      const buffer = await enterpriseTemplate(db, contextOf(request));
      return reply.type(xlsxType).header('content-disposition', attachment('企业导入模板.xlsx')).send(buffer);
    },
  );

  app.get(
    '/api/enterprises/export.xlsx',
    {
      schema: {
        tags: ['enterprises'],
        summary: '按列表筛选条件导出企业（与模板同列，可改后再导入）',
        querystring: listEnterprisesQuery,
        response: { 200: xlsxFile, 400: errorResponse, 403: errorResponse },
      },
    },
    async (request, reply) => {
      const buffer = await exportEnterprises(db, contextOf(request), request.query);
      return reply.type(xlsxType).header('content-disposition', attachment('企业名录导出.xlsx')).send(buffer);
    },
  );

  app.post(
    '/api/enterprises/import',
    {
      schema: {
        tags: ['enterprises'],
        summary: '导入企业（multipart 字段 file；dryRun=true 只检查不写入）',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: {
          200: importReport,
          400: errorResponse,
          403: errorResponse,
          413: errorResponse,
          415: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const context = contextOf(request);
      const file = await readUploadedFile(request);
      const language = languageFromHeader(request.headers['accept-language']);
      const localize = (report: ImportReport) => ({
        ...report,
        problems: report.problems.map((problem) => ({ ...problem, message: problem.message[language] })),
      });
      // A client that goes away (closed tab, cancel button) cancels the import: it rolls back whole.
      const cancel = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) cancel.abort();
      });
      const run = (onProgress?: (progress: ImportProgress) => void) =>
        importEnterprises(db, context, file, request.query.dryRun === 'true', onProgress, cancel.signal);
      if (!(request.headers.accept ?? '').includes(ndjson)) return localize(await run());

      // A client that accepts NDJSON gets progress lines while the server works, then one
      // line with the report or the error (the status is already sent as 200 by then).
      void reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': `${ndjson}; charset=utf-8`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': String(request.id),
      });
      const write = (line: unknown) => reply.raw.write(`${JSON.stringify(line)}\n`);
      try {
        const report = await run((progress) => write({ type: 'progress', ...progress }));
        write({ type: 'report', report: localize(report) });
      } catch (error) {
        const answer = describeError(request, error as Error);
        write({ type: 'error', status: answer.status, ...answer.body });
      }
      reply.raw.end();
      return reply;
    },
  );
};
