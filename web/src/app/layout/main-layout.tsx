import { EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { lazyPage } from '../lazy-page';
import { PageLoading } from '../pages/page-loading';
import { useCurrentUser } from '../session/session';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';

// The bell polls the inbox and brings antd's App hooks: the frame and the page render without it.
const InboxBell = lazyPage(['appeals'], () => import('./inbox-bell-frame').then((m) => m.FramedInboxBell));

/** The frame of every signed-in page: sider menu, header with zone, inbox and user menu, and the page itself. */
export function MainLayout() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout className="gx-shell">
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={224}
        className="gx-sider"
      >
        <div className="gx-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!collapsed && <span>Gaoxin</span>}
        </div>
        <SideMenu user={user} collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="gx-header">
          <Flex align="center" gap={16} style={{ minWidth: 0 }}>
            <Typography.Text strong className="gx-product-name">
              {t('app.name')}
            </Typography.Text>
            <span className="gx-zone" title={t('header.zone')}>
              <EnvironmentOutlined /> {user.zone.name}
            </span>
          </Flex>
          <Flex align="center" gap={4}>
            <Suspense fallback={<span className="gx-bell-placeholder" />}>
              <InboxBell />
            </Suspense>
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content className="gx-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="gx-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
