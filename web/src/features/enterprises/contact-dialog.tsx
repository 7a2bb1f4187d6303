import { phonePattern } from '@gaoxin/domain';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { Contact } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { addContact, changeContact, revealContact } from './enterprise-records-api';

interface ContactFormValues {
  name: string;
  position?: string;
  mobile?: string;
}

/**
 * Adds or changes a contact. The API replaces the whole contact, so editing one whose number is masked
 * first reads the full number (an audited reveal) rather than wiping it.
 */
export function ContactDialog({
  enterpriseId,
  editing,
  knownMobile,
  open,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  editing?: Contact;
  /** The full number when the user has already revealed it. */
  knownMobile?: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactFormValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [loadingMobile, setLoadingMobile] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(undefined);
    if (!editing) return;
    form.setFieldsValue({
      name: editing.name,
      position: editing.position ?? undefined,
      mobile: knownMobile,
    });
    if (!editing.mobile || knownMobile) return;
    setLoadingMobile(true);
    revealContact(enterpriseId, editing.id)
      .then((full) => form.setFieldsValue({ mobile: full.mobile ?? undefined }))
      .catch((reason: unknown) =>
        setError(reason instanceof ApiError ? reason.message : t('error.unexpected')),
      )
      .finally(() => setLoadingMobile(false));
  }, [open, editing]);

  const submit = async (values: ContactFormValues) => {
    const request = {
      name: values.name.trim(),
      position: values.position?.trim() || null,
      mobile: values.mobile?.trim() || null,
    };
    setSaving(true);
    setError(undefined);
    try {
      if (editing) await changeContact(enterpriseId, editing.id, request);
      else await addContact(enterpriseId, request);
      void message.success(t('contact.saved', { name: request.name }));
      onSaved();
    } catch (reason) {
      setError(
        reason instanceof ApiError
          ? showFieldErrors(form, reason, { name: 'name', position: 'position', mobile: 'mobile' })
          : t('error.unexpected'),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('contact.editTitle') : t('contact.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ disabled: loadingMobile }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<ContactFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          label={t('contact.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('contact.nameRequired') }, { max: 30 }]}
        >
          <Input maxLength={30} data-testid="contact-name" />
        </Form.Item>
        <Form.Item label={t('contact.position')} name="position" rules={[{ max: 30 }]}>
          <Input maxLength={30} placeholder={t('contact.positionPlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('contact.mobile')}
          name="mobile"
          normalize={(value: string) => value.replace(/\s/g, '')}
          rules={[{ pattern: phonePattern, message: t('contact.mobileInvalid') }]}
          extra={
            editing?.mobile && !knownMobile ? (
              <Typography.Text type="secondary">{t('contact.editRevealNote')}</Typography.Text>
            ) : undefined
          }
        >
          <Input
            maxLength={20}
            inputMode="tel"
            disabled={loadingMobile}
            placeholder="13800000000 / 0830-1234567"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
