import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { passwordMeetsRules, PasswordRules } from '../auth/password-rules';
import { bindingsFor, RoleBindingFields, type RoleBindingValues } from './role-binding-fields';
import { createUser } from './users-api';

interface CreateUserValues extends RoleBindingValues {
  username: string;
  displayName: string;
  password: string;
}

const serverFields: Record<string, string> = {
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  departmentId: 'departmentId',
  enterpriseId: 'enterpriseId',
  isLiaison: 'isLiaison',
  isDepartmentHead: 'isDepartmentHead',
  password: 'password',
};

/** Creates a user with an initial password the user must change on first sign-in. */
export function CreateUserDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserValues>();
  const username = Form.useWatch<string | undefined>('username', form) ?? '';
  const password = Form.useWatch<string | undefined>('password', form) ?? '';
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: CreateUserValues) => {
    setError(undefined);
    setSaving(true);
    try {
      const { departmentId, enterpriseId, isLiaison, isDepartmentHead, role } = bindingsFor(values);
      const created = await createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role,
        ...(departmentId ? { departmentId, isLiaison, isDepartmentHead } : {}),
        ...(enterpriseId ? { enterpriseId } : {}),
        password: values.password,
      });
      void message.success(t('users.created', { username: created.username }));
      onCreated();
    } catch (reason) {
      if (reason instanceof ApiError) {
        if (reason.code === 'USERNAME_TAKEN')
          form.setFields([{ name: 'username', errors: [reason.message] }]);
        else setError(showFieldErrors(form, reason, serverFields));
      } else setError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setError(undefined);
      }}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<CreateUserValues>
        form={form}
        name="create-user"
        layout="vertical"
        initialValues={{ role: 'officer', isLiaison: false }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('users.username')}
          name="username"
          extra={t('users.usernameHint')}
          rules={[
            { required: true, message: t('users.usernameRequired') },
            { pattern: /^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/, message: t('users.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }, { max: 64 }]}
        >
          <Input data-testid="user-display-name" />
        </Form.Item>
        <RoleBindingFields form={form} />
        <Form.Item
          label={t('users.initialPassword')}
          name="password"
          style={{ marginBottom: 8 }}
          rules={[
            { required: true, message: t('password.newRequired') },
            {
              validator: (_rule, value: string | undefined) => {
                return passwordMeetsRules(value ?? '', username)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.rulesNotMet')));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <PasswordRules password={password} username={username} />
      </Form>
    </Modal>
  );
}
