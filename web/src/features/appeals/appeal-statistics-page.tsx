import { formatPeriod, parsePeriod, periodPattern, shiftPeriod, todayInChina } from '@gaoxin/domain';
import { Card, Col, DatePicker, Empty, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { getStatistics } from './appeals-api';
import { CategoryBreakdown, DepartmentBreakdown, RatingDistribution } from './statistics-breakdowns';
import { StatisticsCards } from './statistics-cards';
import { StatisticsHotspots } from './statistics-hotspots';
import './appeals.css';

const StatisticsMonthChart = lazy(() =>
  import('./statistics-month-chart').then((m) => ({ default: m.StatisticsMonthChart })),
);

/** The range in the address, or the last twelve months (China time) up to this one. */
function useRange(): {
  from: string;
  to: string;
  isDefault: boolean;
  set: (from?: string, to?: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const thisMonth = todayInChina().slice(0, 7);
  const fallbackFrom = formatPeriod(shiftPeriod(parsePeriod(thisMonth), -11));
  const fromParam = params.get('from') ?? '';
  const toParam = params.get('to') ?? '';
  const isValid = periodPattern.test(fromParam) && periodPattern.test(toParam) && fromParam <= toParam;
  return {
    from: isValid ? fromParam : fallbackFrom,
    to: isValid ? toParam : thisMonth,
    isDefault: !isValid,
    set: (from, to) => setParams(from && to ? { from, to } : {}, { replace: true }),
  };
}

/**
 * 统计分析: headline figures, month by month, by category and department, ratings, and 高频问题 —
 * the page a leader opens to see which problems are systemic. Range of submission months, default
 * the last twelve.
 */
export function AppealStatisticsPage() {
  const { t } = useI18n();
  const range = useRange();
  const statistics = useApiQuery(
    (signal) => getStatistics({ from: range.from, to: range.to }, signal),
    [range.from, range.to],
  );
  const data = statistics.data;

  return (
    <div className="gx-appeal-statistics">
      <Card>
        <div className="gx-page-header" style={{ marginBottom: 0 }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('appeals.stats.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('appeals.stats.subtitle', { from: range.from, to: range.to })}
            </Typography.Text>
          </div>
          <DatePicker.RangePicker
            picker="month"
            allowClear={!range.isDefault}
            value={[dayjs(`${range.from}-01`), dayjs(`${range.to}-01`)]}
            disabledDate={(date) => date.isAfter(dayjs(), 'month')}
            onChange={(values) => {
              const [from, to] = values ?? [];
              range.set(from?.format('YYYY-MM'), to?.format('YYYY-MM'));
            }}
            aria-label={t('appeals.stats.range')}
            data-testid="statistics-range"
          />
        </div>
      </Card>
      {statistics.error && <ApiErrorView error={statistics.error} onRetry={statistics.reload} />}
      {!data && !statistics.error && (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
      {data && <StatisticsCards totals={data.totals} />}
      {data && data.totals.count === 0 && (
        <Card>
          <Empty
            description={
              <>
                <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                  {t('appeals.stats.emptyTitle')}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('appeals.stats.empty')}</Typography.Text>
              </>
            }
          />
        </Card>
      )}
      {data && data.totals.count > 0 && (
        <>
          <Card size="small" title={t('appeals.stats.byMonth')}>
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 300 }} />}>
              <StatisticsMonthChart
                months={data.byMonth}
                labels={{ count: t('appeals.stats.submitted'), resolved: t('appeals.stats.resolved') }}
              />
            </Suspense>
          </Card>
          <StatisticsHotspots hotspots={data.hotspots} topKeywords={data.topKeywords} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <CategoryBreakdown rows={data.byCategory} />
            </Col>
            <Col xs={24} xl={10}>
              <RatingDistribution ratings={data.ratings} rated={data.totals.rated} />
            </Col>
          </Row>
          <DepartmentBreakdown rows={data.byDepartment} />
        </>
      )}
    </div>
  );
}
