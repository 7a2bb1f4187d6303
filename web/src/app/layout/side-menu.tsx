import {
  AuditOutlined,
  HomeOutlined,
  ProjectOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { CurrentUser } from '../../api/contract';
import { useI18n, type I18n } from '../i18n/i18n';
import { modulesFor } from '../modules';

type MenuItem = Required<MenuProps>['items'][number];

interface NavigationEntry {
  path: string;
  item: MenuItem;
}

function buildEntries(
  user: CurrentUser,
  t: I18n['t'],
): { business: NavigationEntry[]; system: NavigationEntry[] } {
  const entry = (path: string, label: ReactNode, icon: ReactNode): NavigationEntry => ({
    path,
    item: { key: path, label, icon },
  });
  const business: NavigationEntry[] = [entry('/', t('nav.home'), <HomeOutlined />)];
  if (user.role === 'enterprise' && user.enterpriseId) {
    business.push(entry(`/enterprises/${user.enterpriseId}`, t('nav.myEnterprise'), <ShopOutlined />));
  }
  // 我的项目: the projects the enterprise invests in (the 项目促建 module itself is the zone staff's).
  if (can(user.role, 'project.readOwn')) {
    business.push(entry('/my-projects', t('projects.mine.title'), <ProjectOutlined />));
  }
  for (const module of modulesFor(user.role)) {
    const Icon = module.icon;
    const label = module.isBuilt ? (
      t(module.title)
    ) : (
      <span className="gx-menu-label">
        {t(module.title)}
        <span className="gx-menu-badge">{t('nav.building')}</span>
      </span>
    );
    business.push(entry(module.path, label, <Icon />));
  }
  const system: NavigationEntry[] = [];
  if (can(user.role, 'user.manage')) system.push(entry('/admin/users', t('nav.users'), <TeamOutlined />));
  if (can(user.role, 'zone.manage'))
    system.push(entry('/admin/zone', t('zoneSettings.nav'), <SettingOutlined />));
  if (can(user.role, 'audit.read')) system.push(entry('/audit', t('nav.audit'), <AuditOutlined />));
  return { business, system };
}

/** The key of the entry whose path is the longest prefix of the current address. */
function selectedKey(entries: NavigationEntry[], pathname: string): string {
  let best = '';
  for (const { path } of entries) {
    const matches = path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
    if (matches && path.length > best.length) best = path;
  }
  return best;
}

/** The sider menu: home, the modules the role may use, then system administration. */
export function SideMenu({ user, collapsed }: { user: CurrentUser; collapsed: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { business, system } = buildEntries(user, t);
  const items: MenuItem[] = [...business.map((entry) => entry.item)];
  if (system.length > 0) {
    items.push(
      collapsed
        ? { type: 'divider' }
        : {
            type: 'group',
            key: 'system',
            label: t('nav.system'),
            children: system.map((entry) => entry.item),
          },
    );
    if (collapsed) items.push(...system.map((entry) => entry.item));
  }
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[selectedKey([...business, ...system], pathname)].filter(Boolean)}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
