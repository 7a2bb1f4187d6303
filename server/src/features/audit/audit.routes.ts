import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListResponse, errorResponse, listAuditQuery } from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { listAuditEntries } from './audit.service.js';

/** The audit log, read-only: no route edits or deletes it. */
export const auditRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '查询审计日志（安全审计员）',
        querystring: listAuditQuery,
        response: { 200: auditListResponse, 403: errorResponse },
      },
    },
    (request) => listAuditEntries(db, contextOf(request), request.query),
  );
};
