import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  appealCategory,
  appealCategoryListResponse,
  appealCategoryRequest,
  appealSettingsRequest,
  appealSettingsResponse,
  appealStatistics,
  appealStatisticsQuery,
  errorResponse,
  idParam,
  workCalendarQuery,
  workCalendarRequest,
  workCalendarResponse,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import {
  changeAppealCategory,
  createAppealCategory,
  getAppealSettings,
  getWorkCalendar,
  listAppealCategories,
  saveAppealSettings,
  saveWorkCalendar,
} from './appeal-settings.service.js';
import { appealStatistics as computeStatistics } from './appeal-statistics.service.js';

const tags = ['appeals'];
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Appeal categories, the dispatch desk and clock rules, the working calendar, and the statistics. */
export const appealAdminRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/appeals/categories',
    {
      schema: {
        tags,
        summary: '诉求类别（includeRetired=true 含已停用）',
        querystring: z.strictObject({ includeRetired: z.enum(['true', 'false']).optional() }),
        response: { 200: appealCategoryListResponse, ...errors },
      },
    },
    (request) => listAppealCategories(db, contextOf(request), request.query.includeRetired === 'true'),
  );
  app.post(
    '/api/appeals/categories',
    {
      schema: {
        tags,
        summary: '新增诉求类别',
        body: appealCategoryRequest,
        response: { 201: appealCategory, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAppealCategory(db, contextOf(request), request.body)),
  );
  app.patch(
    '/api/appeals/categories/:id',
    {
      schema: {
        tags,
        summary: '修改、排序或停用诉求类别',
        params: idParam,
        body: appealCategoryRequest.partial(),
        response: { 200: appealCategory, ...errors },
      },
    },
    (request) => changeAppealCategory(db, contextOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/appeals/settings',
    {
      schema: {
        tags,
        summary: '派单部门与办理时限规则',
        response: { 200: appealSettingsResponse, ...errors },
      },
    },
    (request) => getAppealSettings(db, contextOf(request)),
  );
  app.put(
    '/api/appeals/settings',
    {
      schema: {
        tags,
        summary: '保存派单部门与办理时限规则（带版本号）',
        body: appealSettingsRequest,
        response: { 200: appealSettingsResponse, ...errors },
      },
    },
    (request) => saveAppealSettings(db, contextOf(request), request.body),
  );
  app.get(
    '/api/appeals/calendar',
    {
      schema: {
        tags,
        summary: '某年的节假日与调休上班日（派单时限按工作时间计）',
        querystring: workCalendarQuery,
        response: { 200: workCalendarResponse, ...errors },
      },
    },
    (request) => getWorkCalendar(db, contextOf(request), request.query.year),
  );
  app.put(
    '/api/appeals/calendar',
    {
      schema: {
        tags,
        summary: '整体替换某年的节假日与调休上班日（带版本号）',
        body: workCalendarRequest,
        response: { 200: workCalendarResponse, ...errors },
      },
    },
    (request) => saveWorkCalendar(db, contextOf(request), request.body),
  );
  app.get(
    '/api/appeals/statistics',
    {
      schema: {
        tags,
        summary: '诉求统计：类别、部门、月份、按时办结率、办理时长、满意度、高频问题',
        querystring: appealStatisticsQuery,
        response: { 200: appealStatistics, ...errors },
      },
    },
    (request) => computeStatistics(db, contextOf(request), request.query),
  );
};
