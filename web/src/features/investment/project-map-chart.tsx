import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { amountText } from './investment-format';
import { ReactEChartsCore, echarts, escapeHtml } from './investment-echarts';
import { stageKeys, statusColours } from './investment-labels';
import type { ProjectMap } from './projects-api';

const mapName = 'gaoxin-parks';

/**
 * The sub-parks drawn from their GeoJSON outlines (the zone's own plane, no online tiles) with each
 * project as a dot in its park, coloured 红 / 黄 / 绿; a click opens the project.
 */
export function ProjectMapChart({ map, projects }: { map: ProjectMap; projects: ProjectMap['projects'] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // Registered again whenever the outlines change; ECharts replaces a map of the same name.
  const registered = useMemo(() => {
    echarts.registerMap(mapName, map.parks as Parameters<typeof echarts.registerMap>[1]);
    return mapName;
  }, [map.parks]);

  const option = {
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      formatter: (params: { seriesType?: string; dataIndex: number; name?: string }) => {
        if (params.seriesType !== 'scatter') return escapeHtml(params.name ?? '');
        const project = projects[params.dataIndex];
        if (!project) return '';
        return [
          `<strong>${escapeHtml(project.name)}</strong>`,
          escapeHtml(`${project.park.name} · ${t(stageKeys[project.stage])}`),
          escapeHtml(t('projects.map.contractTip', { amount: amountText(project.contractAmount) })),
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
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 12,
        data: projects.map((project) => ({
          name: project.name,
          value: project.point,
          itemStyle: { color: statusColours[project.colour], borderColor: '#fff', borderWidth: 1.5 },
        })),
        emphasis: { scale: 1.6 },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 560, width: '100%' }}
      onEvents={{
        click: (params: { seriesType?: string; dataIndex: number }) => {
          const project = params.seriesType === 'scatter' ? projects[params.dataIndex] : undefined;
          if (project) void navigate(`/projects/${project.id}`);
        },
      }}
    />
  );
}
