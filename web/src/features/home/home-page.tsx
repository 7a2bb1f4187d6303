import { AuditOutlined, ReadOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { roleLabels } from '@gaoxin/domain';
import { Button, Card, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CurrentUser } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { modulesFor } from '../../app/modules';
import { useCurrentUser } from '../../app/session/session';
import { ModuleGrid } from './module-grid';
import { ZoneOverview } from './zone-overview';

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

/** What each role finds first: figures for zone staff, their enterprise for companies, their tools for admin and auditor. */
function RoleSections({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const modules = modulesFor(user.role);
  switch (user.role) {
    case 'leader':
    case 'officer':
      return (
        <>
          <Section title={t('home.zoneOverview')}>
            <ZoneOverview />
          </Section>
          <Section title={t('home.modules')}>
            <ModuleGrid modules={modules} />
          </Section>
        </>
      );
    case 'enterprise':
      return (
        <>
          <Section title={t('nav.myEnterprise')}>
            <Card>
              <Flex align="center" justify="space-between" wrap gap={16}>
                <Space>
                  <ShopOutlined style={{ fontSize: 24, color: '#1554ad' }} />
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {user.enterpriseName ?? t('home.noEnterprise')}
                  </Typography.Text>
                </Space>
                {user.enterpriseId && (
                  <Link to={`/enterprises/${user.enterpriseId}`}>
                    <Button type="primary">{t('home.openMyEnterprise')}</Button>
                  </Link>
                )}
              </Flex>
            </Card>
          </Section>
          <Section title={t('home.modules')}>
            <ModuleGrid modules={modules} />
          </Section>
        </>
      );
    case 'admin':
      return (
        <Section title={t('home.tools')}>
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
    case 'auditor':
      return (
        <Section title={t('home.tools')}>
          <Link to="/audit">
            <Button type="primary" icon={<AuditOutlined />}>
              {t('nav.audit')}
            </Button>
          </Link>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('home.auditorNote')}
          </Typography.Paragraph>
        </Section>
      );
    case 'alliance':
      return (
        <Section title={t('home.modules')}>
          <ModuleGrid modules={modules} />
        </Section>
      );
  }
}

/** The home page: a welcome with the user's name, role and zone, then what the role works with. */
export function HomePage() {
  const user = useCurrentUser();
  const { t, language } = useI18n();
  const affiliation = user.department?.name ?? user.enterpriseName;
  return (
    <div>
      <Card variant="borderless" style={{ background: 'linear-gradient(120deg, #ffffff 60%, #eaf1fb 100%)' }}>
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
      </Card>
      <RoleSections user={user} />
    </div>
  );
}
