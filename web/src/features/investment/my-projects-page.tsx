import { Card, Col, Empty, List, Row, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { RecordBackButton, useRecordPage } from '../../app/pages/use-record-page';
import { amountText } from './investment-format';
import { ProjectFacts, ProjectTeamCard } from './project-facts';
import { ProjectFunds } from './project-funds';
import { ProjectHeading } from './project-heading';
import { ProjectMilestones } from './project-milestones';
import { ProjectStageCard } from './project-stage-card';
import { getProject, listProjects, type ProjectSummary } from './projects-api';
import './investment.css';

/** Nothing on the investor's pages writes; the cards' write callbacks have nothing to do. */
const readOnly = () => undefined;

function MyProjectItem({ project }: { project: ProjectSummary }) {
  const { t } = useI18n();
  return (
    <List.Item data-testid="my-project">
      <div style={{ width: '100%' }}>
        <ProjectHeading
          project={project}
          name={
            <Link to={`/my-projects/${project.id}`} className="gx-investment-name-link">
              {project.name}
            </Link>
          }
        />
        <Typography.Text type="secondary">
          {t('projects.mine.figures', {
            contract: amountText(project.contractAmount),
            funds: amountText(project.fundsInPlace),
            signedOn: project.signedOn,
          })}
        </Typography.Text>
      </div>
    </List.Item>
  );
}

/** 我的项目: the projects the signed-in enterprise invests in, as the zone tracks them; read-only. */
export function MyProjectsPage() {
  const { t } = useI18n();
  const projects = useApiQuery((signal) => listProjects({ page: 1, pageSize: 50 }, signal), []);
  return (
    <Card data-testid="my-projects">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('projects.mine.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('projects.mine.hint')}</Typography.Text>
        </div>
      </div>
      {projects.error ? (
        <ApiErrorView error={projects.error} onRetry={projects.reload} />
      ) : (
        <List
          loading={projects.loading && !projects.data}
          dataSource={projects.data?.items ?? []}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.mine.empty')} />,
          }}
          renderItem={(project) => <MyProjectItem key={project.id} project={project} />}
        />
      )}
    </Card>
  );
}

/**
 * One of the enterprise's projects: stage, colour and why, milestones as a Gantt, 到位资金 and the
 * people who serve it. The server leaves out the zone's internal working (weekly reports, help
 * asked of departments, the plan, reasons for going back a stage).
 */
export function MyProjectDetailPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const page = useRecordPage(projectId, getProject, {
    fallbackPath: '/my-projects',
    conflictMessage: t('projects.detail.conflict'),
    skeletonRows: 12,
  });
  const project = page.record;
  if (!project) return page.placeholder;
  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="my-project-detail">
      <Card>
        <RecordBackButton onClick={page.back}>{t('projects.mine.back')}</RecordBackButton>
        <div className="gx-page-header" style={{ marginTop: 8 }}>
          <ProjectHeading project={project} />
        </div>
        <ProjectFacts project={project} forInvestor />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProjectStageCard project={project} />
        </Col>
        <Col xs={24} xl={8}>
          <ProjectTeamCard project={project} forInvestor />
        </Col>
      </Row>
      <ProjectMilestones project={project} onChanged={readOnly} />
      <ProjectFunds project={project} onChanged={readOnly} />
    </Space>
  );
}
