import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { createIndicator, updateIndicator, type IndicatorItem } from './returns-api';

export const aggregationKeys: Record<IndicatorItem['aggregation'], MessageKey> = {
  sum: 'economy.settings.aggregation.sum',
  endOfPeriod: 'economy.settings.aggregation.endOfPeriod',
};
export const reportingKeys: Record<IndicatorItem['reporting'], MessageKey> = {
  cumulative: 'economy.settings.reporting.cumulative',
  monthly: 'economy.settings.reporting.monthly',
};

type Values = Omit<IndicatorItem, 'id'>;
const fields = ['code', 'name', 'unit', 'decimals', 'sortOrder', 'aggregation', 'reporting'] as const;

/**
 * Adds an indicator or changes one. How it adds up (合计/期末) and is reported (累计/当月) are chosen
 * once, at creation: figures already stored depend on them.
 */
export function IndicatorDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: IndicatorItem | 'new' | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();
  const isNew = editing === 'new';

  useEffect(() => {
    if (!editing) return;
    setFormError(undefined);
    form.resetFields();
    if (editing !== 'new') form.setFieldsValue(editing);
  }, [editing, form]);

  const submit = async (values: Values) => {
    if (!editing) return;
    setSaving(true);
    setFormError(undefined);
    const common = {
      name: values.name.trim(),
      unit: values.unit.trim(),
      decimals: values.decimals,
      allowNegative: values.allowNegative,
      isHeadline: values.isHeadline,
      sortOrder: values.sortOrder,
    };
    try {
      if (editing === 'new') {
        await createIndicator({
          ...common,
          code: values.code.trim(),
          aggregation: values.aggregation,
          reporting: values.reporting,
        });
      } else await updateIndicator(editing.id, { ...common, active: values.active });
      void message.success(t('economy.settings.indicatorSaved', { name: common.name }));
      onSaved();
    } catch (reason) {
      if (reason instanceof ApiError)
        setFormError(showFieldErrors(form, reason, Object.fromEntries(fields.map((name) => [name, name]))));
      else setFormError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={editing !== undefined}
      title={isNew ? t('economy.settings.addIndicator') : t('economy.settings.editIndicator')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      forceRender
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          decimals: 2,
          sortOrder: 1000,
          aggregation: 'sum',
          reporting: 'cumulative',
          allowNegative: false,
          isHeadline: false,
          active: true,
        }}
        onFinish={(values) => void submit(values)}
        data-testid="indicator-form"
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="code"
              label={t('economy.settings.code')}
              extra={isNew ? t('economy.settings.codeHint') : undefined}
              rules={[
                { required: true, message: t('economy.settings.codeRequired') },
                { pattern: /^[a-zA-Z][a-zA-Z0-9]{1,31}$/, message: t('economy.settings.codeHint') },
              ]}
            >
              <Input disabled={!isNew} maxLength={32} className="gx-mono" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('economy.settings.name')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="unit"
              label={t('economy.settings.unit')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={20} placeholder={t('economy.settings.unitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="decimals" label={t('economy.settings.decimals')}>
              <InputNumber min={0} max={4} precision={0} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="aggregation" label={t('economy.settings.aggregation')}>
              <Select
                disabled={!isNew}
                options={Object.entries(aggregationKeys).map(([value, key]) => ({ value, label: t(key) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="reporting"
              label={t('economy.settings.reporting')}
              extra={isNew ? t('economy.settings.fixedAtCreation') : undefined}
            >
              <Select
                disabled={!isNew}
                options={Object.entries(reportingKeys).map(([value, key]) => ({ value, label: t(key) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sortOrder" label={t('economy.settings.sortOrder')}>
              <InputNumber min={0} max={10000} precision={0} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isHeadline" label={t('economy.settings.headline')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="allowNegative"
              label={t('economy.returns.mayBeNegative')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            {!isNew && (
              <Form.Item
                name="active"
                label={t('economy.settings.active')}
                valuePropName="checked"
                extra={t('economy.settings.activeHint')}
              >
                <Switch />
              </Form.Item>
            )}
          </Col>
        </Row>
        {formError && <Alert type="error" showIcon title={formError} />}
      </Form>
    </Modal>
  );
}
