import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { getProjectSettings, saveProjectSettings } from './leads-api';
import { useFormSubmit } from './use-form-submit';

interface SettingsValues {
  firstContactDays: number;
  dueSoonDays: number;
  lateYellowDays: number;
}

/**
 * 招商与项目设置 (officers): the first-contact deadline of a lead, and when a project turns yellow
 * (a milestone due within N days, or late up to M days) and red (late beyond M). Saved with the
 * version read; a newer version is loaded on a conflict.
 */
export function ProjectSettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiQuery((signal) => getProjectSettings(signal), []);
  const [form] = Form.useForm<SettingsValues>();
  const submit = useFormSubmit(
    form,
    { firstContactDays: 'firstContactDays', dueSoonDays: 'dueSoonDays', lateYellowDays: 'lateYellowDays' },
    () => {
      void message.warning(t('projects.settings.conflict'));
      settings.reload();
    },
  );
  const values = Form.useWatch([], form) as Partial<SettingsValues> | undefined;

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data]);

  if (settings.error) return <ApiErrorView error={settings.error} onRetry={settings.reload} />;
  const loaded = settings.data;

  const save = async (next: SettingsValues) => {
    if (!loaded) return;
    const saved = await submit.run(() => saveProjectSettings({ ...next, version: loaded.version }));
    if (!saved) return;
    void message.success(t('projects.settings.saved'));
    settings.reload();
  };

  const days = (name: keyof SettingsValues, max: number, label: string, extra: string) => (
    <Form.Item
      label={label}
      name={name}
      extra={extra}
      rules={[
        { required: true, type: 'integer', min: 1, max, message: t('projects.settings.range', { max }) },
      ]}
    >
      <InputNumber
        min={1}
        max={max}
        precision={0}
        suffix={t('projects.settings.days')}
        style={{ width: 160 }}
      />
    </Form.Item>
  );
  return (
    <Card data-testid="project-settings">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('projects.settings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('projects.settings.hint')}</Typography.Text>
        </div>
      </div>
      {!loaded ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Form<SettingsValues>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          onFinish={(next) => void save(next)}
        >
          {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
          {days(
            'firstContactDays',
            60,
            t('projects.settings.firstContactDays'),
            t('projects.settings.firstContactHint'),
          )}
          {days('dueSoonDays', 90, t('projects.settings.dueSoonDays'), t('projects.settings.dueSoonHint'))}
          {days(
            'lateYellowDays',
            180,
            t('projects.settings.lateYellowDays'),
            t('projects.settings.lateYellowHint'),
          )}
          {values?.dueSoonDays && values.lateYellowDays ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('projects.settings.summary', {
                soon: values.dueSoonDays,
                late: values.lateYellowDays,
              })}
            />
          ) : null}
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={submit.saving}
              data-testid="project-settings-save"
            >
              {t('common.save')}
            </Button>
            <Button disabled={submit.saving} onClick={() => form.setFieldsValue(loaded)}>
              {t('projects.settings.discard')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
