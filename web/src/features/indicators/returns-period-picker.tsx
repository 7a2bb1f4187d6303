import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n/i18n';
import { currentMonth } from './returns-api';

/** A month picker for a reporting period (`YYYY-MM`); months after the current one cannot be chosen. */
export function PeriodPicker({
  value,
  onChange,
  disabled,
  testId,
}: {
  value: string;
  onChange: (period: string) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t, language } = useI18n();
  const latest = dayjs(`${currentMonth()}-01`);
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      disabled={disabled}
      value={dayjs(`${value}-01`)}
      format={language === 'en' ? 'YYYY-MM' : 'YYYY年M月'}
      disabledDate={(date) => date.isAfter(latest, 'month')}
      onChange={(date) => {
        if (date) onChange(date.format('YYYY-MM'));
      }}
      aria-label={t('economy.returns.period')}
      data-testid={testId}
      style={{ width: 150 }}
    />
  );
}
