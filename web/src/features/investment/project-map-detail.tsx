import { Button, Card, Descriptions, Empty, Skeleton, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { amountText } from './investment-format';
import { ColourTag, colourReason, StageTag } from './investment-labels';
import { getProject } from './projects-api';

/**
 * Beside the map: the project picked on it, fetched when picked (the map itself carries only ids,
 * parks and colours), with a link to open it.
 */
export function ProjectMapDetail({ projectId }: { projectId: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const project = useApiQuery(
    (signal) => (projectId ? getProject(projectId, signal) : Promise.resolve(undefined)),
    [projectId],
  );
  const data = project.data;
  return (
    <Card size="small" title={t('projects.map.detailTitle')} data-testid="project-map-detail">
      {!projectId && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.map.pickHint')} />}
      {projectId && project.error && <ApiErrorView error={project.error} onRetry={project.reload} />}
      {projectId && !project.error && (!data || data.id !== projectId) && (
        <Skeleton active paragraph={{ rows: 5 }} />
      )}
      {projectId && data && data.id === projectId && (
        <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
          <div>
            <Typography.Text strong data-testid="project-map-detail-name">
              {data.name}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{data.investorName}</Typography.Text>
          </div>
          <Space size={4} wrap>
            <StageTag stage={data.stage} />
            <ColourTag project={data} />
          </Space>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'park', label: t('projects.field.park'), children: data.park?.name ?? '—' },
              {
                key: 'contract',
                label: t('projects.field.contractAmount'),
                children: amountText(data.contractAmount),
              },
              {
                key: 'funds',
                label: t('projects.field.fundsInPlace'),
                children: amountText(data.fundsInPlace),
              },
              { key: 'signed', label: t('projects.field.signedOn'), children: data.signedOn },
              { key: 'next', label: t('projects.field.nextMilestone'), children: colourReason(data, t) },
            ]}
          />
          <Button
            type="primary"
            block
            onClick={() => void navigate(`/projects/${data.id}`)}
            data-testid="project-map-open"
          >
            {t('projects.map.open')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
