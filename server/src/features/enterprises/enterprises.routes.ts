import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentListResponse,
  assignmentRequest,
  contact,
  contactRequest,
  createEnterpriseRequest,
  enterpriseDetail,
  enterpriseListResponse,
  errorResponse,
  expiringQualificationsQuery,
  expiringQualificationsResponse,
  idParam,
  listEnterprisesQuery,
  peopleListResponse,
  qualification,
  qualificationRequest,
  qualificationTypeListResponse,
  qualificationTypeRequest,
  updateEnterpriseRequest,
  visit,
  visitListResponse,
  visitRequest,
  writeWarning,
} from '@gaoxin/domain';
import { languageFromHeader } from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { addContact, changeContact, removeContact, revealContact } from './contacts.service.js';
import {
  addQualification,
  addQualificationType,
  changeQualification,
  listExpiringQualifications,
  listQualificationTypes,
  removeQualification,
} from './qualifications.service.js';
import {
  addVisit,
  assignResponsibility,
  listAssignablePeople,
  listAssignments,
  listVisits,
} from './responsibility.service.js';
import {
  createEnterprise,
  getEnterprise,
  listEnterprises,
  updateEnterprise,
  type Warning,
} from './enterprises.service.js';

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const savedEnterprise = enterpriseDetail.extend({ warnings: z.array(writeWarning) });
const childParams = z.strictObject({ id: z.uuid(), childId: z.uuid() });

/** The enterprise registry (企业库): records, qualifications, contacts, visits and responsibility. */
export const enterpriseRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  const localize = (warnings: Warning[], acceptLanguage: string | undefined) => {
    const language = languageFromHeader(acceptLanguage);
    return warnings.map((warning) => ({ field: warning.field, message: warning.message[language] }));
  };

  app.get(
    '/api/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: '企业列表：名称任意部分、简称、全拼、首字母或信用代码前缀搜索，多条件筛选',
        querystring: listEnterprisesQuery,
        response: { 200: enterpriseListResponse, ...errors },
      },
    },
    (request) => listEnterprises(db, contextOf(request), request.query),
  );

  app.post(
    '/api/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: '新建企业档案（校验信用代码；不合规代码须填写例外原因）',
        body: createEnterpriseRequest,
        response: { 201: savedEnterprise, ...errors },
      },
    },
    async (request, reply) => {
      const saved = await createEnterprise(db, contextOf(request), request.body);
      return reply
        .status(201)
        .send({ ...saved, warnings: localize(saved.warnings, request.headers['accept-language']) });
    },
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

  app.patch(
    '/api/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: '修改企业档案（需提供 version；企业用户只能改地址）',
        params: idParam,
        body: updateEnterpriseRequest,
        response: { 200: savedEnterprise, ...errors },
      },
    },
    async (request) => {
      const saved = await updateEnterprise(db, contextOf(request), request.params.id, request.body);
      return { ...saved, warnings: localize(saved.warnings, request.headers['accept-language']) };
    },
  );

  app.post(
    '/api/enterprises/:id/qualifications',
    {
      schema: {
        tags: ['enterprises'],
        summary: '新增资质',
        params: idParam,
        body: qualificationRequest,
        response: { 201: qualification, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addQualification(db, contextOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/enterprises/:id/qualifications/:childId',
    {
      schema: {
        tags: ['enterprises'],
        summary: '修改资质',
        params: childParams,
        body: qualificationRequest,
        response: { 200: qualification, ...errors },
      },
    },
    (request) =>
      changeQualification(db, contextOf(request), request.params.id, request.params.childId, request.body),
  );

  app.delete(
    '/api/enterprises/:id/qualifications/:childId',
    {
      schema: {
        tags: ['enterprises'],
        summary: '删除资质',
        params: childParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeQualification(db, contextOf(request), request.params.id, request.params.childId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/qualifications/expiring',
    {
      schema: {
        tags: ['enterprises'],
        summary: '即将到期（默认 90 天内）的企业资质',
        querystring: expiringQualificationsQuery,
        response: { 200: expiringQualificationsResponse, ...errors },
      },
    },
    (request) => listExpiringQualifications(db, contextOf(request), request.query),
  );

  app.get(
    '/api/qualification-types',
    {
      schema: {
        tags: ['enterprises'],
        summary: '资质类型',
        response: { 200: qualificationTypeListResponse, ...errors },
      },
    },
    (request) => listQualificationTypes(db, contextOf(request)),
  );

  app.post(
    '/api/qualification-types',
    {
      schema: {
        tags: ['enterprises'],
        summary: '新增本区自定义资质类型',
        body: qualificationTypeRequest,
        response: { 201: qualificationTypeListResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addQualificationType(db, contextOf(request), request.body)),
  );

  app.post(
    '/api/enterprises/:id/contacts',
    {
      schema: {
        tags: ['enterprises'],
        summary: '新增联系人',
        params: idParam,
        body: contactRequest,
        response: { 201: contact, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addContact(db, contextOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/enterprises/:id/contacts/:childId',
    {
      schema: {
        tags: ['enterprises'],
        summary: '修改联系人',
        params: childParams,
        body: contactRequest,
        response: { 200: contact, ...errors },
      },
    },
    (request) =>
      changeContact(db, contextOf(request), request.params.id, request.params.childId, request.body),
  );

  app.delete(
    '/api/enterprises/:id/contacts/:childId',
    {
      schema: {
        tags: ['enterprises'],
        summary: '删除联系人',
        params: childParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeContact(db, contextOf(request), request.params.id, request.params.childId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/enterprises/:id/contacts/:childId/reveal',
    {
      schema: {
        tags: ['enterprises'],
        summary: '查看完整手机号（记入审计日志）',
        params: childParams,
        response: { 200: contact, ...errors },
      },
    },
    (request) => revealContact(db, contextOf(request), request.params.id, request.params.childId),
  );

  app.get(
    '/api/enterprises/:id/visits',
    {
      schema: {
        tags: ['enterprises'],
        summary: '走访记录',
        params: idParam,
        response: { 200: visitListResponse, ...errors },
      },
    },
    (request) => listVisits(db, contextOf(request), request.params.id),
  );

  app.post(
    '/api/enterprises/:id/visits',
    {
      schema: {
        tags: ['enterprises'],
        summary: '登记走访',
        params: idParam,
        body: visitRequest,
        response: { 201: visit, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addVisit(db, contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/enterprises/:id/assignments',
    {
      schema: {
        tags: ['enterprises'],
        summary: '重点企业、包保干部与责任领导的调整历史',
        params: idParam,
        response: { 200: assignmentListResponse, ...errors },
      },
    },
    (request) => listAssignments(db, contextOf(request), request.params.id),
  );

  app.put(
    '/api/enterprises/:id/assignment',
    {
      schema: {
        tags: ['enterprises'],
        summary: '设置重点企业、包保干部与责任领导（需提供 version）',
        params: idParam,
        body: assignmentRequest,
        response: { 200: assignmentListResponse, ...errors },
      },
    },
    (request) => assignResponsibility(db, contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/assignable-people',
    {
      schema: {
        tags: ['enterprises'],
        summary: '可指定的包保干部与责任领导',
        response: { 200: peopleListResponse, ...errors },
      },
    },
    (request) => listAssignablePeople(db, contextOf(request)),
  );
};
