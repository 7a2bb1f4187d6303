import type { FastifyRequest } from 'fastify';
import type { CurrentUser, Role } from '@gaoxin/domain';
import { AppError } from './app-error.js';

/** The signed-in user as services see it. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  zoneId: string;
  departmentId: string | null;
  enterpriseId: string | null;
  isLiaison: boolean;
  mustChangePassword: boolean;
  sessionId: string;
}

/** What a service needs to know about the request: who, from where, for the audit log. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  requestId: string;
  userAgent: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The signed-in user as /api/auth/me answers it, resolved with the session. */
    currentUser: CurrentUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, sign-in). */
    isPublic?: boolean;
    /** Reachable while the user still must change an initial password. */
    allowedBeforePasswordChange?: boolean;
  }
}

/** Builds the service context from a request. */
export function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor,
    ip: request.ip,
    requestId: String(request.id),
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
  };
}

/** The signed-in actor of a context; the session hook guarantees one on non-public routes. */
export function requireActor(context: RequestContext): Actor {
  if (!context.actor) throw new AppError('UNAUTHENTICATED');
  return context.actor;
}
