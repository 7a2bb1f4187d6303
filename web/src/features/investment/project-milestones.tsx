import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { todayInChina } from '@gaoxin/domain';
import { Button, Card, Empty, Skeleton, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { MilestoneDialog, type MilestoneEdit } from './milestone-dialog';
import type { ProjectDetail, ProjectMilestone } from './projects-api';

const MilestoneGantt = lazy(() => import('./milestone-gantt').then((m) => ({ default: m.MilestoneGantt })));

/** 已完成 (按期 / 延期 N 天), 逾期 N 天, 今日到期 or 剩 N 天. */
function MilestoneState({ milestone }: { milestone: ProjectMilestone }) {
  const { t } = useI18n();
  if (milestone.actualOn)
    return milestone.actualOn > milestone.plannedOn ? (
      <Tag color="orange">{t('projects.milestone.reachedLate')}</Tag>
    ) : (
      <Tag color="green">{t('projects.milestone.reached')}</Tag>
    );
  const late = milestone.lateDays ?? 0;
  if (late > 0)
    return (
      <Tag color="red" data-testid="milestone-late">
        {t('projects.milestone.lateDays', { days: late })}
      </Tag>
    );
  if (late === 0) return <Tag color="gold">{t('projects.milestone.dueToday')}</Tag>;
  return (
    <Typography.Text type="secondary">{t('projects.milestone.daysLeft', { days: -late })}</Typography.Text>
  );
}

/** 节点计划: the Gantt, the table with 完成 and 修改 for the team, and 新增节点. */
export function ProjectMilestones({
  project,
  onChanged,
}: {
  project: ProjectDetail;
  onChanged: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const [edit, setEdit] = useState<MilestoneEdit>();
  const columns: NonNullable<TableProps<ProjectMilestone>['columns']> = [
    { title: t('projects.milestone.name'), dataIndex: 'name', key: 'name', ellipsis: true },
    { title: t('projects.milestone.plannedOn'), dataIndex: 'plannedOn', key: 'plannedOn', width: 110 },
    {
      title: t('projects.milestone.actualOn'),
      key: 'actualOn',
      width: 110,
      render: (_value, milestone) => milestone.actualOn ?? '—',
    },
    {
      title: t('projects.milestone.state'),
      key: 'state',
      width: 120,
      render: (_value, milestone) => <MilestoneState milestone={milestone} />,
    },
  ];
  if (project.canEdit)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_value, milestone) => (
        <Space size={0}>
          {!milestone.actualOn && (
            <Button
              type="link"
              size="small"
              icon={<CheckOutlined />}
              onClick={() => setEdit({ mode: 'complete', milestone })}
              data-testid={`milestone-complete-${milestone.id}`}
            >
              {t('projects.milestone.complete')}
            </Button>
          )}
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEdit({ mode: 'edit', milestone })}
            data-testid={`milestone-edit-${milestone.id}`}
          >
            {t('projects.milestone.editShort')}
          </Button>
        </Space>
      ),
    });

  return (
    <Card
      size="small"
      title={t('projects.milestone.title')}
      extra={
        project.canEdit && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEdit({ mode: 'add' })}
            data-testid="project-milestone-add"
          >
            {t('projects.milestone.add')}
          </Button>
        )
      }
    >
      {project.milestones.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={project.canEdit ? t('projects.milestone.emptyTeam') : t('projects.milestone.empty')}
        />
      ) : (
        <>
          <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 160 }} />}>
            <MilestoneGantt
              milestones={project.milestones}
              signedOn={project.signedOn}
              today={todayInChina()}
            />
          </Suspense>
          <Table<ProjectMilestone>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={project.milestones}
            pagination={false}
            rowClassName={(milestone) => ((milestone.lateDays ?? 0) > 0 ? 'gx-investment-row-late' : '')}
            data-testid="project-milestones"
          />
        </>
      )}
      <MilestoneDialog
        project={project}
        edit={edit}
        onClose={() => setEdit(undefined)}
        onDone={(next) => {
          setEdit(undefined);
          onChanged(next);
        }}
      />
    </Card>
  );
}
