import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createDepartmentRequest,
  createParkRequest,
  errorResponse,
  idParam,
  setupStatus,
  updateDepartmentRequest,
  updateParkRequest,
  updateZoneRequest,
  versionRequest,
  zoneDepartment,
  zoneDepartmentList,
  zonePark,
  zoneParkList,
  zoneSettings,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import {
  createZoneDepartment,
  listDepartmentOfficers,
  listZoneDepartments,
  restoreZoneDepartment,
  retireZoneDepartment,
  updateZoneDepartment,
} from './departments.service.js';
import {
  createZonePark,
  listZoneParks,
  restoreZonePark,
  retireZonePark,
  updateZonePark,
} from './parks.service.js';
import { getSetupStatus, getZoneSettings, updateZoneSettings } from './zone-settings.service.js';

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['zone settings'];
/** A pasted outline travels as JSON text inside JSON: room for the 1 MB GeoJSON limit, escaped. */
const outlineBodyLimit = 3 * 1024 * 1024;
const officerList = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), username: z.string(), isHead: z.boolean() })),
});

/** 系统设置: the zone, its departments and sub-parks, and the first-run checklist (admin only). */
export const zoneSettingsRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  app.get(
    '/api/zone',
    { schema: { tags, summary: '园区信息', response: { 200: zoneSettings, ...errors } } },
    (request) => getZoneSettings(db, contextOf(request)),
  );
  app.patch(
    '/api/zone',
    {
      schema: {
        tags,
        summary: '修改园区信息',
        body: updateZoneRequest,
        response: { 200: zoneSettings, ...errors },
      },
    },
    (request) => updateZoneSettings(db, contextOf(request), request.body),
  );
  app.get(
    '/api/zone/setup-status',
    { schema: { tags, summary: '首次配置清单', response: { 200: setupStatus, ...errors } } },
    (request) => getSetupStatus(db, contextOf(request)),
  );

  app.get(
    '/api/zone/departments',
    { schema: { tags, summary: '部门（含已撤销）', response: { 200: zoneDepartmentList, ...errors } } },
    (request) => listZoneDepartments(db, contextOf(request)),
  );
  app.post(
    '/api/zone/departments',
    {
      schema: {
        tags,
        summary: '新建部门',
        body: createDepartmentRequest,
        response: { 201: zoneDepartment, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createZoneDepartment(db, contextOf(request), request.body)),
  );
  app.patch(
    '/api/zone/departments/:id',
    {
      schema: {
        tags,
        summary: '修改部门',
        params: idParam,
        body: updateDepartmentRequest,
        response: { 200: zoneDepartment, ...errors },
      },
    },
    (request) => updateZoneDepartment(db, contextOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/zone/departments/:id/officers',
    {
      schema: { tags, summary: '部门在岗人员', params: idParam, response: { 200: officerList, ...errors } },
    },
    (request) => listDepartmentOfficers(db, contextOf(request), request.params.id),
  );
  for (const [step, summary, run] of [
    ['retire', '撤销部门', retireZoneDepartment],
    ['restore', '恢复部门', restoreZoneDepartment],
  ] as const) {
    app.post(
      `/api/zone/departments/:id/${step}`,
      {
        schema: {
          tags,
          summary,
          params: idParam,
          body: versionRequest,
          response: { 200: zoneDepartment, ...errors },
        },
      },
      (request) => run(db, contextOf(request), request.params.id, request.body.version),
    );
  }

  app.get(
    '/api/zone/parks',
    { schema: { tags, summary: '片区（含已撤销）', response: { 200: zoneParkList, ...errors } } },
    (request) => listZoneParks(db, contextOf(request)),
  );
  app.post(
    '/api/zone/parks',
    {
      bodyLimit: outlineBodyLimit,
      schema: { tags, summary: '新建片区', body: createParkRequest, response: { 201: zonePark, ...errors } },
    },
    async (request, reply) =>
      reply.status(201).send(await createZonePark(db, contextOf(request), request.body)),
  );
  app.patch(
    '/api/zone/parks/:id',
    {
      bodyLimit: outlineBodyLimit,
      schema: {
        tags,
        summary: '修改片区',
        params: idParam,
        body: updateParkRequest,
        response: { 200: zonePark, ...errors },
      },
    },
    (request) => updateZonePark(db, contextOf(request), request.params.id, request.body),
  );
  for (const [step, summary, run] of [
    ['retire', '撤销片区', retireZonePark],
    ['restore', '恢复片区', restoreZonePark],
  ] as const) {
    app.post(
      `/api/zone/parks/:id/${step}`,
      {
        schema: {
          tags,
          summary,
          params: idParam,
          body: versionRequest,
          response: { 200: zonePark, ...errors },
        },
      },
      (request) => run(db, contextOf(request), request.params.id, request.body.version),
    );
  }
};
