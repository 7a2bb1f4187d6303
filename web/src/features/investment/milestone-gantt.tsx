import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { useI18n } from '../../app/i18n/i18n';
import { ReactEChartsCore, echarts, escapeHtml } from './investment-echarts';
import { statusColours } from './investment-labels';
import type { ProjectMilestone } from './projects-api';

/** How a milestone's lower bar is drawn: reached on time or late, open and late, or open on plan. */
const kinds = ['onTime', 'reachedLate', 'openLate', 'open'] as const;
type Kind = (typeof kinds)[number];
const kindColours: Record<Kind, string> = {
  onTime: statusColours.green,
  reachedLate: '#fa8c16',
  openLate: statusColours.red,
  open: '#bfbfbf',
};
const plannedColour = '#9dbbe6';

const day = (date: string) => new Date(`${date}T00:00:00+08:00`).getTime();

function kindOf(milestone: ProjectMilestone): Kind {
  if (milestone.actualOn) return milestone.actualOn > milestone.plannedOn ? 'reachedLate' : 'onTime';
  return (milestone.lateDays ?? 0) > 0 ? 'openLate' : 'open';
}

/** Two bars per milestone: the plan (from the previous plan, or signing, to the planned date) above, what happened below. */
function renderItem(
  _params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const row = Number(api.value(0));
  const [startX = 0, centreY = 0] = api.coord([api.value(1), row]);
  const [plannedX = 0] = api.coord([api.value(2), row]);
  const [actualX = 0] = api.coord([api.value(3), row]);
  const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 24;
  const height = Math.min(band * 0.3, 12);
  const colour = kindColours[kinds[Number(api.value(4))] ?? 'open'];
  return {
    type: 'group',
    children: [
      {
        type: 'rect',
        shape: { x: startX, y: centreY - height - 1, width: Math.max(plannedX - startX, 3), height, r: 2 },
        style: { fill: plannedColour },
      },
      {
        type: 'rect',
        shape: { x: startX, y: centreY + 1, width: Math.max(actualX - startX, 3), height, r: 2 },
        style: { fill: colour },
      },
    ],
  };
}

/**
 * The milestones as a Gantt: per milestone the planned span above and the actual one below (green on
 * time, orange reached late, red open and late, grey open), with a line at today.
 */
export function MilestoneGantt({
  milestones,
  signedOn,
  today,
}: {
  milestones: ProjectMilestone[];
  signedOn: string;
  today: string;
}) {
  const { t } = useI18n();
  const rows = [...milestones].sort((left, right) => left.plannedOn.localeCompare(right.plannedOn));
  const data = rows.map((milestone, index) => {
    const previous = rows[index - 1]?.plannedOn ?? signedOn;
    const start = day(previous < milestone.plannedOn ? previous : signedOn);
    const end = milestone.actualOn ? day(milestone.actualOn) : Math.max(day(today), start);
    return [index, start, day(milestone.plannedOn), end, kinds.indexOf(kindOf(milestone))];
  });
  const legend = [
    { colour: plannedColour, label: t('projects.gantt.planned') },
    { colour: kindColours.onTime, label: t('projects.gantt.onTime') },
    { colour: kindColours.reachedLate, label: t('projects.gantt.reachedLate') },
    { colour: kindColours.openLate, label: t('projects.gantt.openLate') },
    { colour: kindColours.open, label: t('projects.gantt.open') },
  ];
  const tooltip = (index: number) => {
    const milestone = rows[index];
    if (!milestone) return '';
    const late = milestone.lateDays ?? 0;
    const state = milestone.actualOn
      ? t('projects.gantt.reachedOn', { date: milestone.actualOn })
      : late > 0
        ? t('projects.milestone.lateDays', { days: late })
        : t('projects.milestone.openState');
    return [
      `<strong>${escapeHtml(milestone.name)}</strong>`,
      t('projects.gantt.plannedOn', { date: milestone.plannedOn }),
      escapeHtml(state),
    ].join('<br/>');
  };
  const week = 7 * 86_400_000;
  const times = data.flatMap((row) => [row[1] ?? 0, row[2] ?? 0, row[3] ?? 0]);
  const option = {
    animationDuration: 300,
    grid: { left: 8, right: 32, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => tooltip(params.dataIndex),
    },
    xAxis: {
      type: 'time',
      min: Math.min(...times) - week,
      max: Math.max(...times, day(today)) + week,
      splitLine: { show: true, lineStyle: { color: '#eef1f6' } },
      axisLabel: {
        hideOverlap: true,
        formatter: { year: '{yyyy}', month: '{yyyy}-{MM}', day: '{MM}-{dd}' },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((milestone) => milestone.name),
      axisTick: { show: false },
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [1, 2, 3], y: 0 },
        data,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: statusColours.red, type: 'dashed' },
          label: { formatter: t('projects.gantt.today'), position: 'start', color: statusColours.red },
          data: [{ xAxis: day(today) }],
        },
      },
    ],
  };
  return (
    <div data-testid="project-gantt">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: Math.max(140, rows.length * 40 + 50), width: '100%' }}
      />
      <div className="gx-investment-legend">
        {legend.map((item) => (
          <span key={item.label}>
            <i style={{ background: item.colour }} />
            {item.label}
          </span>
        ))}
      </div>
    </div>
  );
}
