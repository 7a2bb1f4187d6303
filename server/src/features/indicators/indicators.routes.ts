import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  breakdownQuery,
  breakdownResponse,
  bulletinResponse,
  createIndicatorRequest,
  enterpriseFiguresQuery,
  enterpriseFiguresResponse,
  errorResponse,
  figureEnterprisesQuery,
  figureEnterprisesResponse,
  filingSettings,
  idParam,
  indicatorItem,
  indicatorListResponse,
  officialRatesResponse,
  overviewQuery,
  overviewResponse,
  periodQuery,
  rankingsQuery,
  rankingsResponse,
  saveOfficialRateRequest,
  saveTargetsRequest,
  targetsQuery,
  targetsResponse,
  trendQuery,
  trendResponse,
  updateIndicatorRequest,
  updateWarningRuleRequest,
  warningRulesResponse,
  warningsQuery,
  warningsResponse,
} from '@gaoxin/domain';
import { authorize } from '../../platform/authorize.js';
import { contextOf, requireActor } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { renderBulletinDocx } from './bulletin-docx.js';
import { buildBulletin } from './bulletin.service.js';
import { enterpriseFigures } from './enterprise-figures.service.js';
import { computeRankings, listFigureEnterprises } from './figure-enterprises.service.js';
import { computeBreakdown, computeOverview, computeTrend } from './figures.service.js';
import {
  changeWarningRule,
  createIndicator,
  getFilingSettings,
  listIndicators,
  listOfficialRates,
  listTargets,
  listWarningRules,
  saveFilingSettings,
  saveOfficialRate,
  saveTargets,
  updateIndicator,
} from './settings.service.js';
import { listWarnings } from './warnings.service.js';

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['indicators'];

