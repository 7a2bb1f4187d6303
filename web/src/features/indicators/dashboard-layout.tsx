import { can } from '@gaoxin/domain';
import { Tabs } from 'antd';
import { lazy } from 'react';
import { Link, Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { useCurrentUser } from '../../app/session/session';
import './indicators.css';

const DashboardPage = lazy(() => import('./dashboard-page').then((m) => ({ default: m.DashboardPage })));

interface Section {
  path: string;
  label: MessageKey;
  /** Whether the section understands `?period=` (carried over when switching, so views agree). */
  keepsPeriod: boolean;
}

const sections: Section[] = [
  { path: '/indicators', label: 'economy.dashboard.nav.dashboard', keepsPeriod: true },
  { path: '/indicators/filings', label: 'economy.dashboard.nav.filings', keepsPeriod: false },
  { path: '/indicators/warnings', label: 'economy.dashboard.nav.warnings', keepsPeriod: true },
  { path: '/indicators/bulletin', label: 'economy.dashboard.nav.bulletin', keepsPeriod: true },
];
const settings: Section = {
  path: '/indicators/settings',
  label: 'economy.dashboard.nav.settings',
  keepsPeriod: false,
};

/** The section an address belongs to: a return opened from the filing board counts as 报送情况. */
function activeSection(pathname: string): string {
  if (pathname.startsWith('/indicators/returns/')) return '/indicators/filings';
  const match = [...sections, settings]
    .filter((section) => pathname === section.path || pathname.startsWith(`${section.path}/`))
    .sort((left, right) => right.path.length - left.path.length)[0];
  return match?.path ?? '/indicators';
}

/**
 * The frame of 经济运行: for leaders and officers a row of tabs across 监测看板 / 报送情况 / 预警 /
 * 简报 (and 设置 for officers); enterprise users only ever see their own returns, without tabs.
 */
export function IndicatorsLayout() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  if (!can(user.role, 'economy.read')) return <Outlet />;

  const period = params.get('period');
  const visible = can(user.role, 'economy.manage') ? [...sections, settings] : sections;
  const active = activeSection(pathname);
  const target = (section: Section) =>
    section.keepsPeriod && period ? `${section.path}?period=${encodeURIComponent(period)}` : section.path;
  return (
    <>
      <nav className="gx-economy-nav" aria-label={t('module.indicators.title')}>
        <Tabs
          activeKey={active}
          items={visible.map((section) => ({
            key: section.path,
            label: (
              <Link
                to={target(section)}
                data-testid={`economy-nav-${section.path.split('/')[2] ?? 'dashboard'}`}
              >
                {t(section.label)}
              </Link>
            ),
          }))}
        />
      </nav>
      <Outlet />
    </>
  );
}

/** `/indicators`: the dashboard for those who read the zone's figures; enterprise users go to their returns. */
export function IndicatorsIndex() {
  const user = useCurrentUser();
  if (can(user.role, 'economy.read')) return <DashboardPage />;
  if (can(user.role, 'economy.fileOwn')) return <Navigate to="/indicators/my-returns" replace />;
  return <ForbiddenPage />;
}
