import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ParkCount {
  name: string;
  count: number;
}

/** Horizontal bars: enterprises per sub-park. Loaded on its own so ECharts stays out of other pages. */
export function ParkDistributionChart({ parks, seriesName }: { parks: ParkCount[]; seriesName: string }) {
  const sorted = [...parks].sort((left, right) => left.count - right.count);
  const option = {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eef1f6' } } },
    yAxis: { type: 'category', data: sorted.map((park) => park.name), axisTick: { show: false } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 22,
        data: sorted.map((park) => park.count),
        itemStyle: { color: '#1554ad', borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: '#333' },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, sorted.length * 48 + 24), width: '100%' }}
    />
  );
}
