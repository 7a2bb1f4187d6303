import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { departmentListResponse, errorResponse, parkListResponse } from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { listDepartments, listParks } from './zones.service.js';
import { zoneSettingsRoutes } from './zone-settings.routes.js';

export const zoneRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, options) => {
  const { db } = options;
  app.get(
    '/api/parks',
    {
      schema: {
        tags: ['zone'],
        summary: '分园列表',
        response: { 200: parkListResponse, 403: errorResponse },
      },
    },
    (request) => listParks(db, contextOf(request)),
  );
  app.get(
    '/api/departments',
    {
      schema: {
        tags: ['zone'],
        summary: '部门列表',
        response: { 200: departmentListResponse, 403: errorResponse },
      },
    },
    (request) => listDepartments(db, contextOf(request)),
  );
  await zoneSettingsRoutes(app, options);
};
