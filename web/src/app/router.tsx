import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { lazyPage } from './lazy-page';
import { modules } from './modules';
import { PageLoading } from './pages/page-loading';
import { RequireAction, RequireAnyAction, RequireSignedIn } from './session/guards';

// One chunk per page, so the first load carries only the shell. The signed-in frame (menu, inbox)
// is a chunk of its own too: the sign-in page does not need it.
const MainLayout = lazyPage(['appeals', 'investment', 'zoneSettings'], () =>
  import('./layout/main-layout').then((m) => m.MainLayout),
);
const ModuleRoute = lazyPage([], () => import('./module-route').then((m) => m.ModuleRoute));
const NotFoundPage = lazyPage([], () => import('./pages/not-found-page').then((m) => m.NotFoundPage));
const ForbiddenPage = lazyPage([], () => import('./pages/forbidden-page').then((m) => m.ForbiddenPage));
const LoginPage = lazyPage([], () => import('../features/auth/login-page').then((m) => m.LoginPage));
const AntAppFrame = lazyPage([], () => import('./layout/ant-app-frame').then((m) => m.AntAppFrame));
const AntAppOutlet = lazyPage([], () => import('./layout/ant-app-frame').then((m) => m.AntAppOutlet));
const ChangePasswordPage = lazyPage([], () =>
  import('../features/auth/change-password-page').then((m) => m.ChangePasswordPage),
);
const HomePage = lazyPage(['home', 'investment', 'appeals', 'zoneSettings'], () =>
  import('../features/home/home-page').then((m) => m.HomePage),
);
const EnterpriseListPage = lazyPage(['enterprises'], () =>
  import('../features/enterprises/enterprise-list-page').then((m) => m.EnterpriseListPage),
);
const EnterpriseDetailPage = lazyPage(['appeals', 'economy', 'audit', 'enterprises'], () =>
  import('../features/enterprises/enterprise-detail-page').then((m) => m.EnterpriseDetailPage),
);
const ExpiringQualificationsPage = lazyPage(['enterprises'], () =>
  import('../features/enterprises/expiring-qualifications-page').then((m) => m.ExpiringQualificationsPage),
);
const UserAdminPage = lazyPage(['users'], () =>
  import('../features/users/user-admin-page').then((m) => m.UserAdminPage),
);
const ZoneSettingsPage = lazyPage(['zoneSettings'], () =>
  import('../features/zone-settings/zone-settings-page').then((m) => m.ZoneSettingsPage),
);
const AuditLogPage = lazyPage(['audit'], () =>
  import('../features/audit/audit-log-page').then((m) => m.AuditLogPage),
);
const IndicatorsLayout = lazyPage(['economy'], () =>
  import('../features/indicators/dashboard-layout').then((m) => m.IndicatorsLayout),
);
const IndicatorsIndex = lazyPage(['economy'], () =>
  import('../features/indicators/dashboard-layout').then((m) => m.IndicatorsIndex),
);
const WarningsPage = lazyPage(['economy'], () =>
  import('../features/indicators/warnings-page').then((m) => m.WarningsPage),
);
const BulletinPage = lazyPage(['economy'], () =>
  import('../features/indicators/bulletin-page').then((m) => m.BulletinPage),
);
const ReturnsPage = lazyPage(['economy', 'enterprises'], () =>
  import('../features/indicators/returns-page').then((m) => m.ReturnsPage),
);
const ReturnFormPage = lazyPage(['economy'], () =>
  import('../features/indicators/return-form-page').then((m) => m.ReturnFormPage),
);
const IndicatorSettingsPage = lazyPage(['economy'], () =>
  import('../features/indicators/indicator-settings-page').then((m) => m.IndicatorSettingsPage),
);

const AppealsLayout = lazyPage(['appeals'], () =>
  import('../features/appeals/appeals-layout').then((m) => m.AppealsLayout),
);
const AppealsIndex = lazyPage(['appeals'], () =>
  import('../features/appeals/appeals-layout').then((m) => m.AppealsIndex),
);
const AppealListPage = lazyPage(['appeals'], () =>
  import('../features/appeals/appeal-list-page').then((m) => m.AppealListPage),
);
const DispatchBoardPage = lazyPage(['appeals'], () =>
  import('../features/appeals/dispatch-board-page').then((m) => m.DispatchBoardPage),
);
const AppealFormPage = lazyPage(['appeals', 'enterprises'], () =>
  import('../features/appeals/appeal-form-page').then((m) => m.AppealFormPage),
);
const AppealDetailPage = lazyPage(['appeals', 'enterprises'], () =>
  import('../features/appeals/appeal-detail-page').then((m) => m.AppealDetailPage),
);
const AppealStatisticsPage = lazyPage(['appeals'], () =>
  import('../features/appeals/appeal-statistics-page').then((m) => m.AppealStatisticsPage),
);
const AppealSettingsPage = lazyPage(['appeals'], () =>
  import('../features/appeals/appeal-settings-page').then((m) => m.AppealSettingsPage),
);

