import { can } from '@gaoxin/domain';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { listParks, listQualificationTypes } from '../enterprises/enterprises-api';
import { BreakdownPanel } from './dashboard-breakdown-panel';
import { DrilldownDrawer } from './dashboard-drilldown-drawer';
import { DashboardPicker, DashboardSliceFilters } from './dashboard-filters';
import { cumulativeText, periodText } from './dashboard-format';
import { HeadlineCards } from './dashboard-headline-cards';
import type { DrillRequest } from './dashboard-panel';
import { useDashboardParams, type IndustryDimension } from './dashboard-params';
import { RankingsPanel } from './dashboard-rankings';
import { TrendPanel } from './dashboard-trend-panel';
import { getBreakdown, getOverview, getTrend, listIndicators } from './indicators-api';

/** The months that have figures (up to five years back), newest first, for the period picker. */
function usePeriods(latestPeriod: string | null | undefined, indicator: string | undefined) {
  return useApiQuery(
    async (signal) => {
      if (!latestPeriod || !indicator) return undefined;
      const trend = await getTrend({ indicator, months: 60, to: latestPeriod }, signal);
      return trend.points
        .filter((point) => point.enterprises > 0)
        .map((point) => point.period)
        .reverse();
    },
    [latestPeriod, indicator],
  );
}

/** The 主导产业 the zone's figures know of, for the filter (from the whole zone, not the current slice). */
function useLeadingIndustries(period: string | null | undefined, indicator: string | undefined) {
  return useApiQuery(
    async (signal) => {
      if (!period || !indicator) return undefined;
      const breakdown = await getBreakdown({ indicator, by: 'leading', period }, signal);
      return breakdown.slices.map((slice) => slice.key).filter((key) => key !== '');
    },
    [period, indicator],
  );
}

function NoFigures() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <Card>
      <Empty
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>{t('economy.dashboard.emptyTitle')}</Typography.Text>
            <Typography.Text type="secondary">{t('economy.dashboard.empty')}</Typography.Text>
          </Space>
        }
        data-testid="dashboard-empty"
      >
        {can(user.role, 'economy.read') && (
          <Link to="/indicators/filings">
            <Button type="primary">{t('economy.dashboard.toFilings')}</Button>
          </Link>
        )}
      </Empty>
    </Card>
  );
}

/**
 * 经济运行监测: headline cards for the chosen period and slice, then the chosen indicator's trend,
 * its split by park and by industry, and the top movers. Every bar and slice opens the enterprises
 * behind it; period, indicator and filters live in the address so a view can be shared.
 */
export function DashboardPage() {
  const { t, language } = useI18n();
  const { state, update, hasSliceFilters, clearSlice } = useDashboardParams();
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const catalogue = useApiQuery((signal) => listIndicators(signal), []);
  const overview = useApiQuery(
    (signal) => getOverview({ period: state.period, ...state.slice }, signal),
    [state.period, JSON.stringify(state.slice)],
  );
  const parks = useApiQuery((signal) => listParks(signal), []);
  const qualificationTypes = useApiQuery((signal) => listQualificationTypes(signal), []);

  const active = (catalogue.data ?? []).filter((item) => item.active);
  const headlineCodes = new Set(active.filter((item) => item.isHeadline).map((item) => item.code));
  const indicator =
    active.find((item) => item.code === state.indicator) ??
    active.find((item) => item.isHeadline) ??
    active[0];
  const period = overview.data?.period ?? undefined;
  const periods = usePeriods(overview.data?.latestPeriod, active.find((item) => item.isHeadline)?.code);
  const leading = useLeadingIndustries(period, indicator?.code);

  const error = catalogue.error ?? overview.error;
  if (error) {
    return (
      <Card>
        <ApiErrorView
          error={error}
          onRetry={error === catalogue.error ? catalogue.reload : overview.reload}
        />
      </Card>
    );
  }
  if (!catalogue.data || !overview.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (overview.data.latestPeriod === null || !period || !indicator) return <NoFigures />;

  const slice = state.slice;
  const industryDimensions: { value: IndustryDimension; label: string }[] = [
    { value: 'leading', label: t('economy.dashboard.byLeading') },
    { value: 'industry', label: t('economy.dashboard.bySection') },
  ];
  const headline = overview.data.items.filter((item) => headlineCodes.has(item.indicator.code));
  // What a drill-down of the whole view covers: the zone, or the filtered part of it.
  const scopeTitle = hasSliceFilters
    ? t('economy.dashboard.drill.filtered')
    : t('economy.dashboard.drill.whole');
  const listAll = (code: string) => setDrill({ indicator: code, period, slice, title: scopeTitle });

  return (
    <div className="gx-economy-dashboard">
      <Card className="gx-economy-header">
        <div className="gx-page-header">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('economy.dashboard.title')}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="dashboard-subtitle">
              {t('economy.dashboard.subtitle', {
                period: periodText(period, language),
                months: cumulativeText(period, language),
              })}
              {period !== overview.data.latestPeriod &&
                ` · ${t('economy.dashboard.latest', { period: periodText(overview.data.latestPeriod, language) })}`}
            </Typography.Text>
          </div>
          <DashboardPicker
            period={period}
            periods={periods.data}
            indicator={indicator.code}
            indicators={active}
            update={update}
          />
        </div>
        <DashboardSliceFilters
          state={state}
          update={update}
          hasSliceFilters={hasSliceFilters}
          clearSlice={clearSlice}
          parks={parks.data}
          qualificationTypes={qualificationTypes.data}
          leadingIndustries={leading.data}
        />
      </Card>

      <HeadlineCards
        figures={headline}
        period={period}
        selected={indicator.code}
        onSelect={(code) => update({ indicator: code })}
        onList={listAll}
      />

      <Flex vertical gap={16}>
        <TrendPanel
          indicator={indicator}
          period={period}
          slice={slice}
          months={state.months}
          scopeTitle={scopeTitle}
          update={update}
          onDrill={setDrill}
        />
        <BreakdownPanel
          indicator={indicator}
          period={period}
          slice={slice}
          by="park"
          dimensionName={t('economy.dashboard.byPark')}
          onDrill={setDrill}
        />
        <BreakdownPanel
          indicator={indicator}
          period={period}
          slice={slice}
          by={state.industryBy}
          dimensionName={
            state.industryBy === 'leading'
              ? t('economy.dashboard.byLeading')
              : t('economy.dashboard.bySection')
          }
          extra={
            <Segmented<IndustryDimension>
              size="small"
              value={state.industryBy}
              options={industryDimensions}
              onChange={(value) => update({ industryBy: value === 'leading' ? undefined : value })}
            />
          }
          onDrill={setDrill}
        />
        <RankingsPanel indicator={indicator} period={period} slice={slice} />
      </Flex>

      <DrilldownDrawer request={drill} indicators={active} onClose={() => setDrill(null)} />
    </div>
  );
}
