import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import type { SliceLabels } from './dashboard-slice-tooltip';
import type { Slice } from './indicators-api';

/** What the drill-down drawer lists: an indicator's enterprises in one period and slice. */
export interface DrillRequest {
  indicator: string;
  period: string;
  slice: Slice;
  /** What was clicked, e.g. "电子信息产业园". */
  title: string;
}

/** A panel's failed read: the server's message and a retry, without leaving the dashboard. */
export function PanelError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t('economy.dashboard.panelFailed')}
      description={error.message}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** The place of a chart while its code or data arrives. */
export function ChartSkeleton({ height }: { height: number }) {
  return (
    <div style={{ height, display: 'flex', alignItems: 'center' }}>
      <Skeleton active paragraph={{ rows: Math.max(2, Math.round(height / 60)) }} />
    </div>
  );
}

/** A chart with nothing to draw for this period and slice. */
export function ChartEmpty({ height }: { height: number }) {
  const { t } = useI18n();
  return (
    <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('economy.dashboard.sliceEmpty')} />
    </div>
  );
}

/** The translated words of the bar and pie tooltips. */
export function useSliceLabels(): SliceLabels {
  const { t } = useI18n();
  return {
    cumulative: t('economy.dashboard.tooltip.cumulative'),
    share: t('economy.dashboard.tooltip.share'),
    official: t('economy.dashboard.official'),
    computed: t('economy.dashboard.computedGrowth'),
    pull: t('economy.dashboard.tooltip.pull'),
    contribution: t('economy.dashboard.tooltip.contribution'),
    enterprises: (count) => t('economy.dashboard.enterprises', { count }),
    missingBase: (count) => t('economy.dashboard.tooltip.missingBase', { count }),
    clickHint: t('economy.dashboard.tooltip.clickHint'),
    noDrill: t('economy.dashboard.tooltip.noDrill'),
  };
}
