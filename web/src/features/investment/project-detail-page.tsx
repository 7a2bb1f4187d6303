import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { NotFoundPage } from '../../app/pages/not-found-page';
import { ColourTag, colourReason, StageTag } from './investment-labels';
import { ProjectFacts, ProjectTeamCard } from './project-facts';
import { ProjectFunds } from './project-funds';
import { ProjectMilestones } from './project-milestones';
import { ProjectReports } from './project-reports';
import { ProjectStageCard } from './project-stage-card';
import { getProject, type ProjectDetail } from './projects-api';
import { StageDialog } from './stage-dialog';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 项目详情: colour and why, warnings (合同额 above 总投资), facts, the 五个一 team, the stages with
 * 推进阶段, milestones as a Gantt, 到位资金 entries and weekly reports. Every write answers with the
 * fresh project, shown at once.
 */
export function ProjectDetailPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isValidId = uuidPattern.test(projectId);
  const query = useApiQuery(
    (signal) => (isValidId ? getProject(projectId, signal) : Promise.resolve(undefined)),
    [projectId, isValidId],
  );
  const [fresh, setFresh] = useState<ProjectDetail>();
  const [stageOpen, setStageOpen] = useState(false);
  const [conflict, setConflict] = useState<string>();
  useEffect(() => setFresh(undefined), [query.data]);
  useEffect(() => setConflict(undefined), [projectId]);

  if (!isValidId) return <NotFoundPage isRecord />;
  if (query.error) return <ApiErrorView error={query.error} onRetry={query.reload} />;
  const project = fresh?.id === projectId ? fresh : query.data;
  if (!project || project.id !== projectId)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );

  const back = () => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (index > 0) void navigate(-1);
    else void navigate('/projects');
  };
  const changed = (next: ProjectDetail) => {
    setFresh(next);
    query.reload();
  };
  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="project-detail">
      <Card>
        <Button
          type="link"
          size="small"
          icon={<ArrowLeftOutlined />}
          style={{ paddingInline: 0 }}
          onClick={back}
        >
          {t('projects.detail.back')}
        </Button>
        {conflict !== undefined && (
          <Alert
            type="warning"
            showIcon
            title={t('projects.detail.conflict')}
            description={conflict || undefined}
            closable={{ onClose: () => setConflict(undefined) }}
            style={{ margin: '8px 0' }}
            data-testid="project-conflict"
          />
        )}
        <div className="gx-page-header" style={{ marginTop: 8 }}>
          <div>
            <Space align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-name">
                {project.name}
              </Typography.Title>
              <ColourTag project={project} />
              <StageTag stage={project.stage} />
            </Space>
            <div>
              <Typography.Text type={project.colour === 'red' ? 'danger' : 'secondary'}>
                {colourReason(project, t)}
              </Typography.Text>
            </div>
          </div>
          {project.canEdit && (
            <Link to={`/projects/${project.id}/edit`}>
              <Button icon={<EditOutlined />} data-testid="project-edit">
                {t('projects.edit.title')}
              </Button>
            </Link>
          )}
        </div>
        {project.warnings.map((warning) => (
          <Alert
            key={`${warning.field}-${warning.message}`}
            type="warning"
            showIcon
            title={warning.message}
            style={{ marginBottom: 12 }}
            data-testid="project-warning"
          />
        ))}
        <ProjectFacts project={project} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProjectStageCard
            project={project}
            onChange={project.canEdit ? () => setStageOpen(true) : undefined}
          />
        </Col>
        <Col xs={24} xl={8}>
          <ProjectTeamCard project={project} />
        </Col>
      </Row>
      <ProjectMilestones project={project} onChanged={changed} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ProjectFunds project={project} onChanged={changed} />
        </Col>
        <Col xs={24} xl={12}>
          <ProjectReports project={project} onChanged={changed} />
        </Col>
      </Row>
      <StageDialog
        project={project}
        open={stageOpen}
        onClose={() => setStageOpen(false)}
        onDone={(next) => {
          setStageOpen(false);
          setConflict(undefined);
          changed(next);
        }}
        onConflict={(current, reason) => {
          setStageOpen(false);
          if (current) setFresh(current);
          setConflict(reason.code === 'CONFLICT' ? '' : reason.message);
          void message.warning(t('projects.detail.conflict'));
          query.reload();
        }}
      />
    </Space>
  );
}
