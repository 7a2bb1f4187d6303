import { sql } from 'drizzle-orm';
import {
  projectColour,
  projectColours,
  todayInChina,
  type ParkOutline,
  type ProjectMap,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { visibleProjects } from './project-access.js';
import { statusPolicyOf } from './projects.service.js';

/** The biggest map drawn at once; a zone has hundreds of live projects, not tens of thousands. */
const mapLimit = 5000;

/**
 * "挂图作战": the sub-parks' outlines and every visible project in a park with an outline, coloured
 * by status, as parallel arrays (id, park, colour) — a few dozen bytes a project. Where a project
 * sits inside its park follows from its id alone, so the web places it; names and figures are
 * fetched for the project clicked.
 */
export async function projectMap(db: Db, context: RequestContext): Promise<ProjectMap> {
  const actor = requireActor(context);
  authorize(actor, 'investment.read');
  // The colour follows from the earliest open milestone's date alone; the index on
  // (zone, next_open_on, id, park) gives a leader's most urgent projects in order without the table.
  const [parks, policy, projects] = await Promise.all([
    db.execute<{ id: string; name: string; code: string; outline: ParkOutline | null }>(
      sql`select id, name, code, outline from parks where zone_id = ${actor.zoneId} order by code`,
    ),
    statusPolicyOf(db, actor.zoneId),
    db.execute<{ id: string; park_id: string | null; next_open_on: string | null }>(
      sql`select p.id, p.park_id, p.next_open_on::text as next_open_on
          from projects p where ${visibleProjects(actor)}
          order by p.next_open_on asc nulls last, p.id limit ${mapLimit}`,
    ),
  ]);
  const outlined = parks.rows.filter((park) => park.outline?.type === 'Polygon');
  const parkIndex = new Map(outlined.map((park, index) => [park.id, index]));
  const today = todayInChina();
  // Thousands of projects share a few hundred dates: the rule runs once a date.
  const colours = new Map<string | null, number>();
  const colourOf = (nextOpenOn: string | null) => {
    let colour = colours.get(nextOpenOn);
    if (colour === undefined) {
      const next = nextOpenOn ? [{ plannedOn: nextOpenOn, actualOn: null }] : [];
      colour = projectColours.indexOf(projectColour(next, today, policy).colour);
      colours.set(nextOpenOn, colour);
    }
    return colour;
  };
  const placed: ProjectMap['projects'] = { ids: [], park: [], colour: [] };
  for (const row of projects.rows) {
    const index = row.park_id ? parkIndex.get(row.park_id) : undefined;
    if (index === undefined) continue;
    placed.ids.push(row.id);
    placed.park.push(index);
    placed.colour.push(colourOf(row.next_open_on));
  }
  return {
    parks: {
      type: 'FeatureCollection',
      features: outlined.map((park) => ({
        type: 'Feature',
        properties: { id: park.id, name: park.name, code: park.code },
        geometry: park.outline!,
      })),
    },
    colours: [...projectColours],
    projects: placed,
    unplaced: projects.rows.length - placed.ids.length,
  };
}
