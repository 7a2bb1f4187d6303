import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import {
  errorResponse,
  filingsQuery,
  filingsResponse,
  importReturnsQuery,
  languageFromHeader,
  maximumImportBytes,
  periodQuery,
  returnQuery,
  returnResponse,
  returnsImportReport,
  saveReturnRequest,
} from '@gaoxin/domain';
import { AppError } from '../../platform/app-error.js';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { filingBoard, getReturn, saveReturn } from './filings.service.js';
import { importReturns, returnsTemplate } from './returns-import.service.js';

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['indicators'];

/** Monthly returns: one enterprise's form, the filing board, and the period's Excel import. */
export const returnRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  await app.register(multipart, { limits: { fileSize: maximumImportBytes, files: 1, fields: 5, parts: 6 } });

  app.get(
    '/api/indicators/returns',
    {
      schema: {
        tags,
        summary: '某企业某期月报（企业用户只能查看本企业）',
        querystring: returnQuery,
        response: { 200: returnResponse, ...errors },
      },
    },
    (request) => getReturn(db, contextOf(request), request.query),
  );
  app.put(
    '/api/indicators/returns',
    {
      schema: {
        tags,
        summary: '填报或代录月报（带版本号，防止覆盖他人修改）',
        body: saveReturnRequest,
        response: { 200: returnResponse, ...errors },
      },
    },
    (request) => saveReturn(db, contextOf(request), request.body),
  );
  app.get(
    '/api/indicators/filings',
    {
      schema: {
        tags,
        summary: '报送情况（未报/已报/逾期），mine=true 为包保干部的催报清单',
        querystring: filingsQuery,
        response: { 200: filingsResponse, ...errors },
      },
    },
    (request) => filingBoard(db, contextOf(request), request.query),
  );

  app.get(
    '/api/indicators/template.xlsx',
    {
      schema: {
        tags,
        summary: '下载某期月度数据导入模板',
        querystring: periodQuery,
        response: { 200: z.unknown().describe('.xlsx file'), ...errors },
      },
    },
    async (request, reply) => {
      const buffer = await returnsTemplate(db, contextOf(request), request.query.period);
      const name = `月度数据导入模板-${request.query.period}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="returns.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buffer);
    },
  );
  app.post(
    '/api/indicators/import',
    {
      schema: {
        tags,
        summary: '导入某期月度数据（multipart 字段 file；dryRun=true 只检查不写入）',
        querystring: importReturnsQuery,
        response: { 200: returnsImportReport, ...errors, 413: errorResponse, 415: errorResponse },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const part = await request.file();
      if (!part || part.fieldname !== 'file') {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'file', key: 'required' }]);
      }
      const buffer = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE');
        throw error;
      });
      const report = await importReturns(
        db,
        contextOf(request),
        { buffer, filename: part.filename },
        request.query.period,
        request.query.dryRun === 'true',
      );
      const language = languageFromHeader(request.headers['accept-language']);
      return {
        ...report,
        problems: report.problems.map((problem) => ({ ...problem, message: problem.message[language] })),
      };
    },
  );
};
