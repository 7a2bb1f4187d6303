import { can } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import type { Actor } from '../../platform/request-context.js';
import { findEnterpriseRow, type EnterpriseDetailRow } from './enterprises.repository.js';

/**
 * Loads an enterprise the actor may read. Another zone's record, or another enterprise's for an
 * enterprise user, answers 404 like a missing one, so ids cannot be probed.
 */
export async function loadReadableEnterprise(
  db: DbOrTx,
  actor: Actor,
  id: string,
  today: string,
): Promise<EnterpriseDetailRow> {
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise' && actor.enterpriseId !== id) throw new AppError('NOT_FOUND');
  const found = await findEnterpriseRow(db, actor.zoneId, id, today);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** Whether the actor may change this enterprise's record: officers any in the zone, an enterprise user its own parts. */
export function assertMayEdit(actor: Actor, enterpriseId: string, part: 'record' | 'own') {
  if (can(actor.role, 'enterprise.write')) return;
  if (part === 'own' && can(actor.role, 'enterprise.editOwn') && actor.enterpriseId === enterpriseId) return;
  throw new AppError('FORBIDDEN');
}
