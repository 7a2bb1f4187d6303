import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EnterpriseFiguresResponse } from './returns-api';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Series = EnterpriseFiguresResponse['series'][number];

/** Numbers for drawing only; every figure shown as text comes from the exact decimal strings. */
const toNumber = (value: string | null) => (value === null ? null : Number(value));

/**
 * One indicator of one enterprise over the months: 当月 as bars, 1—N月累计 as a line (it starts again
 * each January) and 累计同比 on the right axis. Loaded on its own so ECharts stays out of other pages.
 */
export function EnterpriseFiguresChart({
  series,
  names,
}: {
  series: Series;
  names: { month: string; cumulative: string; growth: string };
}) {
  const { unit, decimals } = series.indicator;
  const amount = {
    valueFormatter: (value: number | null | undefined) =>
      value === null || value === undefined
        ? '—'
        : `${value.toLocaleString('zh-CN', { maximumFractionDigits: decimals })} ${unit}`,
  };
  const rate = {
    valueFormatter: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : `${value.toFixed(2)}%`,
  };
  const years = [...new Set(series.points.map((point) => point.period.slice(0, 4)))];
  const option = {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: series.points.map((point) => point.period),
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      { type: 'value', name: unit, splitLine: { lineStyle: { color: '#eef1f6' } } },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      {
        name: names.month,
        type: 'bar',
        barMaxWidth: 18,
        tooltip: amount,
        data: series.points.map((point) => toNumber(point.month)),
        itemStyle: { color: '#7aa6e6', borderRadius: [3, 3, 0, 0] },
      },
      // One line per year: 1—N月累计 starts again each January, so the years are not joined.
      ...years.map((year) => ({
        name: names.cumulative,
        type: 'line',
        data: series.points.map((point) =>
          point.period.startsWith(year) ? toNumber(point.cumulative) : null,
        ),
        itemStyle: { color: '#1554ad' },
        tooltip: amount,
        symbolSize: 5,
      })),
      {
        name: names.growth,
        type: 'line',
        yAxisIndex: 1,
        tooltip: rate,
        data: series.points.map((point) => point.cumulativeGrowth),
        itemStyle: { color: '#d4380d' },
        lineStyle: { type: 'dashed' },
        symbolSize: 4,
        connectNulls: false,
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320, width: '100%' }} />
  );
}
