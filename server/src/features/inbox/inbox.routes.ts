import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParam, inboxQuery, inboxResponse, languageFromHeader } from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { listInbox, readAllInbox, readInboxMessage } from './inbox.service.js';

const tags = ['inbox'];
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

/** The in-app inbox (站内消息): what needs the signed-in user. */
export const inboxRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags,
        summary: '我的消息（unread=true 只看未读）',
        querystring: inboxQuery,
        response: { 200: inboxResponse, ...errors },
      },
    },
    (request) =>
      listInbox(
        db,
        contextOf(request),
        languageFromHeader(request.headers['accept-language']),
        request.query,
      ),
  );
  app.post(
    '/api/inbox/:id/read',
    {
      schema: { tags, summary: '标记一条消息已读', params: idParam, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await readInboxMessage(db, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/inbox/read-all',
    { schema: { tags, summary: '全部标记已读', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await readAllInbox(db, contextOf(request));
      return reply.code(204).send(null);
    },
  );
};
