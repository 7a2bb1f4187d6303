import { qualificationLevels } from '@gaoxin/domain';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { Qualification, QualificationRequest } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { levelKeys } from './enterprise-labels';
import { addQualification, changeQualification } from './enterprise-records-api';
import { listQualificationTypes } from './enterprises-api';

interface QualificationFormValues {
  type: string;
  level: QualificationRequest['level'];
  certificateNumber?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
}

const serverFields = {
  type: 'type',
  level: 'level',
  certificateNumber: 'certificateNumber',
  issuedOn: 'issuedOn',
  expiresOn: 'expiresOn',
};

const isoDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** Adds a qualification or changes one (officers); the status is computed by the server from the dates. */
export function QualificationDialog({
  enterpriseId,
  editing,
  open,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  /** The qualification to change; a new one is added when absent. */
  editing?: Qualification;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<QualificationFormValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const types = useApiQuery(
    (signal) => (open ? listQualificationTypes(signal) : Promise.resolve(undefined)),
    [open],
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(undefined);
    if (editing)
      form.setFieldsValue({
        type: editing.type,
        level: editing.level,
        certificateNumber: editing.certificateNumber ?? undefined,
        issuedOn: editing.issuedOn ? dayjs(editing.issuedOn) : null,
        expiresOn: editing.expiresOn ? dayjs(editing.expiresOn) : null,
      });
  }, [open, editing]);

  const submit = async (values: QualificationFormValues) => {
    const request: QualificationRequest = {
      type: values.type,
      level: values.level,
      certificateNumber: values.certificateNumber?.trim() || null,
      issuedOn: isoDate(values.issuedOn),
      expiresOn: isoDate(values.expiresOn),
    };
    setSaving(true);
    setError(undefined);
    try {
      if (editing) await changeQualification(enterpriseId, editing.id, request);
      else await addQualification(enterpriseId, request);
      void message.success(t('qualification.saved'));
      onSaved();
    } catch (reason) {
      setError(
        reason instanceof ApiError ? showFieldErrors(form, reason, serverFields) : t('error.unexpected'),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('qualification.editTitle') : t('qualification.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<QualificationFormValues>
        form={form}
        layout="vertical"
        initialValues={{ level: 'national' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('qualification.type')}
          name="type"
          rules={[{ required: true, message: t('qualification.typeRequired') }]}
        >
          <Select
            loading={types.loading}
            options={(types.data ?? []).map((type) => ({ value: type.code, label: type.name }))}
            data-testid="qualification-type"
          />
        </Form.Item>
        <Form.Item label={t('qualification.level')} name="level" rules={[{ required: true }]}>
          <Select
            options={qualificationLevels.map((level) => ({ value: level, label: t(levelKeys[level]) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('qualification.certificateNumber')}
          name="certificateNumber"
          rules={[{ max: 64 }]}
        >
          <Input maxLength={64} placeholder="GR202451000000" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label={t('qualification.issuedOn')} name="issuedOn" style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item
            label={t('qualification.expiresOn')}
            name="expiresOn"
            style={{ flex: 1 }}
            dependencies={['issuedOn']}
            extra={t('qualification.expiresHint')}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | null | undefined) => {
                  const issued = getFieldValue('issuedOn') as Dayjs | null | undefined;
                  return value && issued && value.isBefore(issued, 'day')
                    ? Promise.reject(new Error(t('qualification.datesOutOfOrder')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
