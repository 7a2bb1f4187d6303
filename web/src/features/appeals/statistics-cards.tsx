import { Card, Col, Row, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { AppealStatistics } from './appeals-api';

/** A share 0–1 as "87.5%"; — when nothing was counted. */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** Hours with one decimal; — when nothing was counted. */
export function hoursText(hours: number | null): string {
  return hours === null ? '—' : hours.toFixed(1);
}

function Figure({
  label,
  value,
  hint,
  tone,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: string;
  tone?: 'good' | 'bad';
  testId?: string;
}) {
  return (
    <Card size="small" className="gx-appeal-figure">
      <Typography.Text type="secondary">
        {hint ? (
          <Tooltip title={hint}>
            <span className="gx-appeal-figure-hint">{label}</span>
          </Tooltip>
        ) : (
          label
        )}
      </Typography.Text>
      <div className={`gx-appeal-figure-value${tone ? ` is-${tone}` : ''}`} data-testid={testId}>
        {value}
      </div>
    </Card>
  );
}

/** The headline figures: how many, how many open and overdue, how fast, how satisfied, how often reopened. */
export function StatisticsCards({ totals }: { totals: AppealStatistics['totals'] }) {
  const { t } = useI18n();
  const figures = [
    { label: t('appeals.stats.count'), value: totals.count, testId: 'statistics-total-count' },
    { label: t('appeals.stats.open'), value: totals.open },
    {
      label: t('appeals.stats.overdueOpen'),
      value: totals.overdueOpen,
      tone: totals.overdueOpen > 0 ? ('bad' as const) : undefined,
    },
    {
      label: t('appeals.stats.onTimeRate'),
      value: percentText(totals.onTimeRate),
      hint: t('appeals.stats.onTimeHint'),
    },
    {
      label: t('appeals.stats.hours'),
      value: `${hoursText(totals.medianHours)} / ${hoursText(totals.p90Hours)}`,
      hint: t('appeals.stats.hoursHint'),
    },
    {
      label: t('appeals.stats.averageRating'),
      value: totals.averageRating === null ? '—' : totals.averageRating.toFixed(2),
      hint: t('appeals.stats.ratedCount', { count: totals.rated }),
    },
    {
      label: t('appeals.stats.satisfiedRate'),
      value: percentText(totals.satisfiedRate),
      hint: t('appeals.stats.satisfiedHint'),
    },
    {
      label: t('appeals.stats.reopened'),
      value: totals.reopened,
      hint: t('appeals.stats.reopenedHint'),
      tone: totals.reopened > 0 ? ('bad' as const) : undefined,
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((figure) => (
        <Col key={figure.label} xs={12} md={6} xxl={3}>
          <Figure {...figure} />
        </Col>
      ))}
    </Row>
  );
}
