import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  enterpriseDetail,
  enterpriseListResponse,
  errorResponse,
  idParam,
  listEnterprisesQuery,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { getEnterprise, listEnterprises } from './enterprises.service.js';

export const enterpriseRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  app.get(
    '/api/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: '企业列表',
        querystring: listEnterprisesQuery,
        response: { 200: enterpriseListResponse, ...errors },
      },
    },
    (request) => listEnterprises(db, contextOf(request), request.query),
  );
  app.get(
    '/api/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: '企业档案',
        params: idParam,
        response: { 200: enterpriseDetail, ...errors },
      },
    },
    (request) => getEnterprise(db, contextOf(request), request.params.id),
  );
};
