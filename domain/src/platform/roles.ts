/** Roles a user can hold; see docs/GLOSSARY.md for the Chinese names. */
export const roles = ['leader', 'officer', 'enterprise', 'admin', 'auditor', 'alliance'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  leader: { zh: '管委会领导', en: 'Zone leader' },
  officer: { zh: '部门工作人员', en: 'Department officer' },
  enterprise: { zh: '企业用户', en: 'Enterprise user' },
  admin: { zh: '系统管理员', en: 'System administrator' },
  auditor: { zh: '安全审计员', en: 'Security auditor' },
  alliance: { zh: '联盟观察员', en: 'Alliance viewer' },
};

/**
 * Everything a user may be allowed to do. Each action names a capability, not a screen,
 * so the server enforces it and the web hides what the user cannot use from the same table.
 */
export const actions = [
  'user.manage',
  'audit.read',
  'enterprise.read',
  'enterprise.write',
  'enterprise.editOwn',
  'zone.read',
  'zone.manage',
  'economy.read',
  'economy.manage',
  'economy.fileOwn',
  'appeal.read',
  'appeal.file',
  'appeal.handle',
  'appeal.configure',
  'appeal.statistics',
  'inbox.read',
  'investment.read',
  'investment.manage',
  'project.readOwn',
] as const;
export type Action = (typeof actions)[number];

/**
 * The one place that decides who may do what (三权分立: admin manages users but touches no
 * business data; auditor reads the audit log and nothing else).
 */
const policy: Record<Action, readonly Role[]> = {
  'user.manage': ['admin'],
  'audit.read': ['auditor'],
  'enterprise.read': ['leader', 'officer', 'enterprise'],
  'enterprise.write': ['officer'],
  /** An enterprise user keeps its own address and contacts current. */
  'enterprise.editOwn': ['enterprise'],
  'zone.read': ['leader', 'officer', 'enterprise', 'admin', 'alliance'],
  /** 系统设置: the zone itself, its departments and sub-parks, the reporting calendar. */
  'zone.manage': ['admin'],
  /** The zone's monthly figures, dashboards, warnings and bulletin. */
  'economy.read': ['leader', 'officer'],
  /** Import returns, enter them for an enterprise, set targets, official rates, rules and the catalogue. */
  'economy.manage': ['officer'],
  /** An enterprise user files and reads its own monthly returns. */
  'economy.fileOwn': ['enterprise'],
  /** Appeals the reader is a party to (own enterprise, department, liaison); leaders see the zone's. */
  'appeal.read': ['leader', 'officer', 'enterprise'],
  /** An enterprise files its own; an officer or liaison files on an enterprise's behalf. */
  'appeal.file': ['officer', 'enterprise'],
  /** Dispatch, accept, resolve … — which step, decided per appeal by the service. */
  'appeal.handle': ['officer'],
  'appeal.configure': ['officer'],
  'appeal.statistics': ['leader', 'officer'],
  'inbox.read': ['leader', 'officer', 'enterprise'],
  /** 招商线索 and projects: leaders read the zone's, officers their own and their department's. */
  'investment.read': ['leader', 'officer'],
  /** Register and work leads (the owner), configure the module's thresholds. */
  'investment.manage': ['officer'],
  /** 我的项目: an enterprise user reads, without internal notes, the projects where it is the investor. */
  'project.readOwn': ['enterprise'],
};

/** Whether a role may perform an action at all; record-level scoping is applied on top by the services. */
export function can(role: Role, action: Action): boolean {
  return policy[action].includes(role);
}

/** The actions a role may perform, for the web to build its menu. */
export function permittedActions(role: Role): Action[] {
  return actions.filter((action) => can(role, action));
}
