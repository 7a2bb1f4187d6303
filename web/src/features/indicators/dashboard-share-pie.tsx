import type { Language } from '@gaoxin/domain';
import type { FigureUnit } from './dashboard-format';
import { echarts, palette, ReactEChartsCore, type ChartClick } from './dashboard-echarts';
import { canDrill, sliceTooltip, type SliceLabels } from './dashboard-slice-tooltip';
import type { BreakdownSlice } from './indicators-api';

/**
 * The make-up of the total (构成) as a donut: each part's share, the total in the middle. Parts
 * with a negative total (a loss) cannot be drawn as a share and are left to the bars.
 */
export function SharePieChart({
  slices,
  totalText,
  totalLabel,
  unit,
  cumulativeNote,
  language,
  labels,
  onSelect,
}: {
  slices: BreakdownSlice[];
  totalText: string;
  totalLabel: string;
  unit: FigureUnit;
  cumulativeNote: string;
  language: Language;
  labels: SliceLabels;
  onSelect: (slice: BreakdownSlice) => void;
}) {
  const drawn = slices.filter((slice) => Number(slice.cumulative) > 0);
  const option = {
    animationDuration: 300,
    color: palette,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const slice = drawn[dataIndex];
        return slice ? sliceTooltip(slice, unit, cumulativeNote, language, labels) : '';
      },
    },
    legend: {
      type: 'scroll',
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { width: 150, overflow: 'truncate' },
      formatter: (name: string) => {
        const slice = drawn.find((item) => item.label === name);
        return slice?.sharePercent === null || slice === undefined
          ? name
          : `${name}  ${slice.sharePercent.toFixed(2)}%`;
      },
    },
    title: {
      text: totalText,
      subtext: totalLabel,
      left: '29%',
      top: '42%',
      textAlign: 'center',
      textStyle: { fontSize: 15, fontWeight: 600, color: '#1f1f1f' },
      subtextStyle: { fontSize: 11, color: '#8c8c8c' },
      itemGap: 4,
    },
    series: [
      {
        type: 'pie',
        radius: ['48%', '72%'],
        center: ['30%', '50%'],
        avoidLabelOverlap: true,
        cursor: 'pointer',
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data: drawn.map((slice) => ({
          name: slice.label,
          value: Number(slice.cumulative),
          itemStyle: canDrill(slice) ? undefined : { opacity: 0.6 },
        })),
      },
    ],
  };
  const onEvents = {
    click: (event: ChartClick) => {
      const slice = drawn[event.dataIndex];
      if (slice && canDrill(slice)) onSelect(slice);
    },
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      onEvents={onEvents}
      style={{ height: 260, width: '100%' }}
    />
  );
}
