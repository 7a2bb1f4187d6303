import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { RecordBackButton, RecordConflictAlert, useRecordPage } from '../../app/pages/use-record-page';
import { ProjectFacts, ProjectTeamCard } from './project-facts';
import { ProjectFunds } from './project-funds';
import { ProjectHeading } from './project-heading';
import { ProjectHelpRequests } from './project-help-requests';
import { ProjectMilestones } from './project-milestones';
import { ProjectReports } from './project-reports';
import { ProjectStageCard } from './project-stage-card';
import { getProject } from './projects-api';
import { StageDialog } from './stage-dialog';

/**
 * 项目详情: colour and why, warnings (合同额 above 总投资), facts, the 五个一 team, the stages with
 * 推进阶段, milestones as a Gantt, 到位资金 entries, help asked of departments (answered by them)
 * and weekly reports. Every write answers with the fresh project, shown at once.
 */
export function ProjectDetailPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const page = useRecordPage(projectId, getProject, {
    fallbackPath: '/projects',
    conflictMessage: t('projects.detail.conflict'),
    skeletonRows: 12,
  });
  const [stageOpen, setStageOpen] = useState(false);
  const project = page.record;
  if (!project) return page.placeholder;

  const changed = page.update;
  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="project-detail">
      <Card>
        <RecordBackButton onClick={page.back}>{t('projects.detail.back')}</RecordBackButton>
        <RecordConflictAlert page={page} title={t('projects.detail.conflict')} testId="project-conflict" />
        <div className="gx-page-header" style={{ marginTop: 8 }}>
          <ProjectHeading project={project} />
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
      <ProjectHelpRequests project={project} onChanged={changed} onConflict={page.conflicted} />
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
          page.done(next);
        }}
        onConflict={(current, reason) => {
          setStageOpen(false);
          page.conflicted(current, reason);
        }}
      />
    </Space>
  );
}
