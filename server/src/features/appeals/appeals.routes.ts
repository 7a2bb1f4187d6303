import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import {
  appealAttachment,
  appealDetail,
  appealListResponse,
  createAppealRequest,
  errorResponse,
  idParam,
  listAppealsQuery,
  maximumAttachmentBytes,
  transitionRequest,
} from '@gaoxin/domain';
import { AppError } from '../../platform/app-error.js';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { addAttachment, downloadAttachment } from './appeal-attachments.service.js';
import { transitionAppeal } from './appeal-transitions.service.js';
import { fileAppeal, getAppeal, listAppeals } from './appeals.service.js';

const tags = ['appeals'];
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

/** Appeals (企业诉求): filing, the queues, every step of the workflow, and attachments. */
export const appealRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db, config, outbound }) => {
  await app.register(multipart, {
    limits: { fileSize: maximumAttachmentBytes, files: 1, fields: 2, parts: 3 },
  });

  app.get(
    '/api/appeals',
    {
      schema: {
        tags,
        summary: '诉求列表：mine 我的待办（按时限排序），dispatch 派单台，all 可见的全部',
        querystring: listAppealsQuery,
        response: { 200: appealListResponse, ...errors },
      },
    },
    (request) => listAppeals(db, contextOf(request), request.query),
  );
  app.post(
    '/api/appeals',
    {
      schema: {
        tags,
        summary: '提交诉求（企业用户为本企业；部门工作人员代企业提交，可关联走访记录）',
        body: createAppealRequest,
        response: { 201: appealDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await fileAppeal(db, outbound, contextOf(request), request.body)),
  );
  app.get(
    '/api/appeals/:id',
    {
      schema: {
        tags,
        summary: '诉求详情（含时间线、附件、当前可执行的步骤）',
        params: idParam,
        response: { 200: appealDetail, ...errors },
      },
    },
    (request) => getAppeal(db, contextOf(request), request.params.id),
  );
  app.post(
    '/api/appeals/:id/transitions',
    {
      schema: {
        tags,
        summary: '办理一步（派单、报到、办结、退回补充、评价……）；版本过期或步骤不合法答 409',
        params: idParam,
        body: transitionRequest,
        response: { 200: appealDetail, ...errors },
      },
    },
    (request) => transitionAppeal(db, outbound, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/appeals/:id/attachments',
    {
      schema: {
        tags,
        summary: '上传附件（multipart 字段 file；图片或 PDF，≤10 MB，按内容识别类型）',
        params: idParam,
        response: { 201: appealAttachment, ...errors, 413: errorResponse, 415: errorResponse },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const part = await request.file();
      if (!part || part.fieldname !== 'file') {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'file', key: 'required' }]);
      }
      const buffer = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE');
        throw error;
      });
      const attachment = await addAttachment(db, config.dataDir, contextOf(request), request.params.id, {
        buffer,
        filename: part.filename,
      });
      return reply.code(201).send(attachment);
    },
  );
  app.get(
    '/api/appeals/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: '下载附件',
        params: attachmentParams,
        response: { 200: z.unknown().describe('the file'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(
        db,
        config.dataDir,
        contextOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(file.mediaType)
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.buffer);
    },
  );
};
