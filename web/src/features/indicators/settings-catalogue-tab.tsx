import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { listIndicators, type IndicatorItem } from './returns-api';
import { aggregationKeys, IndicatorDialog, reportingKeys } from './settings-indicator-dialog';

/** 指标目录: the zone's indicators in order; officers rename, re-order, retire and add them. */
export function SettingsCatalogueTab() {
  const { t } = useI18n();
  const indicators = useApiQuery((signal) => listIndicators(signal), []);
  const [editing, setEditing] = useState<IndicatorItem | 'new'>();

  if (indicators.error) return <ApiErrorView error={indicators.error} onRetry={indicators.reload} />;
  const items = [...(indicators.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <div>
      <div className="gx-page-header" style={{ alignItems: 'center' }}>
        <Typography.Text type="secondary">{t('economy.settings.catalogueHint')}</Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="indicator-create"
        >
          {t('economy.settings.addIndicator')}
        </Button>
      </div>
      <Table<IndicatorItem>
        rowKey="id"
        size="middle"
        loading={indicators.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('economy.settings.noIndicators')} /> }}
        columns={[
          { title: t('economy.settings.sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
          {
            title: t('economy.returns.indicator'),
            key: 'name',
            render: (_v, item) => (
              <div>
                <Typography.Text strong delete={!item.active}>
                  {item.name}
                </Typography.Text>
                <span className="gx-mono" style={{ marginLeft: 8, color: 'var(--ant-color-text-tertiary)' }}>
                  {item.code}
                </span>
              </div>
            ),
          },
          { title: t('economy.settings.unit'), dataIndex: 'unit', width: 100 },
          { title: t('economy.settings.decimals'), dataIndex: 'decimals', width: 80, align: 'right' },
          {
            title: t('economy.settings.howReported'),
            key: 'reporting',
            width: 200,
            render: (_v, item) =>
              `${t(aggregationKeys[item.aggregation])} · ${t(reportingKeys[item.reporting])}`,
          },
          {
            title: t('economy.settings.flags'),
            key: 'flags',
            width: 220,
            render: (_v, item) => (
              <>
                {item.isHeadline && <Tag color="blue">{t('economy.settings.headline')}</Tag>}
                {item.allowNegative && <Tag color="orange">{t('economy.returns.mayBeNegative')}</Tag>}
                {!item.active && <Tag>{t('economy.settings.retired')}</Tag>}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_v, item) => (
              <Button
                size="small"
                type="link"
                icon={<EditOutlined />}
                onClick={() => setEditing(item)}
                data-testid={`indicator-edit-${item.code}`}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <IndicatorDialog
        editing={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          indicators.reload();
        }}
      />
    </div>
  );
}
