import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Config } from '../config.js';
import { sendError } from './error-handler.js';

const defaultDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the built web app, with index.html for any non-API path so the client router can
 * handle deep links. Unknown /api paths still get the JSON error.
 */
export async function registerWebApp(app: FastifyInstance, config: Config) {
  const root = config.webDist ?? defaultDist;
  const hasWeb = existsSync(`${root}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });
}
