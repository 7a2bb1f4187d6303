import { roleLabels, roles, type Role } from '@gaoxin/domain';
import { Card, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import type { AuditEntry } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { isMessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import type { AuditFilter } from './audit-api';
import { listAuditEntries } from './audit-api';
import { AuditDiff } from './audit-diff';
import { AuditFilters } from './audit-filters';

function isRole(value: string | null): value is Role {
  return roles.includes(value as Role);
}

/** The audit log (auditor only): who changed what and when, with the before/after of each change. */
export function AuditLogPage() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const entries = useApiQuery(
    (signal) => listAuditEntries({ ...filter, page, pageSize }, signal),
    [filter, page, pageSize],
  );

  const columns: TableProps<AuditEntry>['columns'] = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 180,
      render: (value: string) => formatDateTime(value, language),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_value, entry) => (
        <span>
          <span className="gx-mono">{entry.actorUsername ?? t('audit.system')}</span>
          {entry.actorRole && (
            <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
              {isRole(entry.actorRole) ? roleLabels[entry.actorRole][language] : entry.actorRole}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (value: string) => {
        const key = `auditAction.${value}`;
        return (
          <span>
            {isMessageKey(key) && <span style={{ marginRight: 6 }}>{t(key)}</span>}
            <Typography.Text type="secondary" className="gx-mono">
              {value}
            </Typography.Text>
          </span>
        );
      },
    },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      render: (value: string) => <span className="gx-mono">{value}</span>,
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      render: (value: string | null) => <span className="gx-mono">{value ?? '—'}</span>,
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      render: (value: string | null) => <span className="gx-mono">{value ?? '—'}</span>,
    },
  ];

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="audit-title">
            {t('nav.audit')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('audit.hint')}</Typography.Text>
        </div>
      </div>
      <AuditFilters
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {entries.error ? (
        <ApiErrorView error={entries.error} onRetry={entries.reload} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={entries.data?.items}
          loading={entries.loading}
          scroll={{ x: 960 }}
          expandable={{
            expandedRowRender: (entry) => (
              <div style={{ padding: '4px 0' }}>
                {entry.requestId && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.requestId')}: <span className="gx-mono">{entry.requestId}</span>
                  </Typography.Paragraph>
                )}
                <AuditDiff entry={entry} />
              </div>
            ),
            rowExpandable: (entry) =>
              entry.before !== null || entry.after !== null || entry.requestId !== null,
          }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextPage);
              setPageSize(nextSize);
            },
          }}
        />
      )}
    </Card>
  );
}
