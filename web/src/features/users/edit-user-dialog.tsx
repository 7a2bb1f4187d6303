import { Alert, App, Checkbox, Form, Input, Modal, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { UpdateUserRequest, UserSummary } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { passwordMeetsRules, PasswordRules } from '../auth/password-rules';
import { bindingsFor, RoleBindingFields, type RoleBindingValues } from './role-binding-fields';
import { isLocked } from './user-status';
import { updateUser } from './users-api';

interface EditUserValues extends RoleBindingValues {
  displayName: string;
  isActive: boolean;
  unlock: boolean;
  password?: string;
}

const serverFields: Record<string, string> = {
  displayName: 'displayName',
  role: 'role',
  departmentId: 'departmentId',
  enterpriseId: 'enterpriseId',
  isLiaison: 'isLiaison',
  isDepartmentHead: 'isDepartmentHead',
  isActive: 'isActive',
  password: 'password',
};

function initialValues(user: UserSummary): EditUserValues {
  return {
    displayName: user.displayName,
    role: user.role,
    departmentId: user.department?.id ?? null,
    isLiaison: user.isLiaison,
    isDepartmentHead: user.isDepartmentHead,
    enterpriseId: user.enterprise?.id ?? null,
    isActive: user.isActive,
    unlock: false,
    password: '',
  };
}

/** Only what changed, so the audit log records the real change; `version` guards against lost updates. */
function changes(user: UserSummary, values: EditUserValues): UpdateUserRequest {
  const before = bindingsFor(initialValues(user));
  const after = bindingsFor(values);
  const request: UpdateUserRequest = { version: user.version };
  if (values.displayName.trim() !== user.displayName) request.displayName = values.displayName.trim();
  if (after.role !== before.role) request.role = after.role;
  if (after.departmentId !== before.departmentId) request.departmentId = after.departmentId;
  if (after.isLiaison !== before.isLiaison) request.isLiaison = after.isLiaison;
  if (after.isDepartmentHead !== before.isDepartmentHead) request.isDepartmentHead = after.isDepartmentHead;
  if (after.enterpriseId !== before.enterpriseId) request.enterpriseId = after.enterpriseId;
  if (values.isActive !== user.isActive) request.isActive = values.isActive;
  if (values.unlock) request.unlock = true;
  if (values.password) request.password = values.password;
  return request;
}

interface EditUserDialogProps {
  user: UserSummary | undefined;
  onClose: () => void;
  /** Called after a save, and after a conflict so the list shows the current data. */
  onChanged: () => void;
}

/** Edits a user: name, role and bindings, active flag, unlock, and a password reset. */
export function EditUserDialog({ user, onClose, onChanged }: EditUserDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditUserValues>();
  const password = Form.useWatch('password', form) ?? '';
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (user) form.setFieldsValue(initialValues(user));
    setError(undefined);
  }, [user, form]);

  const submit = async (values: EditUserValues) => {
    if (!user) return;
    const request = changes(user, values);
    if (Object.keys(request).length === 1) {
      void message.info(t('users.nothingChanged'));
      onClose();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await updateUser(user.id, request);
      void message.success(t('users.saved', { username: user.username }));
      onChanged();
      onClose();
    } catch (reason) {
      if (!(reason instanceof ApiError)) setError(t('error.unexpected'));
      else if (reason.status === 409 || reason.status === 404) {
        void message.error(reason.message);
        onChanged();
        onClose();
      } else setError(showFieldErrors(form, reason, serverFields));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={user !== undefined}
      title={user ? t('users.editTitle', { username: user.username }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
      }}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<EditUserValues>
        form={form}
        name="edit-user"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }, { max: 64 }]}
        >
          <Input />
        </Form.Item>
        <RoleBindingFields form={form} />
        <Form.Item
          label={t('users.isActive')}
          name="isActive"
          valuePropName="checked"
          extra={t('users.isActiveHint')}
        >
          <Switch />
        </Form.Item>
        {user && isLocked(user) && (
          <Form.Item name="unlock" valuePropName="checked">
            <Checkbox>{t('users.unlock')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          label={t('users.resetPassword')}
          name="password"
          style={{ marginBottom: 8 }}
          extra={password ? undefined : t('users.resetPasswordHint')}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                return !value || passwordMeetsRules(value, user?.username ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.rulesNotMet')));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {password && <PasswordRules password={password} username={user?.username ?? ''} />}
      </Form>
    </Modal>
  );
}
