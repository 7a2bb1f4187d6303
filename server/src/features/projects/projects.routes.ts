import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createProjectRequest,
  errorResponse,
  helpAnswerRequest,
  idParam,
  languageFromHeader,
  listProjectsQuery,
  milestoneRequest,
  progressReportRequest,
  projectDetail,
  projectFunnel,
  projectFunnelQuery,
  projectKpi,
  projectKpiQuery,
  projectMap,
  projectFundRequest,
  projectListResponse,
  projectStageRequest,
  updateProjectRequest,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import {
  addProgressReport,
  addProjectFund,
  addProjectMilestone,
  changeProjectMilestone,
  changeProjectStage,
} from './project-progress.service.js';
import {
  createProject,
  exportProjects,
  getProject,
  listProjects,
  updateProject,
} from './projects.service.js';
import { answerHelpRequest } from './project-help.service.js';
import { projectFunnel as computeFunnel, projectKpi as computeKpi } from './project-figures.service.js';
import { projectMap as computeMap } from './project-map.service.js';

const tags = ['projects'];
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const milestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
const reportParams = z.strictObject({ id: z.uuid(), reportId: z.uuid() });
const language = (request: { headers: Record<string, string | string[] | undefined> }) =>
  languageFromHeader(request.headers['accept-language'] as string | undefined);

/** 项目促建: projects, their stage, 到位资金, milestones and weekly reports. */
export const projectRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db, outbound }) => {
  app.get(
    '/api/projects',
    {
      schema: {
        tags,
        summary: '项目列表（colour=red 为督办清单；help=open 为请本部门协助且未答复的项目）',
        querystring: listProjectsQuery,
        response: { 200: projectListResponse, ...errors },
      },
    },
    (request) => listProjects(db, contextOf(request), request.query),
  );
  app.get(
    '/api/projects/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出项目推进表（按列表筛选条件，一项目一行）',
        querystring: listProjectsQuery,
        response: { 200: z.unknown().describe('.xlsx file'), ...errors },
      },
    },
    async (request, reply) => {
      const buffer = await exportProjects(db, contextOf(request), request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="projects.xlsx"; filename*=UTF-8''${encodeURIComponent('项目推进表.xlsx')}`,
        )
        .send(buffer);
    },
  );
  app.get(
    '/api/projects/map',
    {
      schema: {
        tags,
        summary: '挂图作战：园区轮廓与项目位置（按红黄绿着色）',
        response: { 200: projectMap, ...errors },
      },
    },
    (request) => computeMap(db, contextOf(request)),
  );
  app.get(
    '/api/projects/kpi',
    {
      schema: {
        tags,
        summary: '招商与项目指标：新签约、合同额、亿元以上项目、到位资金同比、新开工、新投产',
        querystring: projectKpiQuery,
        response: { 200: projectKpi, ...errors },
      },
    },
    (request) => computeKpi(db, contextOf(request), request.query),
  );
  app.get(
    '/api/projects/funnel',
    {
      schema: {
        tags,
        summary: '招商漏斗：各阶段数量与金额，可按园区或经办人分组',
        querystring: projectFunnelQuery,
        response: { 200: projectFunnel, ...errors },
      },
    },
    (request) => computeFunnel(db, contextOf(request), request.query.groupBy),
  );
  app.post(
    '/api/projects',
    {
      schema: {
        tags,
        summary: '登记项目（由已签约线索转入或直接登记）',
        body: createProjectRequest,
        response: { 201: projectDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProject(db, contextOf(request), request.body, language(request))),
  );
  app.get(
    '/api/projects/:id',
    { schema: { tags, summary: '项目详情', params: idParam, response: { 200: projectDetail, ...errors } } },
    (request) => getProject(db, contextOf(request), request.params.id, language(request)),
  );
  app.patch(
    '/api/projects/:id',
    {
      schema: {
        tags,
        summary: '修改项目信息与“五个一”（带版本号）',
        params: idParam,
        body: updateProjectRequest,
        response: { 200: projectDetail, ...errors },
      },
    },
    (request) => updateProject(db, contextOf(request), request.params.id, request.body, language(request)),
  );
  app.post(
    '/api/projects/:id/stage',
    {
      schema: {
        tags,
        summary: '推进阶段（倒退须填原因）',
        params: idParam,
        body: projectStageRequest,
        response: { 200: projectDetail, ...errors },
      },
    },
    (request) =>
      changeProjectStage(db, contextOf(request), request.params.id, request.body, language(request)),
  );
  app.post(
    '/api/projects/:id/funds',
    {
      schema: {
        tags,
        summary: '登记一笔到位资金',
        params: idParam,
        body: projectFundRequest,
        response: { 201: projectDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addProjectFund(db, contextOf(request), request.params.id, request.body, language(request)),
        ),
  );
  app.post(
    '/api/projects/:id/milestones',
    {
      schema: {
        tags,
        summary: '新增节点',
        params: idParam,
        body: milestoneRequest,
        response: { 201: projectDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addProjectMilestone(
            db,
            contextOf(request),
            request.params.id,
            request.body,
            language(request),
          ),
        ),
  );
  app.put(
    '/api/projects/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: '修改节点（填写实际完成日期即为完成）',
        params: milestoneParams,
        body: milestoneRequest,
        response: { 200: projectDetail, ...errors },
      },
    },
    (request) =>
      changeProjectMilestone(
        db,
        contextOf(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
        language(request),
      ),
  );
  app.post(
    '/api/projects/:id/reports',
    {
      schema: {
        tags,
        summary: '提交周进展（可请某部门协助）',
        params: idParam,
        body: progressReportRequest,
        response: { 201: projectDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addProgressReport(
            db,
            outbound,
            contextOf(request),
            request.params.id,
            request.body,
            language(request),
          ),
        ),
  );
  app.post(
    '/api/projects/:id/reports/:reportId/help-answer',
    {
      schema: {
        tags,
        summary: '被请求协助的部门答复周进展中的协助请求（只能答复一次）',
        params: reportParams,
        body: helpAnswerRequest,
        response: { 200: projectDetail, ...errors },
      },
    },
    (request) =>
      answerHelpRequest(
        db,
        outbound,
        contextOf(request),
        request.params.id,
        request.params.reportId,
        request.body,
        language(request),
      ),
  );
};
