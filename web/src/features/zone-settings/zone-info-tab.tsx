import { amountUnits, defaultZoneName, divisionCodeProblem, zoneFieldMessages } from '@gaoxin/domain';
import { Alert, Button, Form, Input, Radio, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import type { ZoneSettings } from './zone-settings-api';
import { useZoneSettings } from './use-zone-settings';

type Values = Pick<ZoneSettings, 'name' | 'code' | 'amountUnit' | 'scheduleBasis'> & { divisionCode: string };

/** 园区信息: the zone's name, codes and display conventions. */
export function ZoneInfoTab() {
  const { t, language } = useI18n();
  const settings = useZoneSettings();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const { data } = settings;
  useEffect(() => {
    if (data) form.setFieldsValue({ ...data, divisionCode: data.divisionCode ?? '' });
  }, [data, form]);
  if (settings.error) return <ApiErrorView error={settings.error} onRetry={settings.reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 5 }} />;

  const submit = async (values: Values) => {
    setProblem(undefined);
    const { error } = await settings.save({ ...values, divisionCode: values.divisionCode.trim() || null });
    if (error)
      setProblem(showFieldErrors(form, error, { name: 'name', code: 'code', divisionCode: 'divisionCode' }));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      onFinish={(values) => void submit(values)}
      data-testid="zone-info-form"
    >
      {data.name === defaultZoneName && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('zoneSettings.zone.defaultName')} />
      )}
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} />}
      <Form.Item
        name="name"
        label={t('zoneSettings.zone.name')}
        rules={[{ required: true, whitespace: true, message: t('zoneSettings.nameRequired') }]}
      >
        <Input maxLength={64} placeholder={t('zoneSettings.zone.namePlaceholder')} data-testid="zone-name" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('zoneSettings.zone.code')}
        extra={t('zoneSettings.zone.codeHint')}
        rules={[
          { required: true, whitespace: true, message: t('zoneSettings.codeRequired') },
          { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, message: zoneFieldMessages.code[language] },
        ]}
      >
        <Input maxLength={32} style={{ maxWidth: 240 }} data-testid="zone-code" />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('zoneSettings.zone.division')}
        extra={t('zoneSettings.zone.divisionHint')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              const problem = value?.trim() ? divisionCodeProblem(value.trim()) : undefined;
              if (problem) throw new Error(zoneFieldMessages[problem][language]);
            },
          },
        ]}
      >
        <Input maxLength={6} inputMode="numeric" style={{ maxWidth: 160 }} data-testid="zone-division" />
      </Form.Item>
      <Form.Item
        name="amountUnit"
        label={t('zoneSettings.zone.amountUnit')}
        extra={t('zoneSettings.zone.amountUnitHint')}
      >
        <Radio.Group
          optionType="button"
          options={amountUnits.map((unit) => ({ value: unit, label: unit }))}
        />
      </Form.Item>
      <Form.Item
        name="scheduleBasis"
        label={t('zoneSettings.zone.scheduleBasis')}
        extra={t('zoneSettings.zone.scheduleBasisHint')}
      >
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={[
            { value: 'months', label: t('zoneSettings.zone.basis.months') },
            { value: 'days', label: t('zoneSettings.zone.basis.days') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={settings.busy} data-testid="zone-save">
        {t('zoneSettings.save')}
      </Button>
    </Form>
  );
}
