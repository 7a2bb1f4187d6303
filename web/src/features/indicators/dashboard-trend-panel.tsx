import { Card, Segmented } from 'antd';
import { lazy, Suspense } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ChartEmpty, ChartSkeleton, PanelError, type DrillRequest } from './dashboard-panel';
import { trendLengths, type DashboardParam, type TrendLength } from './dashboard-params';
import { getTrend, type IndicatorItem, type Slice } from './indicators-api';

const TrendChart = lazy(() => import('./dashboard-trend-chart').then((m) => ({ default: m.TrendChart })));

const height = 320;

/** 月度走势: 12, 24 or 36 months up to the chosen period; a bar opens that month's enterprises. */
export function TrendPanel({
  indicator,
  period,
  slice,
  months,
  scopeTitle,
  update,
  onDrill,
}: {
  indicator: IndicatorItem;
  period: string;
  slice: Slice;
  months: TrendLength;
  /** What a bar's enterprises are: the zone, or the filtered part of it. */
  scopeTitle: string;
  update: (changes: Partial<Record<DashboardParam, string | undefined>>) => void;
  onDrill: (request: DrillRequest) => void;
}) {
  const { t, language } = useI18n();
  const trend = useApiQuery(
    (signal) => getTrend({ indicator: indicator.code, months, to: period, ...slice }, signal),
    [indicator.code, months, period, JSON.stringify(slice)],
  );
  const points = trend.data?.points ?? [];

  let body;
  if (trend.error) body = <PanelError error={trend.error} onRetry={trend.reload} />;
  else if (!trend.data) body = <ChartSkeleton height={height} />;
  else if (points.length === 0) body = <ChartEmpty height={height} />;
  else
    body = (
      <Suspense fallback={<ChartSkeleton height={height} />}>
        <TrendChart
          trend={trend.data}
          language={language}
          labels={{
            month: t('economy.dashboard.trend.month'),
            cumulativeGrowth: t('economy.dashboard.trend.cumulativeGrowth'),
            monthGrowth: t('economy.dashboard.trend.monthGrowth'),
            cumulative: t('economy.dashboard.trend.cumulative'),
            enterprises: (count) => t('economy.dashboard.enterprises', { count }),
            clickHint: t('economy.dashboard.tooltip.clickHint'),
          }}
          onSelect={(selected) =>
            onDrill({
              indicator: indicator.code,
              period: selected,
              slice,
              title: scopeTitle,
            })
          }
        />
      </Suspense>
    );

  return (
    <Card
      size="small"
      className="gx-economy-panel"
      title={t('economy.dashboard.trend.title', { indicator: indicator.name })}
      extra={
        <Segmented<number>
          size="small"
          value={months}
          options={trendLengths.map((length) => ({
            value: length,
            label: t('economy.dashboard.trend.months', { count: length }),
          }))}
          onChange={(value) => update({ months: value === 24 ? undefined : String(value) })}
        />
      }
    >
      {body}
    </Card>
  );
}
