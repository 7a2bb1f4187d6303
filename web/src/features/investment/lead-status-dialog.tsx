import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { leadStatusText } from './investment-labels';
import { changeLeadStatus, type LeadDetail, type LeadStatus } from './leads-api';

const needsReason = (status: LeadStatus | undefined) => status === 'shelved' || status === 'abandoned';

function isLeadDetail(value: unknown): value is LeadDetail {
  return typeof value === 'object' && value !== null && 'nextStatuses' in value && 'version' in value;
}

/**
 * Moves a lead to the chosen status with the version the reader saw; 搁置 and 放弃 need a reason. A
 * 409 (someone moved it first, or the move is no longer allowed) hands the fresh lead to `onConflict`.
 */
export function LeadStatusDialog({
  lead,
  to,
  onClose,
  onDone,
  onConflict,
}: {
  lead: LeadDetail;
  to: LeadStatus | undefined;
  onClose: () => void;
  onDone: (lead: LeadDetail) => void;
  onConflict: (current: LeadDetail | undefined, error: ApiError) => void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!to) return;
    form.resetFields();
    setError(undefined);
  }, [to, lead.id]);

  const submit = async (values: { reason?: string }) => {
    if (!to) return;
    setSaving(true);
    setError(undefined);
    try {
      const next = await changeLeadStatus(lead.id, {
        to,
        reason: values.reason?.trim() || undefined,
        version: lead.version,
      });
      void message.success(t('investment.status.done', { status: leadStatusText(to, language) }));
      onDone(next);
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409) {
        onConflict(isLeadDetail(reason.current) ? reason.current : undefined, reason);
      } else if (reason instanceof ApiError) {
        setError(showFieldErrors(form, reason, { reason: 'reason' }));
      } else {
        setError(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  const title = to
    ? t('investment.status.dialogTitle', {
        from: leadStatusText(lead.status, language),
        to: leadStatusText(to, language),
      })
    : '';
  return (
    <Modal
      open={to !== undefined}
      title={title}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger={to === 'abandoned'}
            loading={saving}
            onClick={() => form.submit()}
            data-testid="lead-status-ok"
          >
            {to ? leadStatusText(to, language) : t('common.save')}
          </Button>
        </Space>
      }
    >
      {to === 'signed' && (
        <Typography.Paragraph type="secondary">{t('investment.status.signedHint')}</Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          label={needsReason(to) ? t('investment.status.reason') : t('investment.status.remark')}
          name="reason"
          rules={[
            {
              required: needsReason(to),
              whitespace: true,
              message: t('investment.status.reasonRequired'),
            },
            { max: 500 },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={needsReason(to) ? t('investment.status.reasonHint') : undefined}
            data-testid="lead-status-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
