import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { ReactEChartsCore, echarts, escapeHtml } from './investment-echarts';
import { colourLongKeys, statusColours } from './investment-labels';
import type { ProjectColour, ProjectMap } from './projects-api';

const mapName = 'gaoxin-parks';

/** A project as the map draws it: placed inside its park, coloured. */
export interface MapPoint {
  id: string;
  parkName: string;
  colour: ProjectColour;
  point: [number, number];
}

/** Green first, red last: the late projects are drawn over the others. */
const drawingOrder: ProjectColour[] = ['green', 'yellow', 'red'];

/**
 * The sub-parks drawn from their GeoJSON outlines (the zone's own plane, no online tiles) with each
 * project as a dot in its park, coloured 红 / 黄 / 绿, one series per colour; a click picks the project.
 */
export function ProjectMapChart({
  parks,
  points,
  onSelect,
}: {
  parks: ProjectMap['parks'];
  points: MapPoint[];
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  // Registered again whenever the outlines change; ECharts replaces a map of the same name.
  const registered = useMemo(() => {
    echarts.registerMap(mapName, parks as Parameters<typeof echarts.registerMap>[1]);
    return mapName;
  }, [parks]);
  const series = useMemo(
    () => drawingOrder.map((colour) => points.filter((point) => point.colour === colour)),
    [points],
  );

  // The same option object across renders: a new one would be set again and undo the reader's zoom.
  const option = useMemo(
    () => ({
      animationDuration: 300,
      tooltip: {
        trigger: 'item',
        formatter: (params: {
          seriesType?: string;
          seriesIndex: number;
          dataIndex: number;
          name?: string;
        }) => {
          if (params.seriesType !== 'scatter') return escapeHtml(params.name ?? '');
          const point = series[params.seriesIndex]?.[params.dataIndex];
          if (!point) return '';
          return [
            `<strong>${escapeHtml(point.parkName)}</strong>`,
            escapeHtml(t(colourLongKeys[point.colour])),
            escapeHtml(t('projects.map.clickTip')),
          ].join('<br/>');
        },
      },
      geo: {
        map: registered,
        // A plain plane, not longitude and latitude: no squeeze for latitude.
        aspectScale: 1,
        roam: true,
        layoutCenter: ['50%', '50%'],
        layoutSize: '92%',
        label: { show: true, color: '#5b6b80', fontSize: 12 },
        itemStyle: { areaColor: '#eaf1fb', borderColor: '#6f9ad6', borderWidth: 1.5 },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#d6e4f7' } },
        select: { disabled: true },
      },
      series: series.map((points, index) => ({
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 12,
        itemStyle: { color: statusColours[drawingOrder[index]!], borderColor: '#fff', borderWidth: 1.5 },
        data: points.map((point) => point.point),
        emphasis: { scale: 1.6 },
      })),
    }),
    [registered, series, t],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 560, width: '100%' }}
      onEvents={{
        click: (params: { seriesType?: string; seriesIndex: number; dataIndex: number }) => {
          const point =
            params.seriesType === 'scatter' ? series[params.seriesIndex]?.[params.dataIndex] : undefined;
          if (point) onSelect(point.id);
        },
      }}
    />
  );
}
