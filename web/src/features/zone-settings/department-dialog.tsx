import { zoneFieldMessages } from '@gaoxin/domain';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import {
  createZoneDepartment,
  listDepartmentOfficers,
  updateZoneDepartment,
  type ZoneDepartment,
} from './zone-settings-api';
import { useRecordSave } from './use-record-save';

interface Values {
  code: string;
  name: string;
  sortOrder: number | null;
  headUserId: string | null;
}

/** Creates a department (no `department`) or edits one, its head chosen among its officers. */
export function DepartmentDialog({
  department,
  onClose,
  onSaved,
}: {
  department: ZoneDepartment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const { busy, run } = useRecordSave(onSaved);
  const officers = useApiQuery(
    async (signal) => (department ? (await listDepartmentOfficers(department.id, signal)).items : []),
    [department?.id],
  );
  useEffect(() => {
    form.setFieldsValue({
      code: department?.code ?? '',
      name: department?.name ?? '',
      sortOrder: department?.sortOrder ?? 0,
      headUserId: department?.head?.id ?? null,
    });
  }, [department, form]);

  const submit = async (values: Values) => {
    setProblem(undefined);
    const common = { code: values.code.trim(), name: values.name.trim(), sortOrder: values.sortOrder ?? 0 };
    const { saved, error } = await run(() =>
      department
        ? updateZoneDepartment(department.id, {
            ...common,
            headUserId: values.headUserId ?? null,
            version: department.version,
          })
        : createZoneDepartment(common),
    );
    if (error)
      setProblem(showFieldErrors(form, error, { code: 'code', name: 'name', headUserId: 'headUserId' }));
    if (saved) onClose();
  };

  return (
    <Modal
      open
      title={
        department
          ? t('zoneSettings.departments.editTitle', { name: department.name })
          : t('zoneSettings.departments.addTitle')
      }
      okText={t('zoneSettings.save')}
      cancelText={t('zoneSettings.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'department-save' } as Record<`data-${string}`, string>}
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="department-form"
      >
        <Form.Item
          name="name"
          label={t('zoneSettings.name')}
          rules={[{ required: true, whitespace: true, message: t('zoneSettings.nameRequired') }]}
        >
          <Input maxLength={64} placeholder="经济发展局" data-testid="department-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('zoneSettings.code')}
          extra={t('zoneSettings.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('zoneSettings.codeRequired') },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, message: zoneFieldMessages.code[language] },
          ]}
        >
          <Input maxLength={16} style={{ maxWidth: 200 }} placeholder="JF" data-testid="department-code" />
        </Form.Item>
        <Form.Item
          name="sortOrder"
          label={t('zoneSettings.sortOrder')}
          extra={t('zoneSettings.sortOrderHint')}
        >
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
        {department && (
          <Form.Item
            name="headUserId"
            label={t('zoneSettings.departments.head')}
            extra={
              officers.data?.length === 0
                ? t('zoneSettings.departments.noOfficers')
                : t('zoneSettings.departments.headHint')
            }
          >
            <Select
              allowClear
              loading={officers.loading}
              disabled={officers.data?.length === 0}
              placeholder={t('zoneSettings.departments.noHead')}
              options={(officers.data ?? []).map((officer) => ({
                value: officer.id,
                label: `${officer.name}（${officer.username}）`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
