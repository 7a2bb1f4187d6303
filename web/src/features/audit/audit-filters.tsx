import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n/i18n';
import type { AuditFilter } from './audit-api';

interface AuditFilterValues {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: AuditFilterValues): AuditFilter {
  const text = (value: string | undefined) => value?.trim() || undefined;
  return {
    actor: text(values.actor),
    entityType: text(values.entityType),
    entityId: text(values.entityId),
    action: text(values.action),
    // dayjs formats as ISO 8601 with the local offset, e.g. 2025-03-01T08:00:00+08:00.
    from: values.range?.[0]?.format() ?? undefined,
    to: values.range?.[1]?.format() ?? undefined,
  };
}

/** The audit log's filter bar: actor, entity type and id, action, time range. */
export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AuditFilterValues>();
  return (
    <Form<AuditFilterValues>
      form={form}
      name="audit-filter"
      layout="inline"
      onFinish={(values) => {
        onChange(toFilter(values));
      }}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item label={t('audit.actor')} name="actor">
        <Input allowClear style={{ width: 140 }} data-testid="audit-actor" />
      </Form.Item>
      <Form.Item label={t('audit.entityType')} name="entityType">
        <Input allowClear style={{ width: 130 }} placeholder="user" data-testid="audit-entity-type" />
      </Form.Item>
      <Form.Item label={t('audit.entityId')} name="entityId">
        <Input allowClear style={{ width: 200 }} data-testid="audit-entity-id" />
      </Form.Item>
      <Form.Item label={t('audit.action')} name="action">
        <Input
          allowClear
          style={{ width: 150 }}
          placeholder={t('audit.actionPlaceholder')}
          data-testid="audit-action"
        />
      </Form.Item>
      <Form.Item label={t('audit.timeRange')} name="range">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
