import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createLeadRequest,
  errorResponse,
  idParam,
  leadDetail,
  leadDuplicatesQuery,
  leadDuplicatesResponse,
  leadFollowUpRequest,
  leadListResponse,
  leadStatusRequest,
  listLeadsQuery,
  projectSettingsRequest,
  projectSettingsResponse,
  updateLeadRequest,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import {
  addFollowUp,
  changeLeadStatus,
  createLead,
  getLead,
  leadHolders,
  listLeads,
  updateLead,
} from './leads.service.js';
import { changeProjectSettings, getProjectSettings } from './project-settings.service.js';

const tags = ['leads'];
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** 招商线索: registration with the 首报首谈 check, follow-ups, status; the module's thresholds. */
export const leadRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/leads',
    {
      schema: {
        tags,
        summary: '招商线索列表（领导看全区，工作人员看本人及本部门）',
        querystring: listLeadsQuery,
        response: { 200: leadListResponse, ...errors },
      },
    },
    (request) => listLeads(db, contextOf(request), request.query),
  );
  app.get(
    '/api/leads/duplicates',
    {
      schema: {
        tags,
        summary: '首报首谈：这家企业是否已有人登记',
        querystring: leadDuplicatesQuery,
        response: { 200: leadDuplicatesResponse, ...errors },
      },
    },
    (request) => leadHolders(db, contextOf(request), request.query),
  );
  app.post(
    '/api/leads',
    {
      schema: {
        tags,
        summary: '登记线索（同一企业已有人先登记时保留首报人并标记）',
        body: createLeadRequest,
        response: { 201: leadDetail, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createLead(db, contextOf(request), request.body)),
  );
  app.get(
    '/api/leads/:id',
    { schema: { tags, summary: '线索详情', params: idParam, response: { 200: leadDetail, ...errors } } },
    (request) => getLead(db, contextOf(request), request.params.id),
  );
  app.patch(
    '/api/leads/:id',
    {
      schema: {
        tags,
        summary: '修改线索（带版本号）',
        params: idParam,
        body: updateLeadRequest,
        response: { 200: leadDetail, ...errors },
      },
    },
    (request) => updateLead(db, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/status',
    {
      schema: {
        tags,
        summary: '线索 → 洽谈 → 签约，或搁置、放弃（须填原因）',
        params: idParam,
        body: leadStatusRequest,
        response: { 200: leadDetail, ...errors },
      },
    },
    (request) => changeLeadStatus(db, contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/follow-ups',
    {
      schema: {
        tags,
        summary: '记录跟进（首次跟进即视为已首次接洽）',
        params: idParam,
        body: leadFollowUpRequest,
        response: { 201: leadDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addFollowUp(db, contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/projects/settings',
    {
      schema: {
        tags,
        summary: '首次接洽时限与项目红黄绿阈值',
        response: { 200: projectSettingsResponse, ...errors },
      },
    },
    (request) => getProjectSettings(db, contextOf(request)),
  );
  app.put(
    '/api/projects/settings',
    {
      schema: {
        tags,
        summary: '保存首次接洽时限与项目红黄绿阈值（带版本号）',
        body: projectSettingsRequest,
        response: { 200: projectSettingsResponse, ...errors },
      },
    },
    (request) => changeProjectSettings(db, contextOf(request), request.body),
  );
};
