import { useI18n } from '../../app/i18n/i18n';
import { amountText } from './investment-format';
import { ReactEChartsCore, echarts, escapeHtml } from './investment-echarts';
import { funnelStepKeys } from './investment-labels';
import type { FunnelRow } from './projects-api';

const stepColours = [
  '#c6d9f5',
  '#9dbbe6',
  '#6f9ad6',
  '#4a7fc8',
  '#2d66b8',
  '#1554ad',
  '#13a8a8',
  '#389e0d',
  '#237804',
];

/** The pipeline as a funnel: how many reached each step (lead → 达产), in order, amounts in the tooltip. */
export function FunnelChart({ steps }: { steps: FunnelRow[] }) {
  const { t } = useI18n();
  const largest = Math.max(1, ...steps.map((row) => row.reached));
  const option = {
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const row = steps[params.dataIndex];
        if (!row) return '';
        return [
          `<strong>${escapeHtml(t(funnelStepKeys[row.step]))}</strong>`,
          t('projects.funnel.reachedTip', { count: row.reached }),
          t('projects.funnel.currentTip', { count: row.current }),
          escapeHtml(t('projects.funnel.amountTip', { amount: amountText(row.amount) })),
        ].join('<br/>');
      },
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '4%',
        width: '62%',
        top: 8,
        bottom: 8,
        min: 0,
        max: largest,
        minSize: '10%',
        gap: 2,
        label: {
          position: 'right',
          formatter: (params: { dataIndex: number }) => {
            const row = steps[params.dataIndex];
            return row ? `${t(funnelStepKeys[row.step])}  ${row.reached}` : '';
          },
          color: '#1f2d3d',
        },
        labelLine: { show: true, length: 12, lineStyle: { color: '#c0c8d4' } },
        data: steps.map((row, index) => ({
          name: t(funnelStepKeys[row.step]),
          value: row.reached,
          itemStyle: { color: stepColours[index % stepColours.length] },
        })),
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 380, width: '100%' }} />
  );
}
