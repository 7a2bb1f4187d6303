import { Card, Col, Empty, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { placeInside } from '@gaoxin/domain';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { colourLongKeys, statusColours } from './investment-labels';
import type { MapPoint } from './project-map-chart';
import { ProjectMapDetail } from './project-map-detail';
import { getProjectMap, type ProjectColour, type ProjectMap } from './projects-api';

const ProjectMapChart = lazy(() =>
  import('./project-map-chart').then((m) => ({ default: m.ProjectMapChart })),
);

type Shown = 'all' | ProjectColour;

/** The compact answer unfolded: each project placed inside its park from its id (the same rule everywhere). */
function pointsOf(map: ProjectMap): MapPoint[] {
  const { ids, park, colour } = map.projects;
  return ids.map((id, index) => {
    const feature = map.parks.features[park[index]!]!;
    return {
      id,
      parkName: feature.properties.name,
      colour: map.colours[colour[index]!]!,
      point: placeInside(feature.geometry, id),
    };
  });
}

/**
 * 挂图作战: the projects on the sub-park outlines, coloured by status, filterable by colour; how
 * many are placed and how many could not be (no sub-park, or a park without an outline yet).
 */
export function ProjectMapPage() {
  const { t } = useI18n();
  const map = useApiQuery((signal) => getProjectMap(signal), []);
  const [shown, setShown] = useState<Shown>('all');
  const [selectedId, setSelectedId] = useState<string>();
  const data = map.data;
  const points = useMemo(() => (data ? pointsOf(data) : []), [data]);
  const counts = { green: 0, yellow: 0, red: 0 };
  for (const point of points) counts[point.colour] += 1;
  const visible = useMemo(
    () => points.filter((point) => shown === 'all' || point.colour === shown),
    [points, shown],
  );
  const hasOutlines = (data?.parks.features.length ?? 0) > 0;

  return (
    <Card data-testid="project-map">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('projects.nav.map')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('projects.map.hint')}</Typography.Text>
        </div>
        {data && hasOutlines && (
          <Segmented<Shown>
            value={shown}
            onChange={setShown}
            options={[
              { value: 'all', label: t('projects.map.all', { count: points.length }) },
              { value: 'red', label: t('projects.map.red', { count: counts.red }) },
              { value: 'yellow', label: t('projects.map.yellow', { count: counts.yellow }) },
              { value: 'green', label: t('projects.map.green', { count: counts.green }) },
            ]}
          />
        )}
      </div>
      {map.error && <ApiErrorView error={map.error} onRetry={map.reload} />}
      {!data && !map.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && (
        <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
          <Space wrap size={16} className="gx-investment-map-summary">
            <Typography.Text data-testid="project-map-point-count" data-count={points.length}>
              {t('projects.map.placed', { count: points.length })}
            </Typography.Text>
            {data.unplaced > 0 && (
              <Typography.Text type="warning" data-testid="project-map-unplaced">
                {t('projects.map.unplaced', { count: data.unplaced })}
                <Link to="/projects"> {t('projects.map.openList')}</Link>
              </Typography.Text>
            )}
            {hasOutlines && (
              <span className="gx-investment-legend">
                {(['red', 'yellow', 'green'] as const).map((colour) => (
                  <span key={colour}>
                    <i
                      style={{
                        background: statusColours[colour],
                        width: 10,
                        height: 10,
                        borderRadius: '50%',
                      }}
                    />
                    {t(colourLongKeys[colour])}
                  </span>
                ))}
              </span>
            )}
          </Space>
          {!hasOutlines ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {t('projects.map.noOutlines')}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">{t('projects.map.noOutlinesHint')}</Typography.Text>
                </>
              }
              data-testid="project-map-empty"
            />
          ) : (
            <>
              {points.length === 0 && (
                <Typography.Text type="secondary">{t('projects.map.noProjects')}</Typography.Text>
              )}
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={17}>
                  <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 560 }} />}>
                    <ProjectMapChart parks={data.parks} points={visible} onSelect={setSelectedId} />
                  </Suspense>
                </Col>
                <Col xs={24} xl={7}>
                  <ProjectMapDetail projectId={selectedId} />
                </Col>
              </Row>
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
