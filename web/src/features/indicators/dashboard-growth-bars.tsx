import type { Language } from '@gaoxin/domain';
import { fallColour, riseColour, type FigureUnit } from './dashboard-format';
import { echarts, ReactEChartsCore, type ChartClick } from './dashboard-echarts';
import { canDrill, shownGrowth, sliceTooltip, type SliceLabels } from './dashboard-slice-tooltip';
import type { BreakdownSlice } from './indicators-api';

/**
 * 累计同比 of each part (park, industry …) as horizontal bars, largest part on top, with the
 * zone's own rate as a dashed line; official rates carry a star. A click lists the part's enterprises.
 */
export function GrowthBarsChart({
  slices,
  zoneGrowth,
  zoneLabel,
  unit,
  cumulativeNote,
  language,
  labels,
  onSelect,
}: {
  slices: BreakdownSlice[];
  zoneGrowth: number | null;
  zoneLabel: string;
  unit: FigureUnit;
  cumulativeNote: string;
  language: Language;
  labels: SliceLabels;
  onSelect: (slice: BreakdownSlice) => void;
}) {
  // ECharts draws the first category at the bottom: reverse so the largest part is on top.
  const ordered = [...slices].reverse();
  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 56, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const slice = ordered[dataIndex];
        return slice ? sliceTooltip(slice, unit, cumulativeNote, language, labels) : '';
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { color: '#eef1f6' } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((slice) => slice.label),
      axisTick: { show: false },
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        cursor: 'pointer',
        data: ordered.map((slice) => {
          const growth = shownGrowth(slice);
          return {
            value: growth,
            itemStyle: {
              color: (growth ?? 0) < 0 ? fallColour : riseColour,
              opacity: canDrill(slice) ? 1 : 0.55,
              borderRadius: (growth ?? 0) < 0 ? [3, 0, 0, 3] : [0, 3, 3, 0],
            },
            label: {
              show: true,
              position: (growth ?? 0) < 0 ? 'left' : 'right',
              color: '#434343',
              formatter: () =>
                growth === null ? '—' : `${growth.toFixed(2)}%${slice.officialGrowth === null ? '' : '*'}`,
            },
          };
        }),
        markLine:
          zoneGrowth === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: '#fa8c16', type: 'dashed' },
                label: { formatter: `${zoneLabel} ${zoneGrowth.toFixed(2)}%`, color: '#d46b08' },
                data: [{ xAxis: zoneGrowth }],
              },
      },
    ],
  };
  const onEvents = {
    click: (event: ChartClick) => {
      const slice = ordered[event.dataIndex];
      if (slice && canDrill(slice)) onSelect(slice);
    },
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      onEvents={onEvents}
      style={{ height: Math.max(200, ordered.length * 40 + 48), width: '100%' }}
    />
  );
}
