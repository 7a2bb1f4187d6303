import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createUserRequest,
  errorResponse,
  idParam,
  listUsersQuery,
  updateUserRequest,
  userListResponse,
  userSummary,
} from '@gaoxin/domain';
import { contextOf } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { createUser, getUser, listUsers, updateUser } from './users.service.js';

/** User administration, for the system administrator only. */
export const userRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db }) => {
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '用户列表',
        querystring: listUsersQuery,
        response: { 200: userListResponse, ...errors },
      },
    },
    (request) => listUsers(db, contextOf(request), request.query),
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '用户详情',
        params: idParam,
        response: { 200: userSummary, ...errors },
      },
    },
    (request) => getUser(db, contextOf(request), request.params.id),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建用户',
        body: createUserRequest,
        response: { 201: userSummary, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, contextOf(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改用户（需提供 version，防止并发覆盖）',
        params: idParam,
        body: updateUserRequest,
        response: { 200: userSummary, ...errors },
      },
    },
    (request) => updateUser(db, contextOf(request), request.params.id, request.body),
  );
};
