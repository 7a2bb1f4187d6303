import type { Action, Role } from '@gaoxin/domain';
import { can } from '@gaoxin/domain';

/**
 * What the route walk (server/src/platform/route-walk.test.ts) holds every route to: the capability
 * each one needs, the few 2xx an enterprise user may get, the body fields a service ignores.
 */
/** Who may reach a route at all: public, any signed-in user, or the roles of any of these actions. */
export type Access = 'public' | 'signedIn' | Action[] | { anyOf: Action[]; notFor: Role[] };

/** The zone's staff only: an enterprise reads its own record, not the registry's files and visits. */
const staff = (action: Action): Access => ({ anyOf: [action], notFor: ['enterprise'] });

/**
 * Each route's capability, as domain/src/platform/roles.ts names it. A route missing here fails the
 * first test below by name: add it with the action its service authorizes.
 */
export const routeAccess: Record<string, Access> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'signedIn',
  'POST /api/auth/logout': 'signedIn',
  'POST /api/auth/password': 'signedIn',
  'GET /api/users': ['user.manage'],
  'POST /api/users': ['user.manage'],
  'GET /api/users/{id}': ['user.manage'],
  'PATCH /api/users/{id}': ['user.manage'],
  'GET /api/audit': ['audit.read'],
  'GET /api/parks': ['zone.read'],
  'GET /api/departments': ['zone.read'],
  // 系统设置: the zone, its departments and sub-parks (the administrator's).
  'GET /api/zone': ['zone.manage'],
  'PATCH /api/zone': ['zone.manage'],
  'GET /api/zone/setup-status': ['zone.manage'],
  'GET /api/zone/departments': ['zone.manage'],
  'POST /api/zone/departments': ['zone.manage'],
  'PATCH /api/zone/departments/{id}': ['zone.manage'],
  'GET /api/zone/departments/{id}/officers': ['zone.manage'],
  'POST /api/zone/departments/{id}/retire': ['zone.manage'],
  'POST /api/zone/departments/{id}/restore': ['zone.manage'],
  'GET /api/zone/parks': ['zone.manage'],
  'POST /api/zone/parks': ['zone.manage'],
  'PATCH /api/zone/parks/{id}': ['zone.manage'],
  'POST /api/zone/parks/{id}/retire': ['zone.manage'],
  'POST /api/zone/parks/{id}/restore': ['zone.manage'],
  // Each role its own page; admin, auditor and alliance get their role and no business data.
  'GET /api/home': 'signedIn',
  'GET /api/enterprises/template.xlsx': staff('enterprise.read'),
  'GET /api/enterprises/export.xlsx': staff('enterprise.read'),
  'POST /api/enterprises/import': ['enterprise.write'],
  'GET /api/enterprises': ['enterprise.read'],
  // Import jobs: starting one needs its kind's capability; a job is then its starter's alone.
  'POST /api/import-jobs/enterprises': ['enterprise.write'],
  'GET /api/import-jobs': 'signedIn',
  'GET /api/import-jobs/{id}': 'signedIn',
  'POST /api/import-jobs/{id}/cancel': 'signedIn',
  'POST /api/enterprises': ['enterprise.write'],
  'GET /api/enterprises/{id}': ['enterprise.read'],
  'PATCH /api/enterprises/{id}': ['enterprise.write', 'enterprise.editOwn'],
  'POST /api/enterprises/{id}/qualifications': ['enterprise.write'],
  'PUT /api/enterprises/{id}/qualifications/{childId}': ['enterprise.write'],
  'DELETE /api/enterprises/{id}/qualifications/{childId}': ['enterprise.write'],
  'GET /api/qualifications/expiring': staff('enterprise.read'),
  'GET /api/qualification-types': ['enterprise.read'],
  'POST /api/qualification-types': ['enterprise.write'],
  'POST /api/enterprises/{id}/contacts': ['enterprise.write', 'enterprise.editOwn'],
  'PUT /api/enterprises/{id}/contacts/{childId}': ['enterprise.write', 'enterprise.editOwn'],
  'DELETE /api/enterprises/{id}/contacts/{childId}': ['enterprise.write', 'enterprise.editOwn'],
  'POST /api/enterprises/{id}/contacts/{childId}/reveal': ['enterprise.read'],
  'GET /api/enterprises/{id}/visits': staff('enterprise.read'),
  'POST /api/enterprises/{id}/visits': ['enterprise.write'],
  'GET /api/enterprises/{id}/assignments': staff('enterprise.read'),
  'PUT /api/enterprises/{id}/assignment': ['enterprise.write'],
  'GET /api/assignable-people': staff('enterprise.read'),
  'GET /api/indicators': ['economy.read', 'economy.fileOwn'],
  'POST /api/indicators': ['economy.manage'],
  'PATCH /api/indicators/{id}': ['economy.manage'],
  'GET /api/indicators/overview': ['economy.read'],
  'GET /api/indicators/trend': ['economy.read'],
  'GET /api/indicators/breakdown': ['economy.read'],
  'GET /api/indicators/rankings': ['economy.read'],
  'GET /api/indicators/enterprises': ['economy.read'],
  'GET /api/indicators/enterprise/{id}': ['economy.read', 'economy.fileOwn'],
  'GET /api/indicators/targets': ['economy.read'],
  'PUT /api/indicators/targets': ['economy.manage'],
  'GET /api/indicators/official-rates': ['economy.read'],
  'PUT /api/indicators/official-rates': ['economy.manage'],
  'GET /api/indicators/settings': ['economy.read'],
  'PUT /api/indicators/settings': ['economy.manage'],
  'GET /api/indicators/warning-rules': ['economy.read'],
  'PATCH /api/indicators/warning-rules/{code}': ['economy.manage'],
  'GET /api/indicators/warnings': ['economy.read'],
  'GET /api/indicators/bulletin': ['economy.read'],
  'GET /api/indicators/bulletin.docx': ['economy.read'],
  'GET /api/indicators/returns': ['economy.read', 'economy.fileOwn'],
  'PUT /api/indicators/returns': ['economy.manage', 'economy.fileOwn'],
  'GET /api/indicators/filings': ['economy.read'],
  'GET /api/indicators/template.xlsx': ['economy.manage'],
  'POST /api/indicators/import': ['economy.manage'],
  'GET /api/appeals/categories': ['appeal.read'],
  'POST /api/appeals/categories': ['appeal.configure'],
  'PATCH /api/appeals/categories/{id}': ['appeal.configure'],
  'GET /api/appeals/settings': ['appeal.read'],
  'PUT /api/appeals/settings': ['appeal.configure'],
  'GET /api/appeals/calendar': ['appeal.read'],
  'PUT /api/appeals/calendar': ['appeal.configure'],
  'GET /api/appeals/statistics': ['appeal.statistics'],
  'GET /api/appeals': ['appeal.read'],
  'POST /api/appeals': ['appeal.file'],
  'GET /api/appeals/{id}': ['appeal.read'],
  // Which step, if any, is decided per appeal by how the reader stands to it.
  'POST /api/appeals/{id}/transitions': ['appeal.read'],
  'POST /api/appeals/{id}/attachments': ['appeal.read'],
  'GET /api/appeals/{id}/attachments/{attachmentId}': ['appeal.read'],
  'GET /api/inbox': ['inbox.read'],
  'POST /api/inbox/{id}/read': ['inbox.read'],
  'POST /api/inbox/read-all': ['inbox.read'],
  'GET /api/leads': ['investment.read'],
  'POST /api/leads': ['investment.manage'],
  'GET /api/leads/duplicates': ['investment.read'],
  'GET /api/leads/{id}': ['investment.read'],
  'PATCH /api/leads/{id}': ['investment.manage'],
  'POST /api/leads/{id}/status': ['investment.manage'],
  'POST /api/leads/{id}/follow-ups': ['investment.manage'],
  'GET /api/projects/settings': ['investment.read'],
  'PUT /api/projects/settings': ['investment.manage'],
  'GET /api/projects': ['investment.read', 'project.readOwn'],
  'POST /api/projects': ['investment.manage'],
  'GET /api/projects/export.xlsx': ['investment.read'],
  'GET /api/projects/map': ['investment.read'],
  'GET /api/projects/kpi': ['investment.read'],
  'GET /api/projects/funnel': ['investment.read'],
  'GET /api/projects/{id}': ['investment.read', 'project.readOwn'],
  'PATCH /api/projects/{id}': ['investment.manage'],
  'POST /api/projects/{id}/stage': ['investment.manage'],
  'POST /api/projects/{id}/funds': ['investment.manage'],
  'POST /api/projects/{id}/milestones': ['investment.manage'],
  'PUT /api/projects/{id}/milestones/{milestoneId}': ['investment.manage'],
  'POST /api/projects/{id}/reports': ['investment.manage'],
  // The asked department answers; which officer, the service decides.
  'POST /api/projects/{id}/reports/{reportId}/help-answer': ['investment.read'],
};