/** The zone's picture (经济运行监测): catalogue, dashboard figures, targets, warnings and the bulletin. */
export const indicatorRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  /** The signed-in zone, after checking the role may read the figures. */
  const readerZone = (request: Parameters<typeof contextOf>[0]) => {
    const actor = requireActor(contextOf(request));
    authorize(actor, 'economy.read');
    return actor.zoneId;
  };

  app.get(
    '/api/indicators',
    { schema: { tags, summary: '指标目录', response: { 200: indicatorListResponse, ...errors } } },
    (request) => listIndicators(db, contextOf(request)),
  );
  app.post(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: '新增指标',
        body: createIndicatorRequest,
        response: { 200: indicatorItem, ...errors },
      },
    },
    (request) => createIndicator(db, contextOf(request), request.body),
  );
  app.patch(
    '/api/indicators/:id',
    {
      schema: {
        tags,
        summary: '修改指标（名称、顺序、停用等）',
        params: idParam,
        body: updateIndicatorRequest,
        response: { 200: indicatorItem, ...errors },
      },
    },
    (request) => updateIndicator(db, contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/indicators/overview',
    {
      schema: {
        tags,
        summary: '各指标当期总量、当月、可比口径同比、目标进度（任意切片）',
        querystring: overviewQuery,
        response: { 200: overviewResponse, ...errors },
      },
    },
    (request) => computeOverview(db, readerZone(request), request.query),
  );
  app.get(
    '/api/indicators/trend',
    {
      schema: {
        tags,
        summary: '指标走势（12–60 个月）',
        querystring: trendQuery,
        response: { 200: trendResponse, ...errors },
      },
    },
    (request) => computeTrend(db, readerZone(request), request.query),
  );
  app.get(
    '/api/indicators/breakdown',
    {
      schema: {
        tags,
        summary: '按园区、行业、主导产业、资质、规上、重点企业分组：占比、同比、拉动、贡献率',
        querystring: breakdownQuery,
        response: { 200: breakdownResponse, ...errors },
      },
    },
    (request) => computeBreakdown(db, readerZone(request), request.query),
  );
  app.get(
    '/api/indicators/rankings',
    {
      schema: {
        tags,
        summary: '企业排名与增减变动',
        querystring: rankingsQuery,
        response: { 200: rankingsResponse, ...errors },
      },
    },
    (request) => computeRankings(db, readerZone(request), request.query),
  );
  app.get(
    '/api/indicators/enterprises',
    {
      schema: {
        tags,
        summary: '某一切片背后的企业（钻取）',
        querystring: figureEnterprisesQuery,
        response: { 200: figureEnterprisesResponse, ...errors },
      },
    },
    (request) => listFigureEnterprises(db, readerZone(request), request.query),
  );
  app.get(
    '/api/indicators/enterprise/:id',
    {
      schema: {
        tags,
        summary: '企业自身的指标走势与预警（企业档案“经济数据”页）',
        params: idParam,
        querystring: enterpriseFiguresQuery,
        response: { 200: enterpriseFiguresResponse, ...errors },
      },
    },
    (request) => enterpriseFigures(db, contextOf(request), request.params.id, request.query.months),
  );

  app.get(
    '/api/indicators/targets',
    {
      schema: {
        tags,
        summary: '年度目标',
        querystring: targetsQuery,
        response: { 200: targetsResponse, ...errors },
      },
    },
    (request) => listTargets(db, contextOf(request), request.query.year),
  );
  app.put(
    '/api/indicators/targets',
    {
      schema: {
        tags,
        summary: '设置年度目标（全区与分园区）',
        body: saveTargetsRequest,
        response: { 200: targetsResponse, ...errors },
      },
    },
    (request) => saveTargets(db, contextOf(request), request.body),
  );
  app.get(
    '/api/indicators/official-rates',
    {
      schema: {
        tags,
        summary: '统计部门公布的增速',
        querystring: periodQuery,
        response: { 200: officialRatesResponse, ...errors },
      },
    },
    (request) => listOfficialRates(db, contextOf(request), request.query.period),
  );
  app.put(
    '/api/indicators/official-rates',
    {
      schema: {
        tags,
        summary: '录入统计部门公布的增速（替代计算值显示）',
        body: saveOfficialRateRequest,
        response: { 200: officialRatesResponse, ...errors },
      },
    },
    (request) => saveOfficialRate(db, contextOf(request), request.body),
  );

  app.get(
    '/api/indicators/settings',
    { schema: { tags, summary: '报送设置（截止日）', response: { 200: filingSettings, ...errors } } },
    (request) => getFilingSettings(db, contextOf(request)),
  );
  app.put(
    '/api/indicators/settings',
    {
      schema: {
        tags,
        summary: '修改报送截止日（次月第几日）',
        body: filingSettings,
        response: { 200: filingSettings, ...errors },
      },
    },
    (request) => saveFilingSettings(db, contextOf(request), request.body),
  );

  app.get(
    '/api/indicators/warning-rules',
    { schema: { tags, summary: '预警规则', response: { 200: warningRulesResponse, ...errors } } },
    (request) => listWarningRules(db, contextOf(request)),
  );
  app.patch(
    '/api/indicators/warning-rules/:code',
    {
      schema: {
        tags,
        summary: '修改预警阈值或启停',
        params: z.strictObject({ code: z.string().min(1).max(64) }),
        body: updateWarningRuleRequest,
        response: { 200: warningRulesResponse, ...errors },
      },
    },
    (request) => changeWarningRule(db, contextOf(request), request.params.code, request.body),
  );
  app.get(
    '/api/indicators/warnings',
    {
      schema: {
        tags,
        summary: '预警清单（触发规则与数据）',
        querystring: warningsQuery,
        response: { 200: warningsResponse, ...errors },
      },
    },
    (request) => listWarnings(db, contextOf(request), request.query),
  );

  app.get(
    '/api/indicators/bulletin',
    {
      schema: {
        tags,
        summary: '经济运行简报（段落与表格）',
        querystring: periodQuery,
        response: { 200: bulletinResponse, ...errors },
      },
    },
    (request) => buildBulletin(db, contextOf(request), request.query.period),
  );
  app.get(
    '/api/indicators/bulletin.docx',
    {
      schema: {
        tags,
        summary: '经济运行简报（Word 文档）',
        querystring: periodQuery,
        response: { 200: z.unknown().describe('.docx file'), ...errors },
      },
    },
    async (request, reply) => {
      const bulletin = await buildBulletin(db, contextOf(request), request.query.period);
      const buffer = await renderBulletinDocx(bulletin);
      const name = `经济运行简报-${request.query.period}.docx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="bulletin.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buffer);
    },
  );
};
