import { can } from '@gaoxin/domain';
import { Card, Tabs, Typography, type TabsProps } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { useCurrentUser } from '../../app/session/session';
import { SettingsCatalogueTab } from './settings-catalogue-tab';
import { SettingsDeadlineTab } from './settings-deadline-tab';
import { SettingsOfficialRatesTab } from './settings-official-rates-tab';
import { SettingsTargetsTab } from './settings-targets-tab';
import { SettingsWarningRulesTab } from './settings-warning-rules-tab';

/** 指标、目标与预警设置 (officers of 经济发展局): annual targets, published rates, warning rules, the catalogue. */
export function IndicatorSettingsPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  if (!can(user.role, 'economy.manage')) return <ForbiddenPage />;

  const items: NonNullable<TabsProps['items']> = [
    { key: 'targets', label: t('economy.settings.targets'), children: <SettingsTargetsTab /> },
    { key: 'rates', label: t('economy.settings.officialRates'), children: <SettingsOfficialRatesTab /> },
    { key: 'warnings', label: t('economy.settings.warningRules'), children: <SettingsWarningRulesTab /> },
    { key: 'catalogue', label: t('economy.settings.catalogue'), children: <SettingsCatalogueTab /> },
    { key: 'deadline', label: t('economy.settings.deadline'), children: <SettingsDeadlineTab /> },
  ];
  const requested = params.get('tab');
  const activeKey = items.some((item) => item.key === requested) ? (requested ?? 'targets') : 'targets';

  return (
    <Card data-testid="indicator-settings">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('economy.settings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('economy.settings.hint')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={activeKey}
        items={items}
        destroyOnHidden
        onChange={(key) => setParams(key === 'targets' ? {} : { tab: key }, { replace: true })}
      />
    </Card>
  );
}