const InvestmentLayout = lazyPage(['investment'], () =>
  import('../features/investment/investment-layout').then((m) => m.InvestmentLayout),
);
const ProjectsLayout = lazyPage(['investment'], () =>
  import('../features/investment/investment-layout').then((m) => m.ProjectsLayout),
);
const LeadListPage = lazyPage(['investment'], () =>
  import('../features/investment/lead-list-page').then((m) => m.LeadListPage),
);
const LeadFormPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/lead-form-page').then((m) => m.LeadFormPage),
);
const LeadDetailPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/lead-detail-page').then((m) => m.LeadDetailPage),
);
const LeadFunnelPage = lazyPage(['investment'], () =>
  import('../features/investment/project-overview-page').then((m) => m.LeadFunnelPage),
);
const ProjectOverviewPage = lazyPage(['investment'], () =>
  import('../features/investment/project-overview-page').then((m) => m.ProjectOverviewPage),
);
const ProjectListPage = lazyPage(['investment'], () =>
  import('../features/investment/project-list-page').then((m) => m.ProjectListPage),
);
const ProjectFormPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/project-form-page').then((m) => m.ProjectFormPage),
);
const ProjectDetailPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/project-detail-page').then((m) => m.ProjectDetailPage),
);
const ProjectMapPage = lazyPage(['investment'], () =>
  import('../features/investment/project-map-page').then((m) => m.ProjectMapPage),
);
const MyProjectsPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/my-projects-page').then((m) => m.MyProjectsPage),
);
const MyProjectDetailPage = lazyPage(['investment', 'enterprises'], () =>
  import('../features/investment/my-projects-page').then((m) => m.MyProjectDetailPage),
);
const ProjectSettingsPage = lazyPage(['investment'], () =>
  import('../features/investment/project-settings-page').then((m) => m.ProjectSettingsPage),
);

/** Pages of the zone's figures: leaders and officers (`economy.read`). */
const readers = (page: ReactNode) => <RequireAction action="economy.read">{page}</RequireAction>;

/** Pages that register or configure leads and projects: officers (`investment.manage`). */
const investmentManagers = (page: ReactNode) => (
  <RequireAction action="investment.manage">{page}</RequireAction>
);

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading fullScreen />}>{children}</Suspense>;
}

