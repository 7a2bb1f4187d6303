import { sql } from 'drizzle-orm';
import {
  placeInside,
  projectColour,
  todayInChina,
  type ParkOutline,
  type ProjectMap,
  type ProjectStage,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { visibleProjects } from './project-access.js';
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
  // Only what the map draws: the colour follows from the earliest open milestone's date alone.
  const { rows } = await db.execute<{
    id: string;
    name: string;
    stage: string;
    park_id: string | null;
    contract_amount: string;
    next_open_on: string | null;
  }>(sql`select p.id, p.name, p.stage, p.park_id, p.contract_amount::text as contract_amount,
           p.next_open_on::text as next_open_on
         from projects p where ${visibleProjects(actor)}
         order by p.next_open_on asc nulls last, p.id limit ${mapLimit}`);
  const today = todayInChina();
  const placed: ProjectMap['projects'] = [];
  for (const row of rows) {
    const park = row.park_id ? outlines.get(row.park_id) : undefined;
    if (!park?.outline) continue;
    const next = row.next_open_on ? [{ plannedOn: row.next_open_on, actualOn: null }] : [];
    placed.push({
      id: row.id,
      name: row.name,
      stage: row.stage as ProjectStage,
      colour: projectColour(next, today, policy).colour,
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
