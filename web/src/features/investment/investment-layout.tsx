import { can, type Action } from '@gaoxin/domain';
import { Tabs } from 'antd';
import { useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { useCurrentUser } from '../../app/session/session';
import './investment.css';

interface Section {
  path: string;
  label: MessageKey;
  testId: string;
  /** Shown only to roles that may perform it. */
  action?: Action;
}

const leadSections: Section[] = [
  { path: '/investment', label: 'investment.nav.leads', testId: 'investment-nav-leads' },
  { path: '/investment/funnel', label: 'investment.nav.funnel', testId: 'investment-nav-funnel' },
  {
    path: '/investment/settings',
    label: 'investment.nav.settings',
    testId: 'investment-nav-settings',
    action: 'investment.manage',
  },
];

const projectSections: Section[] = [
  { path: '/projects', label: 'projects.nav.list', testId: 'project-list-tab' },
  { path: '/projects/supervision', label: 'projects.nav.supervision', testId: 'project-supervision-tab' },
  { path: '/projects/overview', label: 'projects.nav.overview', testId: 'project-overview-tab' },
  { path: '/projects/map', label: 'projects.nav.map', testId: 'project-map-tab' },
  {
    path: '/projects/settings',
    label: 'investment.nav.settings',
    testId: 'project-settings-tab',
    action: 'investment.manage',
  },
];

/** The tab an address belongs to; a detail or a form belongs to none (the module's root matches only itself). */
function matchingSection(sections: Section[], root: string, pathname: string): string | undefined {
  return sections.find(
    (section) =>
      pathname === section.path || (section.path !== root && pathname.startsWith(`${section.path}/`)),
  )?.path;
}

function ModuleFrame({ sections, root, title }: { sections: Section[]; root: string; title: MessageKey }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const visible = sections.filter((section) => !section.action || can(user.role, section.action));
  // A detail or a form keeps the tab of the list it was opened from.
  const lastList = useRef<string>(undefined);
  const matched = matchingSection(visible, root, pathname);
  if (matched) lastList.current = matched;
  return (
    <>
      <nav className="gx-investment-nav" aria-label={t(title)}>
        <Tabs
          activeKey={matched ?? lastList.current ?? root}
          items={visible.map((section) => ({
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

/** The frame of 招商引资: 招商线索, 招商漏斗 and (for officers) 设置. */
export function InvestmentLayout() {
  return <ModuleFrame sections={leadSections} root="/investment" title="module.investment.title" />;
}

/** The frame of 项目促建: 项目清单, 督办清单, 项目指标, 挂图作战 and (for officers) 设置. */
export function ProjectsLayout() {
  return <ModuleFrame sections={projectSections} root="/projects" title="module.projects.title" />;
}
