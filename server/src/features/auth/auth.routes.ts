import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequest,
  currentUser,
  errorResponse,
  loginRequest,
  loginResponse,
} from '@gaoxin/domain';
import { sessionPolicy } from '../../config.js';
import { contextOf, requireActor } from '../../platform/request-context.js';
import type { FeatureOptions } from '../feature.js';
import { changeOwnPassword, getCurrentUser, signIn, signOut } from './auth.service.js';
import { sessionCookieOptions } from './session-hook.js';

export const authRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { db, config }) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        isPublic: true,
        rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: loginRequest,
        response: { 200: loginResponse, 401: errorResponse, 423: errorResponse, 429: errorResponse },
      },
    },
    async (request, reply) => {
      const { token, user } = await signIn(db, contextOf(request), request.body);
      void reply.setCookie(sessionPolicy.cookieName, token, sessionCookieOptions(config));
      return { user };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { allowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: currentUser, 401: errorResponse } },
    },
    // Resolved with the session, in the same query (and cached with it).
    (request) => request.currentUser ?? getCurrentUser(db, requireActor(contextOf(request)).userId),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { allowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null(), 401: errorResponse } },
    },
    async (request, reply) => {
      await signOut(db, contextOf(request));
      void reply.clearCookie(sessionPolicy.cookieName, sessionCookieOptions(config));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { allowedBeforePasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码',
        body: changePasswordRequest,
        response: { 204: z.null(), 400: errorResponse, 401: errorResponse },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, contextOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
