import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { modules } from './modules';
import { PageLoading } from './pages/page-loading';
import { RequireAction, RequireAnyAction, RequireSignedIn } from './session/guards';

// One chunk per page, so the first load carries only the shell. The signed-in frame (menu, inbox)
// is a chunk of its own too: the sign-in page does not need it.
const MainLayout = lazy(() => import('./layout/main-layout').then((m) => ({ default: m.MainLayout })));
const ModuleRoute = lazy(() => import('./module-route').then((m) => ({ default: m.ModuleRoute })));
const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));
const ForbiddenPage = lazy(() =>
  import('./pages/forbidden-page').then((m) => ({ default: m.ForbiddenPage })),
);
const LoginPage = lazy(() => import('../features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('../features/auth/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const HomePage = lazy(() => import('../features/home/home-page').then((m) => ({ default: m.HomePage })));
const EnterpriseListPage = lazy(() =>
  import('../features/enterprises/enterprise-list-page').then((m) => ({ default: m.EnterpriseListPage })),
);
const EnterpriseDetailPage = lazy(() =>
  import('../features/enterprises/enterprise-detail-page').then((m) => ({ default: m.EnterpriseDetailPage })),
);
const ExpiringQualificationsPage = lazy(() =>
  import('../features/enterprises/expiring-qualifications-page').then((m) => ({
    default: m.ExpiringQualificationsPage,
  })),
);
const UserAdminPage = lazy(() =>
  import('../features/users/user-admin-page').then((m) => ({ default: m.UserAdminPage })),
);
const ZoneSettingsPage = lazy(() =>
  import('../features/zone-settings/zone-settings-page').then((m) => ({ default: m.ZoneSettingsPage })),
);
const AuditLogPage = lazy(() =>
  import('../features/audit/audit-log-page').then((m) => ({ default: m.AuditLogPage })),
);
const IndicatorsLayout = lazy(() =>
  import('../features/indicators/dashboard-layout').then((m) => ({ default: m.IndicatorsLayout })),
);
const IndicatorsIndex = lazy(() =>
  import('../features/indicators/dashboard-layout').then((m) => ({ default: m.IndicatorsIndex })),
);
const WarningsPage = lazy(() =>
  import('../features/indicators/warnings-page').then((m) => ({ default: m.WarningsPage })),
);
const BulletinPage = lazy(() =>
  import('../features/indicators/bulletin-page').then((m) => ({ default: m.BulletinPage })),
);
const ReturnsPage = lazy(() =>
  import('../features/indicators/returns-page').then((m) => ({ default: m.ReturnsPage })),
);
const ReturnFormPage = lazy(() =>
  import('../features/indicators/return-form-page').then((m) => ({ default: m.ReturnFormPage })),
);
const IndicatorSettingsPage = lazy(() =>
  import('../features/indicators/indicator-settings-page').then((m) => ({
    default: m.IndicatorSettingsPage,
  })),
);

const AppealsLayout = lazy(() =>
  import('../features/appeals/appeals-layout').then((m) => ({ default: m.AppealsLayout })),
);
const AppealsIndex = lazy(() =>
  import('../features/appeals/appeals-layout').then((m) => ({ default: m.AppealsIndex })),
);
const AppealListPage = lazy(() =>
  import('../features/appeals/appeal-list-page').then((m) => ({ default: m.AppealListPage })),
);
const DispatchBoardPage = lazy(() =>
  import('../features/appeals/dispatch-board-page').then((m) => ({ default: m.DispatchBoardPage })),
);
const AppealFormPage = lazy(() =>
  import('../features/appeals/appeal-form-page').then((m) => ({ default: m.AppealFormPage })),
);
const AppealDetailPage = lazy(() =>
  import('../features/appeals/appeal-detail-page').then((m) => ({ default: m.AppealDetailPage })),
);
const AppealStatisticsPage = lazy(() =>
  import('../features/appeals/appeal-statistics-page').then((m) => ({ default: m.AppealStatisticsPage })),
);
const AppealSettingsPage = lazy(() =>
  import('../features/appeals/appeal-settings-page').then((m) => ({ default: m.AppealSettingsPage })),
);

const InvestmentLayout = lazy(() =>
  import('../features/investment/investment-layout').then((m) => ({ default: m.InvestmentLayout })),
);
const ProjectsLayout = lazy(() =>
  import('../features/investment/investment-layout').then((m) => ({ default: m.ProjectsLayout })),
);
const LeadListPage = lazy(() =>
  import('../features/investment/lead-list-page').then((m) => ({ default: m.LeadListPage })),
);
const LeadFormPage = lazy(() =>
  import('../features/investment/lead-form-page').then((m) => ({ default: m.LeadFormPage })),
);
const LeadDetailPage = lazy(() =>
  import('../features/investment/lead-detail-page').then((m) => ({ default: m.LeadDetailPage })),
);
const LeadFunnelPage = lazy(() =>
  import('../features/investment/project-overview-page').then((m) => ({ default: m.LeadFunnelPage })),
);
const ProjectOverviewPage = lazy(() =>
  import('../features/investment/project-overview-page').then((m) => ({ default: m.ProjectOverviewPage })),
);
const ProjectListPage = lazy(() =>
  import('../features/investment/project-list-page').then((m) => ({ default: m.ProjectListPage })),
);
const ProjectFormPage = lazy(() =>
  import('../features/investment/project-form-page').then((m) => ({ default: m.ProjectFormPage })),
);
const ProjectDetailPage = lazy(() =>
  import('../features/investment/project-detail-page').then((m) => ({ default: m.ProjectDetailPage })),
);
const ProjectMapPage = lazy(() =>
  import('../features/investment/project-map-page').then((m) => ({ default: m.ProjectMapPage })),
);
const MyProjectsPage = lazy(() =>
  import('../features/investment/my-projects-page').then((m) => ({ default: m.MyProjectsPage })),
);
const MyProjectDetailPage = lazy(() =>
  import('../features/investment/my-projects-page').then((m) => ({ default: m.MyProjectDetailPage })),
);
const ProjectSettingsPage = lazy(() =>
  import('../features/investment/project-settings-page').then((m) => ({ default: m.ProjectSettingsPage })),
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
            <ChangePasswordPage />
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
]);
