import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import { sessionPolicy, type Config } from '../../config.js';
import { sendError } from '../../platform/error-handler.js';
import { resolveSession } from './auth.service.js';
import { installSessionCache, SessionCache, sessionCacheOf } from './session-cache.js';
import { listenForSessionChanges } from './session-notify.js';

/** The cookie options of the session cookie: HttpOnly, SameSite=Strict, whole site. */
export function sessionCookieOptions(config: Config) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
    path: '/',
  };
}

/**
 * Resolves the session cookie on every API request. Routes are closed by default: only those
 * marked `isPublic` answer without a session, and a user who must change an initial password
 * reaches only the routes marked `allowedBeforePasswordChange`. Resolved sessions are cached for a
 * few seconds (see session-cache.ts); on PostgreSQL the process listens for the changes others make.
 */
export async function registerSessionHook(app: FastifyInstance, database: Database, config: Config) {
  const db = database.db;
  // The embedded engine allows one process, and every change to a user or a session goes through it
  // and drops the cached entry at once, so nothing can go stale: trust an entry until the session is
  // next touched. Its one connection is held by a long import's transaction, and a shorter TTL would
  // make every request (the import's own progress polls among them) wait for that transaction.
  if (database.kind === 'pglite') installSessionCache(db, new SessionCache(sessionPolicy.touchIntervalMs));
  const stopListening = await listenForSessionChanges(database, sessionCacheOf(db), app.log);
  app.addHook('onClose', stopListening);
  app.decorateRequest('actor', null);
  app.decorateRequest('currentUser', null);
  // onRequest: an anonymous request is refused before its body is even read.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    // The API documentation (swagger-ui's own routes) describes the API and holds no data.
    if (request.url.startsWith('/api/docs')) return;
    const routeConfig = request.routeOptions.config;
    const token = request.cookies[sessionPolicy.cookieName];
    if (token) {
      const resolution = await resolveSession(db, token);
      if (resolution.status === 'valid') {
        request.actor = resolution.actor;
        request.currentUser = resolution.currentUser;
      } else if (!routeConfig.isPublic) {
        void reply.clearCookie(sessionPolicy.cookieName, sessionCookieOptions(config));
        return sendError(
          request,
          reply,
          resolution.status === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED',
        );
      }
    }
    if (routeConfig.isPublic) return;
    if (!request.actor) return sendError(request, reply, 'UNAUTHENTICATED');
    if (request.actor.mustChangePassword && !routeConfig.allowedBeforePasswordChange) {
      return sendError(request, reply, 'PASSWORD_CHANGE_REQUIRED');
    }
  });
}
