import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findDepartments, findParks } from './zones.repository.js';

/** The sub-parks of the caller's zone. */
export async function listParks(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'zone.read');
  return { items: await findParks(db, actor.zoneId) };
}

/** The departments of the caller's zone (admins need them to assign officers). */
export async function listDepartments(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'zone.read');
  return { items: await findDepartments(db, actor.zoneId) };
}
