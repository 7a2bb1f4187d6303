import { can } from '@gaoxin/domain';
import { Tabs } from 'antd';
import { useRef } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { useCurrentUser } from '../../app/session/session';
import type { CurrentUser } from '../../api/contract';
import { AppealListPage } from './appeal-list-page';
import { getSettings } from './appeals-api';
import './appeals.css';

interface Section {
  path: string;
  label: MessageKey;
  testId: string;
}

/** Whether the user works at the dispatch desk (or no desk is set and any handler may dispatch). */
function useIsDispatcher(user: CurrentUser): boolean {
  const mayConfigure = can(user.role, 'appeal.configure');
  const settings = useApiQuery(
    (signal) => (mayConfigure ? getSettings(signal) : Promise.resolve(undefined)),
    [mayConfigure],
  );
  if (!can(user.role, 'appeal.handle')) return false;
  // Without the settings (not readable, or not answering) the board stays visible; the API decides.
  if (!settings.data) return true;
  const desk = settings.data.dispatchDepartment;
  return desk === null || desk.id === user.department?.id;
}

function sectionsFor(user: CurrentUser, isDispatcher: boolean): Section[] {
  if (user.role === 'enterprise')
    return [
      { path: '/appeals', label: 'appeals.nav.own', testId: 'appeals-nav-own' },
      { path: '/appeals/mine', label: 'appeals.nav.ownTodo', testId: 'appeals-nav-mine' },
    ];
  const sections: Section[] = [];
  if (can(user.role, 'appeal.handle'))
    sections.push({ path: '/appeals/mine', label: 'appeals.nav.mine', testId: 'appeals-nav-mine' });
  else sections.push({ path: '/appeals/mine', label: 'appeals.nav.escalated', testId: 'appeals-nav-mine' });
  if (isDispatcher)
    sections.push({
      path: '/appeals/dispatch',
      label: 'appeals.nav.dispatch',
      testId: 'appeals-nav-dispatch',
    });
  sections.push({ path: '/appeals/all', label: 'appeals.nav.all', testId: 'appeals-nav-all' });
  if (can(user.role, 'appeal.statistics'))
    sections.push({
      path: '/appeals/statistics',
      label: 'appeals.nav.statistics',
      testId: 'appeals-nav-statistics',
    });
  if (can(user.role, 'appeal.configure'))
    sections.push({
      path: '/appeals/settings',
      label: 'appeals.nav.settings',
      testId: 'appeals-nav-settings',
    });
  return sections;
}

/** The section an address belongs to, if any (a detail or the filing form belongs to none). */
function matchingSection(sections: Section[], pathname: string): string | undefined {
  return sections.find(
    (section) =>
      pathname === section.path || (section.path !== '/appeals' && pathname.startsWith(`${section.path}/`)),
  )?.path;
}

/**
 * The frame of 企业诉求: tabs by permission — 我的待办, 派单台, 全部诉求, 统计分析, 设置 for officers;
 * 超时督办 (what reached the leader), 全部诉求 and 统计分析 for leaders; 我的诉求 and 待我处理 (to supply
 * or to rate) for enterprise users.
 */
export function AppealsLayout() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const isDispatcher = useIsDispatcher(user);
  const sections = sectionsFor(user, isDispatcher);
  // A detail or the form keeps the tab of the list it was opened from (a tab is always marked).
  const lastList = useRef<string>(undefined);
  const matched = matchingSection(sections, pathname);
  if (matched) lastList.current = matched;
  const active = matched ?? lastList.current ?? (user.role === 'enterprise' ? '/appeals' : '/appeals/all');
  return (
    <>
      <nav className="gx-appeals-nav" aria-label={t('module.appeals.title')}>
        <Tabs
          activeKey={active}
          items={sections.map((section) => ({
            key: section.path,
            label: (
              <Link to={section.path} data-testid={section.testId}>
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

/** `/appeals`: officers start at 我的待办, leaders at 全部诉求, enterprise users at their own list. */
export function AppealsIndex() {
  const user = useCurrentUser();
  if (user.role === 'enterprise') return <AppealListPage scope="all" />;
  if (can(user.role, 'appeal.handle')) return <Navigate to="/appeals/mine" replace />;
  return <Navigate to="/appeals/all" replace />;
}
