import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Collapse,
  Empty,
  Popconfirm,
  Popover,
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
import { OutlinePreview, outlinePositions } from './outline-preview';
import { ParkDialog } from './park-dialog';
import { listZoneParks, stepZonePark, type ZonePark } from './zone-settings-api';
import { useRecordSave } from './use-record-save';

/** 片区: the sub-parks with code and outline (drawn small), retire and restore; retired ones apart. */
export function ParksTab() {
  const { t, language } = useI18n();
  const list = useApiQuery((signal) => listZoneParks(signal), []);
  const [editing, setEditing] = useState<ZonePark | null | 'new'>(null);
  const { run } = useRecordSave(list.reload);
  if (list.error) return <ApiErrorView error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 4 }} />;

  const columns = (retired: boolean): TableProps<ZonePark>['columns'] => [
    {
      title: t('zoneSettings.parks.preview'),
      dataIndex: 'outline',
      width: 72,
      render: (outline: ZonePark['outline']) =>
        outline ? (
          <Popover content={<OutlinePreview outline={outline} size={240} />}>
            <span>
              <OutlinePreview outline={outline} size={44} />
            </span>
          </Popover>
        ) : null,
    },
    { title: t('zoneSettings.code'), dataIndex: 'code', width: 100 },
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
      title: t('zoneSettings.parks.outline'),
      dataIndex: 'outline',
      key: 'outlineSize',
      render: (outline: ZonePark['outline']) =>
        outline ? (
          `${outline.type} · ${t('zoneSettings.parks.hasOutline', { count: outlinePositions(outline) })}`
        ) : (
          <Typography.Text type="secondary">{t('zoneSettings.parks.noOutline')}</Typography.Text>
        ),
    },
    { title: t('zoneSettings.parks.enterprises'), dataIndex: 'enterpriseCount', width: 90, align: 'right' },
    { title: t('zoneSettings.sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
    {
      title: t('zoneSettings.actions'),
      key: 'actions',
      width: 200,
      render: (_value, row) =>
        retired ? (
          <Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('zoneSettings.retiredAt', { time: formatDateTime(row.retiredAt!, language) })}
            </Typography.Text>
            <Button size="small" onClick={() => void run(() => stepZonePark(row.id, 'restore', row.version))}>
              {t('zoneSettings.restore')}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button size="small" onClick={() => setEditing(row)} data-testid={`park-edit-${row.code}`}>
              {t('zoneSettings.edit')}
            </Button>
            <Popconfirm
              title={t('zoneSettings.parks.retireConfirm', { name: row.name })}
              description={<div style={{ maxWidth: 320 }}>{t('zoneSettings.parks.retireHint')}</div>}
              okText={t('zoneSettings.retire')}
              cancelText={t('zoneSettings.cancel')}
              onConfirm={() => run(() => stepZonePark(row.id, 'retire', row.version))}
            >
              <Button size="small" danger>
                {t('zoneSettings.retire')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  const { items, retired } = list.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="parks-tab">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="park-add">
        {t('zoneSettings.parks.add')}
      </Button>
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={items}
        columns={columns(false)}
        locale={{ emptyText: <Empty description={t('zoneSettings.parks.empty')} /> }}
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
                    {t('zoneSettings.parks.retiredNote')}
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
        <ParkDialog
          park={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={list.reload}
        />
      )}
    </Space>
  );
}
