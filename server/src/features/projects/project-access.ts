import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import type { Actor } from '../../platform/request-context.js';
import { findProjectRow, isHelpDepartment, type ProjectRow } from './projects.repository.js';

/** On the project's team (五个一 section chief or liaison, or its commissioner). */
export function isOnTeam(actor: Actor, row: ProjectRow): boolean {
  return [row.section_chief_id, row.liaison_id, row.commissioner_id].includes(actor.userId);
}

/** The department that runs the project and its team update it; leaders only read. */
export function mayEdit(actor: Actor, row: ProjectRow): boolean {
  if (actor.role !== 'officer') return false;
  return isOnTeam(actor, row) || (actor.departmentId !== null && row.department_id === actor.departmentId);
}

/**
 * The projects a reader sees: leaders the zone's; an officer those of its department, of its team
 * and those where its department was asked for help; an enterprise user its own as investor.
 */
export function visibleProjects(actor: Actor): SQL {
  const zone = sql`p.zone_id = ${actor.zoneId}`;
  if (actor.role === 'leader') return zone;
  if (actor.role === 'enterprise') return sql`${zone} and p.investor_enterprise_id = ${actor.enterpriseId}`;
  const me = actor.userId;
  const department = actor.departmentId
    ? sql` or p.department_id = ${actor.departmentId}
           or exists (select 1 from project_reports r where r.project_id = p.id and r.help_department_id = ${actor.departmentId})`
    : sql``;
  return sql`${zone} and (p.section_chief_id = ${me} or p.liaison_id = ${me} or p.commissioner_id = ${me}${department})`;
}

/** Another zone's project, or one the reader has no part in, answers 404 like a missing one. */
export async function loadVisibleProject(db: DbOrTx, actor: Actor, id: string): Promise<ProjectRow> {
  const row = await findProjectRow(db, actor.zoneId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const visible =
    actor.role === 'leader' ||
    (actor.role === 'enterprise' && row.investor_enterprise_id === actor.enterpriseId) ||
    (actor.role === 'officer' &&
      (mayEdit(actor, row) ||
        (actor.departmentId !== null && (await isHelpDepartment(db, id, actor.departmentId)))));
  if (!visible) throw new AppError('NOT_FOUND');
  return row;
}
