import { Button, Card, Collapse, Steps, Timeline, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { projectStages, stageKeys } from './investment-labels';
import type { ProjectDetail } from './projects-api';

/** How the project got where it is: every stage change, newest first, with reasons for going back. */
function StageHistory({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
  const changes = [...project.stageChanges].reverse();
  return (
    <Timeline
      items={changes.map((change, index) => ({
        key: index,
        color:
          change.fromStage && projectStages.indexOf(change.toStage) < projectStages.indexOf(change.fromStage)
            ? 'red'
            : 'blue',
        content: (
          <>
            <Typography.Text strong>
              {change.fromStage
                ? t('projects.stage.changed', {
                    from: t(stageKeys[change.fromStage]),
                    to: t(stageKeys[change.toStage]),
                  })
                : t(stageKeys[change.toStage])}
            </Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {change.happenedOn} · {change.byName}
            </Typography.Text>
            {change.reason && <div className="gx-investment-plain">{change.reason}</div>}
          </>
        ),
      }))}
    />
  );
}

/** 签约 → 注册 → 供地 → 开工 → 竣工 → 投产 → 达产 with the date of each reached stage, and 推进阶段. */
export function ProjectStageCard({ project, onChange }: { project: ProjectDetail; onChange?: () => void }) {
  const { t } = useI18n();
  const current = projectStages.indexOf(project.stage);
  return (
    <Card
      size="small"
      title={t('projects.detail.stages')}
      extra={
        onChange && (
          <Button type="primary" size="small" onClick={onChange} data-testid="project-stage-change">
            {t('projects.stageForm.title')}
          </Button>
        )
      }
    >
      <Steps
        current={current}
        size="small"
        titlePlacement="vertical"
        items={projectStages.map((stage, index) => ({
          title: t(stageKeys[stage]),
          content: project.stageDates[stage] ?? (index <= current ? '—' : t('projects.stage.notYet')),
          status: index < current ? 'finish' : index === current ? 'process' : 'wait',
        }))}
        data-testid="project-stages"
      />
      {project.stageChanges.length > 0 && (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'history',
              label: t('projects.detail.stageHistory', { count: project.stageChanges.length }),
              children: <StageHistory project={project} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
