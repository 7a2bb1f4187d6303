import { Alert, App, Button, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { EnterpriseDetail } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { assignResponsibility } from './enterprise-records-api';
import { listAssignablePeople } from './enterprises-api';

interface AssignmentFormValues {
  isKey: boolean;
  liaisonUserId?: string;
  responsibleLeaderId?: string;
  reason?: string;
}

const serverFields = {
  isKey: 'isKey',
  liaisonUserId: 'liaisonUserId',
  responsibleLeaderId: 'responsibleLeaderId',
  reason: 'reason',
};

/** "调整": sets the key-enterprise flag, the liaison cadre and the responsible leader, with a reason. */
export function AssignmentDialog({
  detail,
  open,
  onClose,
  onSaved,
}: {
  detail: EnterpriseDetail;
  open: boolean;
  onClose: () => void;
  /** Called after a save and after a conflict, so the profile and its history are read again. */
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentFormValues>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const people = useApiQuery(
    (signal) => (open ? listAssignablePeople(signal) : Promise.resolve(undefined)),
    [open],
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      isKey: detail.isKey,
      liaisonUserId: detail.liaison?.id,
      responsibleLeaderId: detail.responsibleLeader?.id,
    });
    setError(undefined);
    setConflict(false);
  }, [open, detail.version]);

  const submit = async (values: AssignmentFormValues) => {
    setSaving(true);
    setError(undefined);
    try {
      await assignResponsibility(detail.id, {
        isKey: values.isKey,
        liaisonUserId: values.liaisonUserId ?? null,
        responsibleLeaderId: values.responsibleLeaderId ?? null,
        reason: values.reason?.trim() || null,
        version: detail.version,
      });
      void message.success(t('assignment.saved'));
      onSaved();
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'CONFLICT') setConflict(true);
      else if (reason instanceof ApiError) setError(showFieldErrors(form, reason, serverFields));
      else setError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  const officers = (people.data ?? []).filter((person) => person.role === 'officer');
  const leaders = (people.data ?? []).filter((person) => person.role === 'leader');

  return (
    <Modal
      open={open}
      title={t('assignment.title')}
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
            <Button size="small" onClick={onSaved}>
              {t('enterprise.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {people.error && (
        <Alert type="error" showIcon title={people.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form<AssignmentFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('enterprise.key')} name="isKey" valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
        <Form.Item label={t('enterprise.liaison')} name="liaisonUserId" extra={t('assignment.liaisonHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            placeholder={t('enterprise.unassigned')}
            options={[
              {
                label: t('assignment.liaisons'),
                options: officers
                  .filter((person) => person.isLiaison)
                  .map((person) => ({ value: person.id, label: person.name })),
              },
              {
                label: t('assignment.otherOfficers'),
                options: officers
                  .filter((person) => !person.isLiaison)
                  .map((person) => ({ value: person.id, label: person.name })),
              },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('enterprise.responsibleLeader')} name="responsibleLeaderId">
          <Select
            allowClear
            loading={people.loading}
            placeholder={t('enterprise.unassigned')}
            options={leaders.map((person) => ({ value: person.id, label: person.name }))}
          />
        </Form.Item>
        <Form.Item label={t('assignment.reason')} name="reason" rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('assignment.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
