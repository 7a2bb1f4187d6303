import { Card, Tabs, Typography, type TabsProps } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { SettingsCalendarTab } from './settings-calendar-tab';
import { SettingsCategoriesTab } from './settings-categories-tab';
import { SettingsClockTab } from './settings-clock-tab';
import './appeals.css';

/** 诉求设置 (officers): the categories, the dispatch desk and the clock rules, the holiday calendar. */
export function AppealSettingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const items: NonNullable<TabsProps['items']> = [
    { key: 'categories', label: t('appeals.settings.categories'), children: <SettingsCategoriesTab /> },
    { key: 'clock', label: t('appeals.settings.dispatchAndClock'), children: <SettingsClockTab /> },
    { key: 'calendar', label: t('appeals.settings.calendar'), children: <SettingsCalendarTab /> },
  ];
  const requested = params.get('tab');
  const activeKey = items.some((item) => item.key === requested) ? (requested ?? 'categories') : 'categories';

  return (
    <Card data-testid="appeal-settings">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('appeals.settings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('appeals.settings.hint')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={activeKey}
        items={items}
        destroyOnHidden
        onChange={(key) => setParams(key === 'categories' ? {} : { tab: key }, { replace: true })}
      />
    </Card>
  );
}
