import type { z } from 'zod';
import type { EnterpriseDetail, EnterpriseSummary, listEnterprisesQuery } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { findEnterpriseInZone, findEnterprises, type EnterpriseWithPark } from './enterprises.repository.js';

function presentSummary({ enterprise, parkName }: EnterpriseWithPark): EnterpriseSummary {
  return {
    id: enterprise.id,
    name: enterprise.name,
    shortName: enterprise.shortName,
    creditCode: enterprise.creditCode,
    park: enterprise.parkId ? { id: enterprise.parkId, name: parkName ?? '' } : null,
    industryCode: enterprise.industryCode,
    isAboveScale: enterprise.isAboveScale,
    isKey: enterprise.isKey,
    isDemo: enterprise.isDemo,
  };
}

/** Lists the zone's enterprises; an enterprise user sees only its own. */
export async function listEnterprises(
  db: Db,
  context: RequestContext,
  query: z.infer<typeof listEnterprisesQuery>,
) {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  const onlyId =
    actor.role === 'enterprise' ? (actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000') : undefined;
  const { rows, total } = await findEnterprises(db, {
    zoneId: actor.zoneId,
    onlyId,
    q: query.q,
    parkId: query.parkId,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(presentSummary), total };
}

/**
 * One enterprise. Another zone's record, or another enterprise's for an enterprise user,
 * answers 404 like a missing one, so ids cannot be probed.
 */
export async function getEnterprise(db: Db, context: RequestContext, id: string): Promise<EnterpriseDetail> {
  const actor = requireActor(context);
  authorize(actor, 'enterprise.read');
  if (actor.role === 'enterprise' && actor.enterpriseId !== id) throw new AppError('NOT_FOUND');
  const found = await findEnterpriseInZone(db, actor.zoneId, id);
  if (!found) throw new AppError('NOT_FOUND');
  const { enterprise } = found;
  return {
    ...presentSummary(found),
    legalRepresentative: enterprise.legalRepresentative,
    address: enterprise.address,
    establishedOn: enterprise.establishedOn,
    version: enterprise.version,
  };
}
