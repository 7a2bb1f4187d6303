import { filingDeadline, formatPeriod, parsePeriod, shiftPeriod, todayInChina } from '@gaoxin/domain';
import { Alert, Button, InputNumber, List, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useZoneSettings } from './use-zone-settings';

/** 填报日历: the day of the next month by which a month's returns are due (kept by 经济运行). */
export function FilingCalendarTab() {
  const { t } = useI18n();
  const settings = useZoneSettings();
  const [day, setDay] = useState<number | null>(null);
  const [problem, setProblem] = useState<string>();
  if (settings.error) return <ApiErrorView error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const value = day ?? settings.data.filingDeadlineDay;
  const current = parsePeriod(todayInChina().slice(0, 7));
  const examples = [-1, 0, 1].map((offset) => {
    const period = shiftPeriod(current, offset);
    return { period: formatPeriod(period), deadline: filingDeadline(period, value) };
  });

  const save = async () => {
    setProblem(undefined);
    const { error, saved } = await settings.save({ filingDeadlineDay: value });
    if (error) setProblem(error.details[0]?.message ?? error.message);
    if (saved) setDay(null);
  };

  return (
    <Space orientation="vertical" size={16} style={{ maxWidth: 640 }} data-testid="filing-calendar">
      <Typography.Text type="secondary">{t('zoneSettings.calendar.deadlineHint')}</Typography.Text>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Space wrap>
        <Typography.Text strong>{t('zoneSettings.calendar.deadline')}</Typography.Text>
        <Typography.Text>{t('zoneSettings.calendar.prefix')}</Typography.Text>
        <InputNumber
          min={1}
          max={28}
          precision={0}
          value={value}
          onChange={(next) => setDay(next)}
          aria-label={t('zoneSettings.calendar.deadline')}
          data-testid="calendar-day"
        />
        <Typography.Text>{t('zoneSettings.calendar.suffix')}</Typography.Text>
        <Button
          type="primary"
          loading={settings.busy}
          onClick={() => void save()}
          data-testid="calendar-save"
        >
          {t('zoneSettings.save')}
        </Button>
      </Space>
      <List
        size="small"
        bordered
        header={t('zoneSettings.calendar.examples')}
        dataSource={examples}
        renderItem={(item) => <List.Item>{t('zoneSettings.calendar.example', item)}</List.Item>}
      />
    </Space>
  );
}
