import { Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n/i18n';
import { AppealCountdown } from './appeal-countdown';
import { SeverityTag, StateTag } from './appeal-labels';
import type { AppealSummary } from './appeals-api';

export type AppealColumn = 'enterprise' | 'department' | 'submitted';

export interface AppealTablePaging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  /** False where the page size is fixed (the enterprise profile). */
  sizeChanger?: boolean;
}

/**
 * Appeals as a table: number (links to the detail), title, enterprise, category, severity, state,
 * lead department, 时限 and when submitted. Lists, the dispatch board and the enterprise profile share it.
 */
export function AppealTable({
  items,
  loading,
  paging,
  hide = [],
  empty,
  action,
}: {
  items: AppealSummary[] | undefined;
  loading: boolean;
  paging?: AppealTablePaging;
  hide?: AppealColumn[];
  empty: ReactNode;
  /** A last column, e.g. 派单 on the dispatch board. */
  action?: { title: string; width: number; render: (appeal: AppealSummary) => ReactNode };
}) {
  const { t } = useI18n();
  const shows = (column: AppealColumn) => !hide.includes(column);
  const columns: NonNullable<TableProps<AppealSummary>['columns']> = [
    {
      title: t('appeals.field.number'),
      key: 'number',
      width: 124,
      render: (_value, appeal) => (
        <Link to={`/appeals/${appeal.id}`} className="gx-mono" data-testid="appeal-row">
          {appeal.number}
        </Link>
      ),
    },
    {
      title: shows('enterprise') ? t('appeals.field.titleAndEnterprise') : t('appeals.field.title'),
      key: 'title',
      minWidth: 240,
      render: (_value, appeal) => (
        <div className="gx-appeal-title-cell">
          <Link to={`/appeals/${appeal.id}`} className="gx-appeal-title-link">
            {appeal.title}
          </Link>
          {shows('enterprise') && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: appeal.enterprise.name }}>
              {appeal.enterprise.name}
            </Typography.Text>
          )}
        </div>
      ),
    },
  ];
  columns.push(
    {
      title: t('appeals.field.category'),
      key: 'category',
      width: 116,
      ellipsis: true,
      render: (_value, appeal) => appeal.category.name,
    },
    {
      title: t('appeals.field.severity'),
      key: 'severity',
      width: 76,
      render: (_value, appeal) => <SeverityTag severity={appeal.severity} />,
    },
    {
      title: t('appeals.field.state'),
      key: 'state',
      width: 108,
      render: (_value, appeal) => <StateTag state={appeal.state} />,
    },
  );
  if (shows('department')) {
    columns.push({
      title: t('appeals.field.leadDepartment'),
      key: 'department',
      width: 112,
      ellipsis: true,
      render: (_value, appeal) =>
        appeal.leadDepartment?.name ?? (
          <Typography.Text type="secondary">{t('appeals.notDispatched')}</Typography.Text>
        ),
    });
  }
  columns.push({
    title: t('appeals.field.clock'),
    key: 'clock',
    width: 150,
    render: (_value, appeal) => <AppealCountdown clock={appeal.clock} compact />,
  });
  if (shows('submitted')) {
    columns.push({
      title: t('appeals.field.submittedAt'),
      key: 'submittedAt',
      width: 136,
      render: (_value, appeal) => dayjs(appeal.submittedAt).format('YYYY-MM-DD HH:mm'),
    });
  }
  if (action) {
    columns.push({
      title: action.title,
      key: 'action',
      width: action.width,
      fixed: 'right',
      render: (_value, appeal) => action.render(appeal),
    });
  }

  return (
    <div data-testid="appeal-list">
      <Table<AppealSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        locale={{ emptyText: empty }}
        scroll={{ x: 1000 }}
        pagination={
          paging
            ? {
                current: paging.page,
                pageSize: paging.pageSize,
                total: paging.total,
                showSizeChanger: paging.sizeChanger ?? true,
                showTotal: (total) => t('common.total', { total }),
                onChange: paging.onChange,
              }
            : false
        }
      />
    </div>
  );
}
