import { Card, Col, Row } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { BreakdownTable } from './dashboard-breakdown-table';
import { cumulativeText, figureText } from './dashboard-format';
import { ChartEmpty, ChartSkeleton, PanelError, useSliceLabels, type DrillRequest } from './dashboard-panel';
import { narrowSlice } from './dashboard-params';
import {
  getBreakdown,
  type BreakdownDimension,
  type BreakdownSlice,
  type IndicatorItem,
  type Slice,
} from './indicators-api';

const GrowthBarsChart = lazy(() =>
  import('./dashboard-growth-bars').then((m) => ({ default: m.GrowthBarsChart })),
);
const SharePieChart = lazy(() => import('./dashboard-share-pie').then((m) => ({ default: m.SharePieChart })));

const pieHeight = 260;

/**
 * One split of the chosen indicator (by park, 主导产业 or 门类): 同比 bars with share, 拉动 and 贡献率
 * in the tooltips, and the make-up of the total as a donut. Clicking a part lists its enterprises.
 */
export function BreakdownPanel({
  indicator,
  period,
  slice,
  by,
  dimensionName,
  extra,
  onDrill,
}: {
  indicator: IndicatorItem;
  period: string;
  slice: Slice;
  by: BreakdownDimension;
  /** "分园区" / "分主导产业" … for the card titles. */
  dimensionName: string;
  extra?: ReactNode;
  onDrill: (request: DrillRequest) => void;
}) {
  const { t, language } = useI18n();
  const labels = useSliceLabels();
  const breakdown = useApiQuery(
    (signal) => getBreakdown({ indicator: indicator.code, by, period, ...slice }, signal),
    [indicator.code, by, period, JSON.stringify(slice)],
  );
  const cumulativeNote = cumulativeText(period, language);
  const drill = (part: BreakdownSlice) =>
    onDrill({
      indicator: indicator.code,
      period,
      slice: narrowSlice(slice, by, part.key),
      title: part.label,
    });

  const render = (chart: (slices: BreakdownSlice[]) => ReactNode, height: number) => {
    if (breakdown.error) return <PanelError error={breakdown.error} onRetry={breakdown.reload} />;
    if (!breakdown.data) return <ChartSkeleton height={height} />;
    if (breakdown.data.slices.length === 0) return <ChartEmpty height={height} />;
    return <Suspense fallback={<ChartSkeleton height={height} />}>{chart(breakdown.data.slices)}</Suspense>;
  };
  const barsHeight = Math.max(pieHeight, (breakdown.data?.slices.length ?? 3) * 40 + 48);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          className="gx-economy-panel"
          title={t('economy.dashboard.breakdown.growthTitle', { dimension: dimensionName })}
          extra={extra}
        >
          {render(
            (slices) => (
              <GrowthBarsChart
                slices={slices}
                zoneGrowth={breakdown.data?.total.cumulativeGrowth ?? null}
                zoneLabel={t('economy.dashboard.breakdown.whole')}
                unit={indicator}
                cumulativeNote={cumulativeNote}
                language={language}
                labels={labels}
                onSelect={drill}
              />
            ),
            barsHeight,
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          className="gx-economy-panel"
          title={t('economy.dashboard.breakdown.shareTitle', { dimension: dimensionName })}
        >
          {render(
            (slices) => (
              <SharePieChart
                slices={slices}
                totalText={figureText(breakdown.data?.total.cumulative, indicator)}
                totalLabel={t('economy.dashboard.breakdown.total', { months: cumulativeNote })}
                unit={indicator}
                cumulativeNote={cumulativeNote}
                language={language}
                labels={labels}
                onSelect={drill}
              />
            ),
            pieHeight,
          )}
        </Card>
      </Col>
      {breakdown.data && breakdown.data.slices.length > 0 && (
        <Col xs={24}>
          <BreakdownTable by={by} slices={breakdown.data.slices} unit={indicator} onSelect={drill} />
        </Col>
      )}
    </Row>
  );
}