/** Every address of the app. Guards decide who may see what; the server enforces the same rules again. */
export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Standalone>
        <LoginPage />
      </Standalone>
    ),
  },
  {
    element: <RequireSignedIn allowPendingPasswordChange />,
    children: [
      {
        path: '/change-password',
        element: (
          <Standalone>
            <AntAppFrame>
              <ChangePasswordPage />
            </AntAppFrame>
          </Standalone>
        ),
      },
    ],
  },
  {
    element: <RequireSignedIn />,
    children: [
      {
        element: (
          <Standalone>
            <MainLayout />
          </Standalone>
        ),
        children: [
          { index: true, element: <HomePage /> },
          {
            // Every other page may use antd's App hooks (messages, confirmations); the home page does not.
            element: <AntAppOutlet />,
            children: [
              {
                path: 'enterprises',
                element: (
                  <RequireAction action="enterprise.read">
                    <Outlet />
                  </RequireAction>
                ),
                children: [
                  { index: true, element: <EnterpriseListPage /> },
                  { path: 'qualifications/expiring', element: <ExpiringQualificationsPage /> },
                  { path: ':enterpriseId', element: <EnterpriseDetailPage /> },
                ],
              },
              {
                // 经济运行: the dashboard side for leaders and officers, the returns side for them and for enterprises.
                path: 'indicators',
                element: (
                  <RequireAnyAction actions={['economy.read', 'economy.fileOwn']}>
                    <IndicatorsLayout />
                  </RequireAnyAction>
                ),
                children: [
                  { index: true, element: <IndicatorsIndex /> },
                  { path: 'warnings', element: readers(<WarningsPage />) },
                  { path: 'bulletin', element: readers(<BulletinPage />) },
                  { path: 'filings', element: readers(<ReturnsPage />) },
                  { path: 'returns/:enterpriseId/:period', element: <ReturnFormPage /> },
                  {
                    path: 'my-returns',
                    element: (
                      <RequireAction action="economy.fileOwn">
                        <ReturnFormPage />
                      </RequireAction>
                    ),
                  },
                  {
                    path: 'settings',
                    element: (
                      <RequireAction action="economy.manage">
                        <IndicatorSettingsPage />
                      </RequireAction>
                    ),
                  },
                ],
              },
              {
                // 企业诉求: lists, dispatch, detail and filing for its readers; statistics and settings by action.
                path: 'appeals',
                element: (
                  <RequireAction action="appeal.read">
                    <AppealsLayout />
                  </RequireAction>
                ),
                children: [
                  { index: true, element: <AppealsIndex /> },
                  { path: 'mine', element: <AppealListPage scope="mine" /> },
                  { path: 'all', element: <AppealListPage scope="all" /> },
                  {
                    path: 'dispatch',
                    element: (
                      <RequireAction action="appeal.handle">
                        <DispatchBoardPage />
                      </RequireAction>
                    ),
                  },
                  {
                    path: 'new',
                    element: (
                      <RequireAction action="appeal.file">
                        <AppealFormPage />
                      </RequireAction>
                    ),
                  },
                  {
                    path: 'statistics',
                    element: (
                      <RequireAction action="appeal.statistics">
                        <AppealStatisticsPage />
                      </RequireAction>
                    ),
                  },
                  {
                    path: 'settings',
                    element: (
                      <RequireAction action="appeal.configure">
                        <AppealSettingsPage />
                      </RequireAction>
                    ),
                  },
                  { path: ':appealId', element: <AppealDetailPage /> },
                ],
              },
              {
                // 招商引资: leads with the 首报首谈 check, the pipeline and the module's thresholds.
                path: 'investment',
                element: (
                  <RequireAction action="investment.read">
                    <InvestmentLayout />
                  </RequireAction>
                ),
                children: [
                  { index: true, element: <LeadListPage /> },
                  { path: 'new', element: investmentManagers(<LeadFormPage />) },
                  { path: 'funnel', element: <LeadFunnelPage /> },
                  { path: 'settings', element: investmentManagers(<ProjectSettingsPage />) },
                  { path: ':leadId', element: <LeadDetailPage /> },
                  { path: ':leadId/edit', element: investmentManagers(<LeadFormPage />) },
                ],
              },
              {
                // 项目促建: the list and its 督办 view, figures, the map, detail and registration.
                path: 'projects',
                element: (
                  <RequireAction action="investment.read">
                    <ProjectsLayout />
                  </RequireAction>
                ),
                children: [
                  { index: true, element: <ProjectListPage scope="all" /> },
                  { path: 'supervision', element: <ProjectListPage scope="supervision" /> },
                  { path: 'overview', element: <ProjectOverviewPage /> },
                  { path: 'map', element: <ProjectMapPage /> },
                  { path: 'settings', element: investmentManagers(<ProjectSettingsPage />) },
                  { path: 'new', element: investmentManagers(<ProjectFormPage />) },
                  { path: ':projectId', element: <ProjectDetailPage /> },
                  { path: ':projectId/edit', element: investmentManagers(<ProjectFormPage />) },
                ],
              },
              {
                // 我的项目: an enterprise user's own projects as investor, read-only.
                path: 'my-projects',
                element: (
                  <RequireAction action="project.readOwn">
                    <Outlet />
                  </RequireAction>
                ),
                children: [
                  { index: true, element: <MyProjectsPage /> },
                  { path: ':projectId', element: <MyProjectDetailPage /> },
                ],
              },
              ...modules
                .filter((module) => !module.isBuilt)
                .map((module) => ({ path: module.path.slice(1), element: <ModuleRoute module={module} /> })),
              {
                path: 'admin/users',
                element: (
                  <RequireAction action="user.manage">
                    <UserAdminPage />
                  </RequireAction>
                ),
              },
              {
                path: 'admin/zone',
                element: (
                  <RequireAction action="zone.manage">
                    <ZoneSettingsPage />
                  </RequireAction>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireAction action="audit.read">
                    <AuditLogPage />
                  </RequireAction>
                ),
              },
              { path: 'forbidden', element: <ForbiddenPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
