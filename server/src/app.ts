import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerErrorHandling, sendError } from './platform/error-handler.js';
import { registerSecurity } from './platform/security.js';
import { registerWebApp } from './platform/web-app.js';
import { version } from './version.js';
import type { FeatureOptions } from './features/feature.js';
import { registerSessionHook } from './features/auth/session-hook.js';
import { healthRoutes, pingRoutes } from './features/health/health.routes.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { userRoutes } from './features/users/users.routes.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { zoneRoutes } from './features/zones/zones.routes.js';
import { enterpriseRoutes } from './features/enterprises/enterprises.routes.js';
import { enterpriseExcelRoutes } from './features/enterprises/enterprise-excel.routes.js';
import { importJobRoutes } from './features/import-jobs/import-jobs.routes.js';
import { indicatorRoutes } from './features/indicators/indicators.routes.js';
import { returnRoutes } from './features/indicators/returns.routes.js';
import { appealAdminRoutes } from './features/appeals/appeal-admin.routes.js';
import { appealRoutes } from './features/appeals/appeals.routes.js';
import { inboxRoutes } from './features/inbox/inbox.routes.js';
import { leadRoutes } from './features/leads/leads.routes.js';
import { projectRoutes } from './features/projects/projects.routes.js';
import { homeRoutes } from './features/home/home.routes.js';
import { outboundFor } from './features/inbox/outbound.js';

/** Every feature of the API, in one visible list. */
const features = [
  healthRoutes,
  pingRoutes,
  authRoutes,
  userRoutes,
  auditRoutes,
  zoneRoutes,
  enterpriseExcelRoutes,
  enterpriseRoutes,
  importJobRoutes,
  indicatorRoutes,
  returnRoutes,
  // The fixed paths (categories, settings, statistics) before /api/appeals/:id.
  appealAdminRoutes,
  appealRoutes,
  inboxRoutes,
  // leadRoutes holds /api/projects/settings, so it comes before /api/projects/:id.
  leadRoutes,
  projectRoutes,
  homeRoutes,
];

export interface BuildAppOptions {
  database: Database;
  config: Config;
  /** Pino logger options; tests pass `false`. */
  logger?: boolean | { level: string };
}

/** Builds the Fastify application without listening, so tests can inject requests. */
export async function buildApp({ database, config, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // Errors Fastify raises before routing (a malformed URL, a bad content type) get the one error shape too.
    frameworkErrors: (error, request, reply) => {
      void sendError(
        request,
        reply,
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
      );
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });

  registerErrorHandling(app);
  await registerSecurity(app, config);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: '高新区智慧管理服务平台 API', version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gaoxin_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
  app.get('/api/openapi.json', { config: { isPublic: true }, schema: { hide: true } }, () => app.swagger());

  await registerSessionHook(app, database, config);

  const options: FeatureOptions = {
    db: database.db,
    database,
    config,
    outbound: outboundFor(config, app.log),
  };
  for (const feature of features) await app.register(feature, options);

  await registerWebApp(app, config);
  return app;
}
