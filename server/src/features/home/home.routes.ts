import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, homeResponse } from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { getHome } from './home.service.js';

/** The home page of every role, in one request. */
export const homeRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/home',
    {
      schema: {
        tags: ['home'],
        summary: '首页：领导看全区要情，干部看本人待办，企业看本企业事项（一次请求）',
        response: { 200: homeResponse, 401: errorResponse, 404: errorResponse },
      },
    },
    (request) => getHome(db, contextOf(request)),
  );
};
