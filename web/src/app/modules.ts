import {
  AccountBookOutlined,
  ApartmentOutlined,
  BankOutlined,
  ClusterOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  LineChartOutlined,
  ProjectOutlined,
} from '@ant-design/icons';
import { can, type Action, type Role } from '@gaoxin/domain';
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/translate';

export type ModuleKey =
  | 'enterprises'
  | 'indicators'
  | 'investment'
  | 'projects'
  | 'appeals'
  | 'chains'
  | 'innovation'
  | 'policies'
  | 'land'
  | 'cockpit'
  | 'alliance'
  | 'reports';

/** A business module of PRODUCT.md, as the menu and the router know it. */
export interface ModuleDefinition {
  key: ModuleKey;
  path: string;
  title: MessageKey;
  /** One sentence saying what the module does (shown while it is being built). */
  description: MessageKey;
  icon: ComponentType;
  /** Roles that will work with the module. */
  audience: readonly Role[];
  /** False while the module only has its "being built" page. */
  isBuilt: boolean;
}

const zoneStaff: readonly Role[] = ['leader', 'officer'];
const zoneStaffAndEnterprises: readonly Role[] = ['leader', 'officer', 'enterprise'];

/**
 * The modules in the order users meet them (PRODUCT.md). Until each module has its own actions in
 * @gaoxin/domain, the audience here follows the roles table of PRODUCT.md; business modules also
 * require `enterprise.read` or, for the alliance, `zone.read`; 经济运行 requires `economy.read` or
 * `economy.fileOwn`; 企业诉求 requires `appeal.read`; 招商引资 and 项目促建 require `investment.read`.
 */
const moduleSpecs: readonly Omit<ModuleDefinition, 'title' | 'description'>[] = [
  { key: 'enterprises', path: '/enterprises', icon: BankOutlined, audience: zoneStaff, isBuilt: true },
  {
    key: 'indicators',
    path: '/indicators',
    icon: LineChartOutlined,
    audience: zoneStaffAndEnterprises,
    isBuilt: true,
  },
  {
    key: 'investment',
    path: '/investment',
    icon: FundProjectionScreenOutlined,
    audience: zoneStaff,
    isBuilt: true,
  },
  { key: 'projects', path: '/projects', icon: ProjectOutlined, audience: zoneStaff, isBuilt: true },
  {
    key: 'appeals',
    path: '/appeals',
    icon: CustomerServiceOutlined,
    audience: zoneStaffAndEnterprises,
    isBuilt: true,
  },
  { key: 'chains', path: '/chains', icon: ApartmentOutlined, audience: zoneStaff, isBuilt: false },
  { key: 'innovation', path: '/innovation', icon: ExperimentOutlined, audience: zoneStaff, isBuilt: false },
  {
    key: 'policies',
    path: '/policies',
    icon: AccountBookOutlined,
    audience: zoneStaffAndEnterprises,
    isBuilt: false,
  },
  { key: 'land', path: '/land', icon: EnvironmentOutlined, audience: zoneStaff, isBuilt: false },
  { key: 'cockpit', path: '/cockpit', icon: DashboardOutlined, audience: ['leader'], isBuilt: false },
  {
    key: 'alliance',
    path: '/alliance',
    icon: ClusterOutlined,
    audience: ['leader', 'alliance'],
    isBuilt: false,
  },
  { key: 'reports', path: '/reports', icon: FileTextOutlined, audience: zoneStaff, isBuilt: false },
];

export const modules: readonly ModuleDefinition[] = moduleSpecs.map((module) => ({
  ...module,
  title: `module.${module.key}.title`,
  description: `module.${module.key}.description`,
}));

/** The actions of which a role needs one to open a module. */
function entryActions(key: ModuleKey): readonly Action[] {
  if (key === 'alliance') return ['zone.read'];
  // 经济运行: leaders and officers read the zone's figures, enterprise users file their own.
  if (key === 'indicators') return ['economy.read', 'economy.fileOwn'];
  // 企业诉求: whoever reads appeals (leaders, officers, enterprise users for their own).
  if (key === 'appeals') return ['appeal.read'];
  // 招商引资 and 项目促建: leaders read the zone's, officers their own and their department's.
  if (key === 'investment' || key === 'projects') return ['investment.read'];
  return ['enterprise.read'];
}

/** Whether a role may open a module. */
export function canUseModule(role: Role, module: ModuleDefinition): boolean {
  return entryActions(module.key).some((action) => can(role, action)) && module.audience.includes(role);
}

/** The modules a role sees in its menu, in product order. */
export function modulesFor(role: Role): ModuleDefinition[] {
  return modules.filter((module) => canUseModule(role, module));
}