/**
 * The 2xx an enterprise user may get in the walk, each for its reason. None of them takes another
 * record's id in its path, and every answer is also searched for the other records' ids and names.
 */
export const enterpriseMayGet: Record<string, string> = {
  'GET /api/health': 'public, no business data',
  'GET /api/auth/me': 'its own account',
  'POST /api/auth/logout': 'ends its own session (walked with a spare one)',
  'GET /api/parks': 'the zone’s sub-parks, which its own record names',
  'GET /api/departments': 'the zone’s departments, which its appeals are dispatched to',
  'GET /api/enterprises': 'the registry list, which holds its own enterprise only',
  'GET /api/qualification-types': 'the names of the qualification types of its own record',
  'GET /api/indicators': 'the catalogue its own returns form is built from',
  'GET /api/appeals/categories': 'the categories it files its appeals under',
  'GET /api/appeals': 'its own appeals',
  'GET /api/inbox': 'its own messages',
  'POST /api/inbox/read-all': 'marks its own messages read',
  'GET /api/projects': 'the projects it invests in (我的项目)',
  'GET /api/home': 'its own home page: its returns due, its appeals, its projects',
  'GET /api/import-jobs': 'its own import jobs (none: it may start none)',
};

/**
 * Body fields a service ignores, so another's id in them is accepted and goes nowhere (the answer,
 * checked for it, shows that). Each with its reason.
 */
export const ignoredFields: Record<string, string> = {
  'PATCH /api/users/{id} enterpriseId':
    'only an enterprise user is bound to an enterprise; for others it is null',
};

/** Whether a role may use a route at all (record scoping comes on top, in the services). */
export function mayReach(role: Role, access: Access | undefined): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  if (!access) return false;
  if (Array.isArray(access)) return access.some((action) => can(role, action));
  return !access.notFor.includes(role) && access.anyOf.some((action) => can(role, action));
}
