import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Collapse,
  Empty,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { DepartmentDialog } from './department-dialog';
import { listZoneDepartments, stepZoneDepartment, type ZoneDepartment } from './zone-settings-api';
import { useRecordSave } from './use-record-save';

/** 部门: the zone's departments with code, head and order; retire and restore; retired ones apart. */
export function DepartmentsTab() {
  const { t, language } = useI18n();
  const list = useApiQuery((signal) => listZoneDepartments(signal), []);
  const [editing, setEditing] = useState<ZoneDepartment | null | 'new'>(null);
  const { run } = useRecordSave(list.reload);
  if (list.error) return <ApiErrorView error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 4 }} />;

  const columns = (retired: boolean): TableProps<ZoneDepartment>['columns'] => [
    { title: t('zoneSettings.code'), dataIndex: 'code', width: 110 },
    {
      title: t('zoneSettings.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Space>
          {name}
          {row.retiredAt && <Tag>{t('zoneSettings.retired')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('zoneSettings.departments.head'),
      dataIndex: 'head',
      render: (head: ZoneDepartment['head']) =>
        head?.name ?? (
          <Typography.Text type="secondary">{t('zoneSettings.departments.noHead')}</Typography.Text>
        ),
    },
    { title: t('zoneSettings.departments.members'), dataIndex: 'memberCount', width: 80, align: 'right' },
    { title: t('zoneSettings.sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
    {
      title: t('zoneSettings.actions'),
      key: 'actions',
      width: 200,
      render: (_value, row) => (
        <Space>
          {retired ? (
            <>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('zoneSettings.retiredAt', { time: formatDateTime(row.retiredAt!, language) })}
              </Typography.Text>
              <Button
                size="small"
                onClick={() => void run(() => stepZoneDepartment(row.id, 'restore', row.version))}
              >
                {t('zoneSettings.restore')}
              </Button>
            </>
          ) : (
            <>
              <Button
                size="small"
                onClick={() => setEditing(row)}
                data-testid={`department-edit-${row.code}`}
              >
                {t('zoneSettings.edit')}
              </Button>
              <Popconfirm
                title={t('zoneSettings.departments.retireConfirm', { name: row.name })}
                description={<div style={{ maxWidth: 320 }}>{t('zoneSettings.departments.retireHint')}</div>}
                okText={t('zoneSettings.retire')}
                cancelText={t('zoneSettings.cancel')}
                onConfirm={() => run(() => stepZoneDepartment(row.id, 'retire', row.version))}
              >
                <Button size="small" danger>
                  {t('zoneSettings.retire')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];

  const { items, retired } = list.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="departments-tab">
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setEditing('new')}
        data-testid="department-add"
      >
        {t('zoneSettings.departments.add')}
      </Button>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={items}
        columns={columns(false)}
        locale={{ emptyText: <Empty description={t('zoneSettings.departments.empty')} /> }}
      />
      {retired.length > 0 && (
        <Collapse
          items={[
            {
              key: 'retired',
              label: t('zoneSettings.showRetired', { count: retired.length }),
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    {t('zoneSettings.departments.retiredNote')}
                  </Typography.Paragraph>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={retired}
                    columns={columns(true)}
                  />
                </>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <DepartmentDialog
          department={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={list.reload}
        />
      )}
    </Space>
  );
}
