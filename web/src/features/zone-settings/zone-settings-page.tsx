import { can } from '@gaoxin/domain';
import { Card, Tabs, Typography, type TabsProps } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { useCurrentUser } from '../../app/session/session';
import { DepartmentsTab } from './departments-tab';
import { FilingCalendarTab } from './filing-calendar-tab';
import { ParksTab } from './parks-tab';
import { ZoneInfoTab } from './zone-info-tab';

/** 系统设置 (admin): the zone, its departments and sub-parks, the reporting calendar. */
export function ZoneSettingsPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  if (!can(user.role, 'zone.manage')) return <ForbiddenPage />;

  const items: NonNullable<TabsProps['items']> = [
    { key: 'zone', label: t('zoneSettings.tab.zone'), children: <ZoneInfoTab /> },
    { key: 'departments', label: t('zoneSettings.tab.departments'), children: <DepartmentsTab /> },
    { key: 'parks', label: t('zoneSettings.tab.parks'), children: <ParksTab /> },
    { key: 'calendar', label: t('zoneSettings.tab.calendar'), children: <FilingCalendarTab /> },
  ];
  const requested = params.get('tab');
  const activeKey = items.some((item) => item.key === requested) ? (requested ?? 'zone') : 'zone';

  return (
    <Card data-testid="zone-settings">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('zoneSettings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('zoneSettings.hint')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={activeKey}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
    </Card>
  );
}
