import { DeleteOutlined } from '@ant-design/icons';
import { isWeekend, type CalendarDay } from '@gaoxin/domain';
import { Alert, Button, Card, Select, Skeleton, Space, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { getWorkCalendar, saveWorkCalendar } from './appeals-api';
import { useSettingsSave } from './use-settings-save';
import { CalendarDayAdder } from './calendar-day-adder';

const sameDays = (left: CalendarDay[], right: CalendarDay[]) =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * 节假日与调休: a year's public holidays and the weekend days worked instead, which the dispatch
 * clock's working hours skip or count. Edited as a draft and saved as a whole with the version read.
 */
export function SettingsCalendarTab() {
  const { t } = useI18n();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const calendar = useApiQuery((signal) => getWorkCalendar(year, signal), [year]);
  // The draft remembers its year, so switching years never shows one year's days under another.
  const [edited, setEdited] = useState<{ year: number; days: CalendarDay[] }>();
  const saveState = useSettingsSave(
    { saved: t('appeals.calendar.saved', { year }), conflict: t('appeals.calendar.conflict') },
    calendar.reload,
  );

  useEffect(() => {
    if (calendar.data) setEdited({ year: calendar.data.year, days: calendar.data.days });
  }, [calendar.data]);

  if (calendar.error) return <ApiErrorView error={calendar.error} onRetry={calendar.reload} />;
  const loaded = calendar.data;
  if (!loaded || loaded.year !== year || edited?.year !== year) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  const draft = edited.days;
  const setDraft = (days: CalendarDay[]) => setEdited({ year, days });
  const isDirty = !sameDays(draft, loaded.days);

  const save = () => saveState.save(() => saveWorkCalendar({ year, days: draft, version: loaded.version }));

  const holidays = draft.filter((day) => day.kind === 'holiday');
  const columns: TableProps<CalendarDay>['columns'] = [
    { title: t('appeals.calendar.date'), dataIndex: 'date', width: 130 },
    {
      title: t('appeals.calendar.weekday'),
      key: 'weekday',
      width: 90,
      render: (_, day) => (
        <Typography.Text type={isWeekend(day.date) ? 'secondary' : undefined}>
          {dayjs(day.date).format('ddd')}
        </Typography.Text>
      ),
    },
    {
      title: t('appeals.calendar.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (_, day) =>
        day.kind === 'holiday' ? (
          <Tag color="red">{t('appeals.calendar.kind.holiday')}</Tag>
        ) : (
          <Tag color="blue">{t('appeals.calendar.kind.workday')}</Tag>
        ),
    },
    { title: t('appeals.calendar.name'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
    {
      title: '',
      key: 'remove',
      width: 80,
      render: (_, day) => (
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('appeals.calendar.remove')}
          onClick={() => setDraft(draft.filter((each) => each.date !== day.date))}
        />
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="settings-calendar">
      <Alert type="info" showIcon title={t('appeals.calendar.hint')} />
      {saveState.error && <Alert type="error" showIcon title={saveState.error} />}
      <Card size="small">
        <Space wrap align="center" size={16}>
          <Space>
            <Typography.Text>{t('appeals.calendar.year')}</Typography.Text>
            <Select
              value={year}
              onChange={setYear}
              disabled={isDirty}
              style={{ width: 110 }}
              options={[-1, 0, 1, 2].map((offset) => ({
                value: thisYear + offset,
                label: t('appeals.calendar.yearOption', { year: thisYear + offset }),
              }))}
              aria-label={t('appeals.calendar.year')}
              data-testid="calendar-year"
            />
          </Space>
          {loaded.isConfigured ? (
            <Tag color="green">{t('appeals.calendar.configured')}</Tag>
          ) : (
            <Tag color="orange">{t('appeals.calendar.notConfigured')}</Tag>
          )}
          <Typography.Text type="secondary">
            {t('appeals.calendar.summary', {
              holidays: holidays.length,
              weekdays: holidays.filter((day) => !isWeekend(day.date)).length,
              workdays: draft.length - holidays.length,
            })}
          </Typography.Text>
          {isDirty && <Typography.Text type="warning">{t('appeals.calendar.unsaved')}</Typography.Text>}
        </Space>
      </Card>
      <Card size="small">
        {/* A fresh adder after each load or save: its notes were about the draft just saved. */}
        <CalendarDayAdder key={`${year}/${loaded.version}`} year={year} days={draft} onAdd={setDraft} />
      </Card>
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={draft}
        pagination={false}
        scroll={{ y: 480 }}
        locale={{ emptyText: t('appeals.calendar.empty') }}
        data-testid="calendar-days"
      />
      <Space>
        <Button
          type="primary"
          loading={saveState.saving}
          disabled={!isDirty && loaded.isConfigured}
          onClick={() => void save()}
          data-testid="calendar-save"
        >
          {t('common.save')}
        </Button>
        <Button disabled={!isDirty || saveState.saving} onClick={() => setDraft(loaded.days)}>
          {t('appeals.settings.discard')}
        </Button>
      </Space>
    </Space>
  );
}
