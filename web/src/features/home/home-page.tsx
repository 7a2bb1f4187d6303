import { AuditOutlined, ReadOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { roleLabels } from '@gaoxin/domain';
import { Alert, Button, Flex, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CurrentUser } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { modulesFor } from '../../app/modules';
import { useCurrentUser } from '../../app/session/session';
import { EnterpriseHome } from './enterprise-home';
import { getHome, type HomeResponse } from './home-api';
import { LeaderHome } from './leader-home';
import { OfficerHome } from './officer-home';
import './home.css';

// Only the admin sees the setup checklist and only alliance viewers the module cards: chunks of
// their own, so the leader's, officer's and enterprise's first load does not carry them.
const SetupChecklist = lazy(() =>
  import('../zone-settings/setup-checklist').then((m) => ({ default: m.SetupChecklist })),
);
const ModuleGrid = lazy(() => import('./module-grid').then((m) => ({ default: m.ModuleGrid })));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The system administrator's tools; no business data (三权分立). */
function AdminHome() {
  const { t } = useI18n();
  return (
    <Section title={t('home.admin.title')}>
      <Suspense fallback={<Skeleton active />}>
        <SetupChecklist />
      </Suspense>
      <Space wrap>
        <Link to="/admin/users">
          <Button type="primary" icon={<TeamOutlined />}>
            {t('nav.users')}
          </Button>
        </Link>
        <Button icon={<ReadOutlined />} href="/api/docs" target="_blank" rel="noopener noreferrer">
          {t('userMenu.apiDocs')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('home.adminNote')}
      </Typography.Paragraph>
    </Section>
  );
}

function AuditorHome() {
  const { t } = useI18n();
  return (
    <Section title={t('home.auditor.title')}>
      <Link to="/audit" data-testid="home-audit-link">
        <Button type="primary" icon={<AuditOutlined />}>
          {t('nav.audit')}
        </Button>
      </Link>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('home.auditorNote')}
      </Typography.Paragraph>
    </Section>
  );
}

/** The cards of the signed-in role, from the one home request. */
function RoleHome({ home }: { home: HomeResponse }) {
  const user = useCurrentUser();
  switch (home.role) {
    case 'leader':
      return <LeaderHome home={home} />;
    case 'officer':
      return <OfficerHome home={home} />;
    case 'enterprise':
      return <EnterpriseHome home={home} />;
    case 'admin':
      return <AdminHome />;
    case 'auditor':
      return <AuditorHome />;
    case 'alliance':
      return (
        <Suspense fallback={<Skeleton active />}>
          <ModuleGrid modules={modulesFor(user.role)} />
        </Suspense>
      );
  }
}

function Welcome({ user, loadedAt }: { user: CurrentUser; loadedAt: string | null }) {
  const { t, language } = useI18n();
  const affiliation = user.department?.name ?? user.enterpriseName;
  return (
    <div className="gx-home-welcome">
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="home-title">
            {t('home.welcome', { name: user.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 15 }}>
            {[
              roleLabels[user.role][language],
              user.zone.name,
              affiliation,
              user.isLiaison ? t('home.liaison') : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </div>
        <Space>
          {user.enterpriseId && (
            <Link to={`/enterprises/${user.enterpriseId}`}>
              <Button icon={<ShopOutlined />}>{t('home.enterprise.profile')}</Button>
            </Link>
          )}
          {loadedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('home.updatedAt', { time: formatDateTime(loadedAt, language) })}
            </Typography.Text>
          )}
        </Space>
      </Flex>
    </div>
  );
}

/** The home page: a welcome, then what the role works on, all from one request (`GET /api/home`). */
export function HomePage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { data, error, reload } = useApiQuery(async (signal) => {
    const home = await getHome(signal);
    return { home, loadedAt: new Date().toISOString() };
  }, []);
  return (
    <div>
      <Welcome user={user} loadedAt={data?.loadedAt ?? null} />
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          message={error.message}
          action={<Button onClick={reload}>{t('common.retry')}</Button>}
        />
      ) : data ? (
        <RoleHome home={data.home} />
      ) : (
        <div className="gx-home-card" style={{ marginTop: 16, padding: 16 }}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      )}
    </div>
  );
}
