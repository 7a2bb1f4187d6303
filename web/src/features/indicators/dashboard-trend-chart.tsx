import type { Language } from '@gaoxin/domain';
import {
  axisScale,
  clauses,
  cumulativeText,
  figureText,
  growthText,
  labelled,
  monthText,
  periodText,
  withNote,
} from './dashboard-format';
import { escapeHtml, echarts, ReactEChartsCore, type ChartClick } from './dashboard-echarts';
import type { TrendResponse } from './indicators-api';

export interface TrendLabels {
  month: string;
  cumulativeGrowth: string;
  monthGrowth: string;
  cumulative: string;
  enterprises: (count: number) => string;
  clickHint: string;
}

/**
 * Month by month: bars for 当月 (in 亿元 when large, like the cards), a line for 累计同比 and a thin
 * one for 当月同比. Clicking a bar lists that period's enterprises.
 */
export function TrendChart({
  trend,
  language,
  labels,
  onSelect,
}: {
  trend: TrendResponse;
  language: Language;
  labels: TrendLabels;
  onSelect: (period: string) => void;
}) {
  const { points, indicator } = trend;
  const largest = Math.max(0, ...points.map((point) => Math.abs(Number(point.month ?? 0))));
  const scale = axisScale(indicator.unit, largest);
  const shortPeriod = (period: string) => `${period.slice(2, 4)}.${period.slice(5)}`;

  // The trend API does not say when a February value covers 1—2月 (no January return): a
  // February 当月 equal to its cumulative does, and is labelled so rather than as "2月".
  const monthNote = (point: TrendResponse['points'][number]) =>
    point.period.endsWith('-02') && point.month !== null && point.month === point.cumulative
      ? cumulativeText(point.period, language)
      : monthText(point.period, language);

  const tooltip = (index: number) => {
    const point = points[index];
    if (!point) return '';
    const line = (label: string, note: string, value: string | null, growth: number | null) =>
      escapeHtml(
        clauses(
          [
            labelled(withNote(label, note, language), figureText(value, indicator), language),
            growthText(growth, language),
          ],
          language,
        ),
      );
    const lines = [
      `<b>${escapeHtml(periodText(point.period, language))}</b>`,
      line(labels.month, monthNote(point), point.month, point.monthGrowth),
      line(
        labels.cumulative,
        cumulativeText(point.period, language),
        point.cumulative,
        point.cumulativeGrowth,
      ),
      escapeHtml(labels.enterprises(point.enterprises)),
      `<span style="color:#8c8c8c">${escapeHtml(labels.clickHint)}</span>`,
    ];
    return lines.join('<br/>');
  };

  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => tooltip(items[0]?.dataIndex ?? -1),
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => shortPeriod(point.period)),
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        name: scale.unit,
        nameTextStyle: { align: 'left', color: '#8c8c8c' },
        splitLine: { lineStyle: { color: '#eef1f6' } },
      },
      {
        type: 'value',
        name: '%',
        nameTextStyle: { color: '#8c8c8c' },
        splitLine: { show: false },
        axisLabel: { formatter: '{value}%' },
      },
    ],
    series: [
      {
        name: labels.month,
        type: 'bar',
        barMaxWidth: 22,
        cursor: 'pointer',
        itemStyle: { color: '#9dbbe6', borderRadius: [3, 3, 0, 0] },
        emphasis: { itemStyle: { color: '#1554ad' } },
        data: points.map((point) => (point.month === null ? null : Number(point.month) / scale.divisor)),
      },
      {
        name: labels.cumulativeGrowth,
        type: 'line',
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2.5, color: '#1554ad' },
        itemStyle: { color: '#1554ad' },
        data: points.map((point) => point.cumulativeGrowth),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#bfbfbf', type: 'dashed' },
          data: [{ yAxis: 0 }],
        },
      },
      {
        name: labels.monthGrowth,
        type: 'line',
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { width: 1.5, type: 'dashed', color: '#fa8c16' },
        itemStyle: { color: '#fa8c16' },
        data: points.map((point) => point.monthGrowth),
      },
    ],
  };

  const onEvents = {
    click: (event: ChartClick) => {
      const point = points[event.dataIndex];
      if (point) onSelect(point.period);
    },
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      onEvents={onEvents}
      style={{ height: 320, width: '100%' }}
    />
  );
}
