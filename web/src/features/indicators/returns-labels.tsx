import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import type { FilingStatus, ReturnSource, ReturnValue } from './returns-api';

export const statusKeys: Record<FilingStatus, MessageKey> = {
  filed: 'economy.filings.status.filed',
  pending: 'economy.filings.status.pending',
  overdue: 'economy.filings.status.overdue',
};

const statusColors: Record<FilingStatus, string> = {
  filed: 'success',
  pending: 'processing',
  overdue: 'error',
};

export const sourceKeys: Record<ReturnSource, MessageKey> = {
  import: 'economy.filings.source.import',
  filing: 'economy.filings.source.filing',
  officer: 'economy.filings.source.officer',
};

/** 已报 (green) / 未报 (blue) / 逾期 (red). */
export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={statusColors[status]} data-testid={`filing-status-${status}`}>
      {t(statusKeys[status])}
    </Tag>
  );
}

/** What 本期 means for an indicator: 期末 for stocks, 当月 for monthly returns, else 1—N月累计. */
export function currentKind(indicator: ReturnValue['indicator']): 'endOfPeriod' | 'month' | 'cumulative' {
  if (indicator.aggregation === 'endOfPeriod') return 'endOfPeriod';
  return indicator.reporting === 'monthly' ? 'month' : 'cumulative';
}
