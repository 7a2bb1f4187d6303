import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponse } from '@gaoxin/domain';
import { version } from '../../version.js';
import type { FeatureOptions } from '../feature.js';

export const healthRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app, { database }) => {
  app.get(
    '/api/health',
    {
      config: { isPublic: true },
      schema: { tags: ['platform'], summary: '健康检查', response: { 200: healthResponse } },
    },
    async () => {
      await database.sql.query('select 1');
      return { status: 'ok' as const, db: database.kind, version };
    },
  );
};

/** A route that touches nothing: the baseline the benchmark compares other routes against. */
export const pingRoutes: FastifyPluginAsyncZod<FeatureOptions> = async (app) => {
  app.get('/api/ping', { config: { isPublic: true }, schema: { hide: true } }, () => ({ pong: true }));
};
