import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { useCurrentUser } from '../../app/session/session';
import { getEnterprise } from '../enterprises/enterprises-api';
import { severities, severityKeys } from './appeal-labels';
import {
  createAppeal,
  listCategories,
  uploadAttachment,
  type AppealDetail,
  type Severity,
} from './appeals-api';
import { EnterprisePicker } from './enterprise-picker';
import { PendingAttachments, type PendingFile } from './pending-attachments';
import './appeals.css';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AppealFormValues {
  enterpriseId?: string;
  categoryId: string;
  severity: Severity;
  title: string;
  description: string;
}

const serverFields = {
  enterpriseId: 'enterpriseId',
  categoryId: 'categoryId',
  severity: 'severity',
  title: 'title',
  description: 'description',
};

const severityHints = {
  general: 'appeals.form.generalHint',
  major: 'appeals.form.majorHint',
} as const;

/**
 * 提交诉求: category, severity, title, description and attachments; officers also pick the enterprise.
 * `?enterpriseId=&visitId=&title=` prefill it from a visit's problem. The appeal is created first,
 * then the files go up one by one, each showing its own outcome.
 */
export function AppealFormPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<AppealFormValues>();
  const isEnterprise = user.role === 'enterprise';
  const presetEnterprise = params.get('enterpriseId') ?? '';
  const visitId = uuidPattern.test(params.get('visitId') ?? '')
    ? (params.get('visitId') ?? undefined)
    : undefined;
  const presetText = (params.get('title') ?? '').trim();

  const categories = useApiQuery((signal) => listCategories(false, signal), []);
  const enterprise = useApiQuery(
    (signal) =>
      !isEnterprise && uuidPattern.test(presetEnterprise)
        ? getEnterprise(presetEnterprise, signal)
        : Promise.resolve(undefined),
    [presetEnterprise, isEnterprise],
  );
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [created, setCreated] = useState<AppealDetail>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const description = Form.useWatch('description', form) ?? '';

  const uploadAll = async (appeal: AppealDetail, pending: PendingFile[]) => {
    let current = pending;
    const set = (key: string, change: Partial<PendingFile>) => {
      current = current.map((item) => (item.key === key ? { ...item, ...change } : item));
      setFiles(current);
    };
    for (const item of pending) {
      if (item.status === 'done') continue;
      set(item.key, { status: 'uploading', error: undefined });
      try {
        await uploadAttachment(appeal.id, item.file);
        set(item.key, { status: 'done' });
      } catch (reason) {
        set(item.key, {
          status: 'failed',
          error: reason instanceof ApiError ? reason.message : t('error.unexpected'),
        });
      }
    }
    if (current.every((item) => item.status === 'done')) {
      void message.success(t('appeals.form.created', { number: appeal.number }));
      void navigate(`/appeals/${appeal.id}`);
    }
  };

  const submit = async (values: AppealFormValues) => {
    setSaving(true);
    setError(undefined);
    try {
      const appeal = await createAppeal({
        enterpriseId: isEnterprise ? undefined : values.enterpriseId,
        categoryId: values.categoryId,
        severity: values.severity,
        title: values.title.trim(),
        description: values.description.trim(),
        visitId,
      });
      setCreated(appeal);
      await uploadAll(appeal, files);
    } catch (reason) {
      if (reason instanceof ApiError) setError(showFieldErrors(form, reason, serverFields));
      else setError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  const failed = files.filter((item) => item.status === 'failed').length;
  return (
    <Card className="gx-appeal-form-card">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {isEnterprise ? t('appeals.new.button') : t('appeals.new.buttonOfficer')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('appeals.form.hint')}</Typography.Text>
        </div>
      </div>
      {visitId && (
        <Alert type="info" showIcon title={t('appeals.form.fromVisit')} style={{ marginBottom: 16 }} />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="appeal-form-error"
        />
      )}
      {created && failed > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('appeals.form.createdWithFailures', { number: created.number, count: failed })}
          action={
            <Space orientation="vertical">
              <Button size="small" loading={saving} onClick={() => void uploadAll(created, files)}>
                {t('appeals.form.retryUploads')}
              </Button>
              <Link to={`/appeals/${created.id}`}>
                <Button size="small" type="primary">
                  {t('appeals.form.openAppeal')}
                </Button>
              </Link>
            </Space>
          }
          data-testid="appeal-form-upload-failures"
        />
      )}
      <Form<AppealFormValues>
        form={form}
        layout="vertical"
        disabled={created !== undefined}
        initialValues={{
          severity: 'general',
          enterpriseId: uuidPattern.test(presetEnterprise) ? presetEnterprise : undefined,
          title: presetText.slice(0, 60),
          description: presetText,
        }}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 760 }}
      >
        {isEnterprise ? (
          <Form.Item label={t('appeals.field.enterprise')}>
            <Typography.Text strong>{user.enterpriseName ?? '—'}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            label={t('appeals.field.enterprise')}
            name="enterpriseId"
            rules={[{ required: true, message: t('appeals.form.enterpriseRequired') }]}
            extra={t('appeals.form.enterpriseHint')}
          >
            <EnterprisePicker initial={enterprise.data} />
          </Form.Item>
        )}
        <Form.Item
          label={t('appeals.field.category')}
          name="categoryId"
          rules={[{ required: true, message: t('appeals.form.categoryRequired') }]}
          extra={categories.error?.message}
        >
          <Select
            loading={categories.loading}
            placeholder={t('appeals.form.categoryPlaceholder')}
            options={(categories.data ?? []).map((category) => ({
              value: category.id,
              label: category.name,
            }))}
            data-testid="appeal-form-category"
          />
        </Form.Item>
        <Form.Item label={t('appeals.field.severity')} name="severity" rules={[{ required: true }]}>
          <Radio.Group data-testid="appeal-form-severity">
            <Space orientation="vertical">
              {severities.map((severity) => (
                <Radio key={severity} value={severity}>
                  {t(severityKeys[severity])}
                  <Typography.Text type="secondary"> — {t(severityHints[severity])}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={t('appeals.field.title')}
          name="title"
          rules={[
            { required: true, whitespace: true, message: t('appeals.form.titleRequired') },
            { min: 4, max: 60, message: t('appeals.form.titleLength') },
          ]}
        >
          <Input
            maxLength={60}
            showCount
            placeholder={t('appeals.form.titlePlaceholder')}
            data-testid="appeal-form-title"
          />
        </Form.Item>
        <Form.Item
          label={t('appeals.field.description')}
          name="description"
          rules={[
            { required: true, whitespace: true, message: t('appeals.form.descriptionRequired') },
            { min: 10, max: 4000, message: t('appeals.form.descriptionLength') },
          ]}
          extra={
            description.trim().length > 0 && description.trim().length < 10
              ? t('appeals.form.descriptionShort', { count: 10 - description.trim().length })
              : undefined
          }
        >
          <Input.TextArea
            rows={6}
            maxLength={4000}
            showCount
            placeholder={t('appeals.form.descriptionPlaceholder')}
            data-testid="appeal-form-description"
          />
        </Form.Item>
        <Form.Item label={t('appeals.attachments.label')} extra={t('appeals.attachments.hint')}>
          <PendingAttachments files={files} onChange={setFiles} locked={created !== undefined} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="appeal-form-submit">
            {t('appeals.form.submit')}
          </Button>
          <Button disabled={saving} onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
