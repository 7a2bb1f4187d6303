import { App, Button, InputNumber, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { getFilingSettings, saveFilingSettings } from './returns-api';

/** 报送期限: the day of the following month by which each month's returns are due (default the 10th). */
export function SettingsDeadlineTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiQuery((signal) => getFilingSettings(signal), []);
  const [day, setDay] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (settings.error) return <ApiErrorView error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const value = day ?? settings.data.filingDeadlineDay;

  const save = async () => {
    setBusy(true);
    try {
      await saveFilingSettings({ filingDeadlineDay: value });
      void message.success(t('economy.settings.deadlineSaved', { day: value }));
      settings.reload();
      setDay(null);
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('error.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={12} data-testid="deadline-settings">
      <Typography.Text type="secondary">{t('economy.settings.deadlineHint')}</Typography.Text>
      <Space>
        <Typography.Text>{t('economy.settings.deadlineLabel')}</Typography.Text>
        <InputNumber
          min={1}
          max={28}
          precision={0}
          value={value}
          onChange={(next) => setDay(next)}
          aria-label={t('economy.settings.deadlineLabel')}
          data-testid="deadline-day"
        />
        <Typography.Text>{t('economy.settings.deadlineUnit')}</Typography.Text>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="deadline-save">
          {t('common.save')}
        </Button>
      </Space>
    </Space>
  );
}
