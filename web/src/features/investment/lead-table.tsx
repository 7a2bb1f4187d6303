import { Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { amountText } from './investment-format';
import { LeadStatusTag, leadSourceText } from './investment-labels';
import type { LeadSummary } from './leads-api';

export interface TablePaging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

/** 首次接洽: when, or 待接洽, or overdue in red (only while the lead is open). */
export function FirstContact({ lead }: { lead: LeadSummary }) {
  const { t } = useI18n();
  if (lead.firstContactedAt) return <>{dayjs(lead.firstContactedAt).format('YYYY-MM-DD')}</>;
  if (lead.firstContactOverdue)
    return (
      <Tag color="red" data-testid="lead-contact-overdue">
        {t('investment.list.contactOverdue')}
      </Tag>
    );
  if (lead.status === 'lead' || lead.status === 'negotiating')
    return <Typography.Text type="secondary">{t('investment.list.contactPending')}</Typography.Text>;
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/**
 * Leads as a table: company (links to the detail, with the 首报首谈 flag), source, intended
 * investment, status, officer and department, registration and first contact.
 */
export function LeadTable({
  items,
  loading,
  paging,
  empty,
}: {
  items: LeadSummary[] | undefined;
  loading: boolean;
  paging: TablePaging;
  empty: ReactNode;
}) {
  const { t, language } = useI18n();
  const columns: NonNullable<TableProps<LeadSummary>['columns']> = [
    {
      title: t('investment.field.company'),
      key: 'company',
      minWidth: 240,
      render: (_value, lead) => (
        <div className="gx-investment-name-cell">
          <Link to={`/investment/${lead.id}`} data-testid="lead-row" className="gx-investment-name-link">
            {lead.companyName}
          </Link>
          <Space size={4} wrap>
            {lead.creditCode && <span className="gx-mono">{lead.creditCode}</span>}
            {lead.duplicateOf && (
              <Tooltip
                title={t('investment.duplicate.heldBy', {
                  owner: lead.duplicateOf.ownerName,
                  department: lead.duplicateOf.departmentName ?? t('investment.duplicate.noDepartment'),
                  date: dayjs(lead.duplicateOf.registeredAt).format('YYYY-MM-DD'),
                })}
              >
                <Tag color="orange" data-testid="lead-duplicate-flag">
                  {t('investment.list.duplicateFlag', { owner: lead.duplicateOf.ownerName })}
                </Tag>
              </Tooltip>
            )}
            {lead.projectId && (
              <Link to={`/projects/${lead.projectId}`}>
                <Tag color="green">{t('investment.list.hasProject')}</Tag>
              </Link>
            )}
          </Space>
        </div>
      ),
    },
    {
      title: t('investment.field.source'),
      key: 'source',
      width: 140,
      render: (_value, lead) => (
        <div className="gx-investment-name-cell">
          <span>{leadSourceText(lead.source, language)}</span>
          {lead.anchorEnterprise && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: lead.anchorEnterprise.name }}>
              {t('investment.list.anchorBy', { name: lead.anchorEnterprise.name })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('investment.field.intendedInvestment'),
      key: 'intendedInvestment',
      width: 130,
      align: 'right',
      render: (_value, lead) => amountText(lead.intendedInvestment),
    },
    {
      title: t('investment.field.status'),
      key: 'status',
      width: 100,
      render: (_value, lead) =>
        lead.statusReason ? (
          <Tooltip title={lead.statusReason}>
            <span>
              <LeadStatusTag status={lead.status} />
            </span>
          </Tooltip>
        ) : (
          <LeadStatusTag status={lead.status} />
        ),
    },
    {
      title: t('investment.field.owner'),
      key: 'owner',
      width: 150,
      render: (_value, lead) => (
        <div className="gx-investment-name-cell">
          <span>{lead.owner.name}</span>
          {lead.department && <Typography.Text type="secondary">{lead.department.name}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('investment.field.registeredAt'),
      key: 'registeredAt',
      width: 112,
      render: (_value, lead) => dayjs(lead.registeredAt).format('YYYY-MM-DD'),
    },
    {
      title: t('investment.field.firstContact'),
      key: 'firstContact',
      width: 120,
      render: (_value, lead) => <FirstContact lead={lead} />,
    },
  ];

  return (
    <div data-testid="lead-list">
      <Table<LeadSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        locale={{ emptyText: empty }}
        scroll={{ x: 1000 }}
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
