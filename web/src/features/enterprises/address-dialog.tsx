import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { EnterpriseDetail } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { updateEnterprise } from './enterprises-api';

/** The one field an enterprise user may change on its own record: the address. */
export function AddressDialog({
  open,
  detail,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  detail: EnterpriseDetail;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ address?: string }>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ address: detail.address ?? undefined });
    setError(undefined);
    setConflict(false);
  }, [open, detail.version]);

  const submit = async ({ address }: { address?: string }) => {
    setSaving(true);
    setError(undefined);
    try {
      await updateEnterprise(detail.id, { address: address?.trim() || null, version: detail.version });
      void message.success(t('enterprise.addressSaved'));
      onSaved();
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'CONFLICT') setConflict(true);
      else if (reason instanceof ApiError) setError(showFieldErrors(form, reason, { address: 'address' }));
      else setError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('enterprise.editAddress')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('enterprise.conflict')}
          action={
            <Button size="small" onClick={onReload}>
              {t('enterprise.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('enterprise.address')} name="address" rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="enterprise-address" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
