import { Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { amountText } from './investment-format';
import { ColourTag, StageTag } from './investment-labels';
import type { TablePaging } from './lead-table';
import type { ProjectSummary } from './projects-api';

/** The open milestone that decides the colour: its name, date, and days late (red) or left. */
export function NextMilestone({ project }: { project: ProjectSummary }) {
  const { t } = useI18n();
  const next = project.nextMilestone;
  if (!next) return <Typography.Text type="secondary">{t('projects.list.noOpenMilestone')}</Typography.Text>;
  const late = next.lateDays ?? 0;
  return (
    <div className="gx-investment-name-cell">
      <span>{next.name}</span>
      <Typography.Text
        type={late > 0 ? 'danger' : 'secondary'}
        strong={late > 0}
        data-testid="project-late-days"
      >
        {late > 0
          ? t('projects.milestone.lateBy', { date: next.plannedOn, days: late })
          : late === 0
            ? t('projects.milestone.dueTodayShort', { date: next.plannedOn })
            : t('projects.milestone.leftDays', { date: next.plannedOn, days: -late })}
      </Typography.Text>
    </div>
  );
}

/** 须督办: who must act on a red project — the commissioner, the section chief, the leader. */
function WhoMustAct({ project }: { project: ProjectSummary }) {
  const { t } = useI18n();
  const { team } = project;
  const people = [
    { role: t('projects.team.commissioner'), person: team.commissioner },
    { role: t('projects.team.sectionChief'), person: team.sectionChief },
    { role: t('projects.team.leader'), person: team.leader },
  ];
  return (
    <div className="gx-investment-name-cell" data-testid="project-who-must-act">
      {people.map(({ role, person }) => (
        <span key={role} className="gx-investment-nowrap">
          <Typography.Text type="secondary">{role}：</Typography.Text>
          {person?.name ?? <Typography.Text type="warning">{t('projects.team.unassigned')}</Typography.Text>}
        </span>
      ))}
    </div>
  );
}

/**
 * Projects as a table: colour (why on hover), name and investor, stage, 合同额 / 总投资, 到位资金,
 * sub-park and the milestone that decides the colour. The 督办 list adds who must act.
 */
export function ProjectTable({
  items,
  loading,
  paging,
  empty,
  supervision,
}: {
  items: ProjectSummary[] | undefined;
  loading: boolean;
  paging: TablePaging;
  empty: ReactNode;
  supervision: boolean;
}) {
  const { t } = useI18n();
  const columns: NonNullable<TableProps<ProjectSummary>['columns']> = [
    {
      title: t('projects.field.colour'),
      key: 'colour',
      width: 56,
      render: (_value, project) => <ColourTag project={project} />,
    },
    {
      title: t('projects.field.nameAndInvestor'),
      key: 'name',
      minWidth: 200,
      render: (_value, project) => (
        <div className="gx-investment-name-cell">
          <Link to={`/projects/${project.id}`} data-testid="project-row" className="gx-investment-name-link">
            {project.name}
          </Link>
          <Typography.Text type="secondary" ellipsis={{ tooltip: project.investorName }}>
            {project.investorName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('projects.field.stage'),
      key: 'stage',
      width: 76,
      render: (_value, project) => <StageTag stage={project.stage} />,
    },
    {
      title: t('projects.field.contractAndTotal'),
      key: 'amounts',
      width: 128,
      align: 'right',
      render: (_value, project) => (
        <div className="gx-investment-name-cell">
          <span>{amountText(project.contractAmount)}</span>
          <Typography.Text type="secondary">{amountText(project.totalInvestment)}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('projects.field.park'),
      key: 'park',
      width: 116,
      ellipsis: true,
      render: (_value, project) => project.park?.name ?? '—',
    },
    {
      title: supervision ? t('projects.field.lateMilestone') : t('projects.field.nextMilestone'),
      key: 'next',
      width: 184,
      render: (_value, project) => <NextMilestone project={project} />,
    },
  ];
  // The 督办 list trades 到位资金 for who must act.
  if (!supervision)
    columns.splice(4, 0, {
      title: t('projects.field.fundsInPlace'),
      key: 'funds',
      width: 104,
      align: 'right',
      render: (_value, project) => amountText(project.fundsInPlace),
    });
  if (supervision)
    columns.push({
      title: t('projects.field.whoMustAct'),
      key: 'who',
      width: 230,
      render: (_value, project) => <WhoMustAct project={project} />,
    });
  else
    columns.push({
      title: t('projects.team.commissioner'),
      key: 'commissioner',
      width: 112,
      ellipsis: true,
      render: (_value, project) => project.team.commissioner?.name ?? '—',
    });

  return (
    <div data-testid="project-list">
      <Table<ProjectSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        locale={{ emptyText: empty }}
        scroll={{ x: 990 }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: paging.total,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: paging.onChange,
        }}
      />
    </div>
  );
}
