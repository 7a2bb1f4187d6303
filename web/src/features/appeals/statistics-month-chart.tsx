import { ReactEChartsCore, echarts } from './appeals-echarts';
import type { AppealStatistics } from './appeals-api';

/** Month by month: bars for the appeals submitted, a line for those of them resolved. */
export function StatisticsMonthChart({
  months,
  labels,
}: {
  months: AppealStatistics['byMonth'];
  labels: { count: string; resolved: string };
}) {
  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: months.map((point) => `${point.month.slice(2, 4)}.${point.month.slice(5)}`),
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: '#eef1f6' } },
    },
    series: [
      {
        name: labels.count,
        type: 'bar',
        barMaxWidth: 24,
        itemStyle: { color: '#9dbbe6', borderRadius: [3, 3, 0, 0] },
        data: months.map((point) => point.count),
      },
      {
        name: labels.resolved,
        type: 'line',
        symbolSize: 6,
        lineStyle: { width: 2.5, color: '#13a8a8' },
        itemStyle: { color: '#13a8a8' },
        data: months.map((point) => point.resolved),
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300, width: '100%' }} />
  );
}
