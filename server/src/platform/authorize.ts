import { can, type Action } from '@gaoxin/domain';
import { AppError } from './app-error.js';
import type { Actor } from './request-context.js';

/** Throws 403 unless the actor's role may perform the action (policy in @gaoxin/domain). */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) throw new AppError('FORBIDDEN');
}
