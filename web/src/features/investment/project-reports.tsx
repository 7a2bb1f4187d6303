import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { HelpStatusTag } from './project-help-requests';
import type { ProjectDetail, ProjectReport } from './projects-api';
import { ReportDialog } from './report-dialog';

function ReportItem({ report }: { report: ProjectReport }) {
  const { t } = useI18n();
  return (
    <List.Item data-testid="project-report">
      <div style={{ width: '100%' }}>
        <div className="gx-investment-report-head">
          <Typography.Text strong>{t('projects.reports.weekLabel', { date: report.weekOf })}</Typography.Text>
          <Typography.Text type="secondary">{report.byName}</Typography.Text>
          {report.helpDepartment && (
            <Tag color="volcano">
              {t('projects.reports.askedHelp', { department: report.helpDepartment.name })}
            </Tag>
          )}
          <HelpStatusTag report={report} />
        </div>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'done',
              label: t('projects.reports.done'),
              children: <span className="gx-investment-plain">{report.done}</span>,
            },
            ...(report.blockers
              ? [
                  {
                    key: 'blockers',
                    label: t('projects.reports.blockers'),
                    children: <span className="gx-investment-plain">{report.blockers}</span>,
                  },
                ]
              : []),
            ...(report.helpNeeded
              ? [
                  {
                    key: 'help',
                    label: t('projects.reports.helpNeeded'),
                    children: <span className="gx-investment-plain">{report.helpNeeded}</span>,
                  },
                ]
              : []),
          ]}
        />
      </div>
    </List.Item>
  );
}

/** 周进展: newest first, and 填报周进展 for the team. */
export function ProjectReports({
  project,
  onChanged,
}: {
  project: ProjectDetail;
  onChanged: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const reports = [...project.reports].sort(
    (left, right) => right.weekOf.localeCompare(left.weekOf) || right.createdAt.localeCompare(left.createdAt),
  );
  return (
    <Card
      size="small"
      title={t('projects.reports.title')}
      extra={
        project.canEdit && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="project-report-add"
          >
            {t('projects.reports.add')}
          </Button>
        )
      }
    >
      {reports.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={project.canEdit ? t('projects.reports.emptyTeam') : t('projects.reports.empty')}
        />
      ) : (
        <List
          size="small"
          dataSource={reports}
          pagination={reports.length > 5 ? { pageSize: 5, size: 'small' } : false}
          renderItem={(report) => <ReportItem key={report.id} report={report} />}
        />
      )}
      <ReportDialog
        project={project}
        open={open}
        onClose={() => setOpen(false)}
        onDone={(next) => {
          setOpen(false);
          onChanged(next);
        }}
      />
    </Card>
  );
}
