import { sql } from 'drizzle-orm';
import { placeInside, todayInChina, type ParkOutline, type ProjectMap } from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { visibleProjects } from './project-access.js';
import { presentProject } from './project-presenter.js';
import { findProjectRows } from './projects.repository.js';
import { statusPolicyOf } from './projects.service.js';

/** The biggest map drawn at once; a zone has hundreds of live projects, not tens of thousands. */
const mapLimit = 5000;

/**
 * "挂图作战": the sub-parks' outlines and every visible project placed inside its park (a stable
 * point per project), coloured by status.
 */
export async function projectMap(db: Db, context: RequestContext): Promise<ProjectMap> {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  const [parks, policy] = await Promise.all([
    db.execute<{ id: string; name: string; code: string; outline: ParkOutline | null }>(
      sql`select id, name, code, outline from parks where zone_id = ${actor.zoneId} order by code`,
    ),
    statusPolicyOf(db, actor.zoneId),
  ]);
  const outlines = new Map(
    parks.rows.filter((park) => park.outline?.type === 'Polygon').map((park) => [park.id, park]),
  );
  const { rows } = await findProjectRows(db, [visibleProjects(actor)], { limit: mapLimit, offset: 0 });
  const today = todayInChina();
  const placed: ProjectMap['projects'] = [];
  for (const row of rows) {
    const park = row.park_id ? outlines.get(row.park_id) : undefined;
    if (!park?.outline) continue;
    const project = presentProject(row, today, policy);
    placed.push({
      id: row.id,
      name: row.name,
      stage: project.stage,
      colour: project.colour,
      park: { id: park.id, name: park.name },
      contractAmount: row.contract_amount,
      point: placeInside(park.outline, row.id),
    });
  }
  return {
    parks: {
      type: 'FeatureCollection',
      features: [...outlines.values()].map((park) => ({
        type: 'Feature',
        properties: { id: park.id, name: park.name, code: park.code },
        geometry: park.outline!,
      })),
    },
    projects: placed,
    unplaced: rows.length - placed.length,
  };
}
