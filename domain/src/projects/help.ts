import type { Role } from '../platform/roles.js';
import type { helpStatuses } from './constants.js';

export type HelpStatus = (typeof helpStatuses)[number];

/** A report that names a department asks it for help; the request stays open until that department answers. */
export function helpStatus(report: {
  helpDepartmentId: string | null;
  answeredAt: string | Date | null;
}): HelpStatus | null {
  if (!report.helpDepartmentId) return null;
  return report.answeredAt ? 'answered' : 'open';
}

/**
 * Who may answer a help request: the officers of the department asked (its head among them) and
 * the zone's leaders, who may answer for any department. The project's own team asked; it does
 * not answer itself.
 */
export function mayAnswerHelp(
  reader: { role: Role; departmentId: string | null },
  helpDepartmentId: string,
): boolean {
  if (reader.role === 'leader') return true;
  return reader.role === 'officer' && reader.departmentId === helpDepartmentId;
}
