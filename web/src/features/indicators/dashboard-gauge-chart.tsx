import { echarts, ReactEChartsCore } from './dashboard-echarts';

/** The colour of the 时序进度 tick, also used by the card's legend under the gauge. */
export const scheduleColour = '#fa8c16';

/**
 * 完成全年目标进度 as an open ring: the arc is the completion (blue when ahead of the calendar,
 * orange when behind), the tick on the ring 时序进度 (N/12). The legend and the phrase under it
 * ("快于序时进度X个百分点") are written by the card, not the chart.
 */
export function TargetGauge({
  completionPercent,
  schedulePercent,
}: {
  completionPercent: number;
  schedulePercent: number;
}) {
  const max = Math.max(100, Math.ceil(completionPercent / 10) * 10);
  const ahead = completionPercent >= schedulePercent;
  const geometry = {
    type: 'gauge' as const,
    min: 0,
    max,
    startAngle: 200,
    endAngle: -20,
    radius: '100%',
    center: ['50%', '56%'],
    splitNumber: 4,
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
  };
  const option = {
    animation: false,
    series: [
      {
        ...geometry,
        progress: {
          show: true,
          width: 12,
          roundCap: true,
          itemStyle: { color: ahead ? '#1554ad' : '#d46b08' },
        },
        axisLine: { roundCap: true, lineStyle: { width: 12, color: [[1, '#e8edf5']] } },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '0%'],
          fontSize: 20,
          fontWeight: 600,
          color: '#1f1f1f',
          formatter: (value: number) => `${value.toFixed(2)}%`,
        },
        data: [{ value: completionPercent }],
      },
      {
        ...geometry,
        axisLine: { show: false },
        progress: { show: false },
        // A short bar on the ring at 时序进度.
        pointer: {
          show: true,
          icon: 'rect',
          length: 22,
          width: 3,
          offsetCenter: [0, '-76%'],
          itemStyle: { color: scheduleColour },
        },
        anchor: { show: false },
        title: { show: false },
        detail: { show: false },
        data: [{ value: schedulePercent }],
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 128, width: '100%' }}
      opts={{ renderer: 'canvas' }}
    />
  );
}
