import { App, Button, Empty, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { listIndicators, listWarningRules, updateWarningRule, type WarningRule } from './returns-api';

const kindKeys: Record<WarningRule['kind'], MessageKey> = {
  growthDrop: 'economy.settings.kind.growthDrop',
  monthOnMonthDrop: 'economy.settings.kind.monthOnMonthDrop',
  divergence: 'economy.settings.kind.divergence',
  unfiled: 'economy.settings.kind.unfiled',
};

/** 预警规则: each rule's threshold and switch; a change re-evaluates the latest period's warnings. */
export function SettingsWarningRulesTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const rules = useApiQuery((signal) => listWarningRules(signal), []);
  const indicators = useApiQuery((signal) => listIndicators(signal), []);
  const [thresholds, setThresholds] = useState<Record<string, number | null>>({});
  const [busy, setBusy] = useState<string>();
  const [saved, setSaved] = useState<WarningRule[]>();
  const items = saved ?? rules.data;

  const nameOf = (code: string | null) =>
    code === null ? null : (indicators.data?.find((item) => item.code === code)?.name ?? code);

  const change = async (rule: WarningRule, patch: { threshold?: number; enabled?: boolean }) => {
    setBusy(rule.code);
    try {
      setSaved(await updateWarningRule(rule.code, patch));
      setThresholds((current) => {
        const next = { ...current };
        delete next[rule.code];
        return next;
      });
      void message.success(t('economy.settings.ruleSaved', { name: rule.name }));
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    } finally {
      setBusy(undefined);
    }
  };

  if (rules.error) return <ApiErrorView error={rules.error} onRetry={rules.reload} />;
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('economy.settings.rulesHint')}</Typography.Paragraph>
      <Table<WarningRule>
        rowKey="code"
        loading={rules.loading && !items}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty description={t('economy.settings.noRules')} /> }}
        columns={[
          {
            title: t('economy.settings.ruleName'),
            key: 'name',
            render: (_v, rule) => (
              <div>
                <Typography.Text strong>{rule.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t(kindKeys[rule.kind])}
                  {rule.indicatorCode &&
                    ` · ${[nameOf(rule.indicatorCode), nameOf(rule.secondIndicatorCode)].filter(Boolean).join(' / ')}`}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('economy.settings.threshold'),
            key: 'threshold',
            width: 300,
            render: (_v, rule) => {
              const edited = thresholds[rule.code];
              const changed = edited !== undefined && edited !== null && edited !== rule.threshold;
              return (
                <Space>
                  <InputNumber
                    min={0}
                    max={1000}
                    precision={rule.kind === 'unfiled' ? 0 : 2}
                    value={edited === undefined ? rule.threshold : edited}
                    onChange={(value) => setThresholds((current) => ({ ...current, [rule.code]: value }))}
                    suffix={rule.kind === 'unfiled' ? t('economy.settings.monthsUnit') : '%'}
                    style={{ width: 140 }}
                    aria-label={`${rule.name} ${t('economy.settings.threshold')}`}
                    data-testid={`rule-threshold-${rule.code}`}
                  />
                  {changed && (
                    <Button
                      size="small"
                      type="primary"
                      loading={busy === rule.code}
                      onClick={() => void change(rule, { threshold: edited })}
                      data-testid={`rule-save-${rule.code}`}
                    >
                      {t('common.save')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
          {
            title: t('economy.settings.enabled'),
            key: 'enabled',
            width: 100,
            render: (_v, rule) => (
              <Switch
                checked={rule.enabled}
                loading={busy === rule.code}
                onChange={(enabled) => void change(rule, { enabled })}
                aria-label={`${rule.name} ${t('economy.settings.enabled')}`}
                data-testid={`rule-enabled-${rule.code}`}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
