import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { FilingStatus, FilingsResponse } from './returns-api';
import { statusKeys } from './returns-labels';

const looks: Record<FilingStatus, { icon: ReactNode; color: string }> = {
  filed: { icon: <CheckCircleOutlined />, color: 'var(--ant-color-success)' },
  pending: { icon: <ClockCircleOutlined />, color: 'var(--ant-color-primary)' },
  overdue: { icon: <ExclamationCircleOutlined />, color: 'var(--ant-color-error)' },
};

/** 已报 / 未报 / 逾期 as three cards; a click filters the table by that status (again: all). */
export function FilingCounts({
  counts,
  active,
  onPick,
}: {
  counts: FilingsResponse['counts'] | undefined;
  active: FilingStatus | undefined;
  onPick: (status: FilingStatus) => void;
}) {
  const { t } = useI18n();
  const total = counts ? counts.filed + counts.pending + counts.overdue : undefined;
  return (
    <Row gutter={16} data-testid="filing-counts">
      {(['filed', 'pending', 'overdue'] as const).map((status) => (
        <Col key={status} xs={24} sm={8}>
          <Card
            size="small"
            hoverable
            onClick={() => onPick(status)}
            style={active === status ? { borderColor: looks[status].color } : undefined}
            data-testid={`filing-count-${status}`}
          >
            <Statistic
              title={t(statusKeys[status])}
              value={counts ? counts[status] : '—'}
              prefix={looks[status].icon}
              suffix={
                counts && total ? (
                  <span style={{ fontSize: 14, color: 'var(--ant-color-text-secondary)' }}>
                    {t('economy.filings.ofTotal', { total })}
                  </span>
                ) : undefined
              }
              styles={{ content: { color: counts && counts[status] > 0 ? looks[status].color : undefined } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
