import { roleLabels, roles, type Role } from '@gaoxin/domain';
import { Form, Input, Select, Switch, type FormInstance } from 'antd';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { listDepartments } from './users-api';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fields a role needs: a department (with the liaison and head flags) for officers, an enterprise id for enterprise users. */
export interface RoleBindingValues {
  role: Role;
  departmentId?: string | null;
  isLiaison?: boolean;
  isDepartmentHead?: boolean;
  enterpriseId?: string | null;
}

/** Role select plus the bindings that depend on it, shared by the create and edit dialogs. */
export function RoleBindingFields({ form }: { form: FormInstance }) {
  const { t, language } = useI18n();
  const role = Form.useWatch<Role | undefined>('role', form);
  const departments = useApiQuery((signal) => listDepartments(signal), []);

  return (
    <>
      <Form.Item
        label={t('users.role')}
        name="role"
        rules={[{ required: true, message: t('users.roleRequired') }]}
      >
        <Select
          data-testid="user-role"
          options={roles.map((value) => ({ value, label: roleLabels[value][language] }))}
        />
      </Form.Item>
      {role === 'officer' && (
        <>
          <Form.Item
            label={t('users.department')}
            name="departmentId"
            rules={[{ required: true, message: t('users.departmentRequired') }]}
            extra={departments.error?.message}
          >
            <Select
              loading={departments.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(departments.data ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t('users.isLiaison')}
            name="isLiaison"
            valuePropName="checked"
            extra={t('users.liaisonHint')}
          >
            <Switch />
          </Form.Item>
          <Form.Item
            label={t('users.isDepartmentHead')}
            name="isDepartmentHead"
            valuePropName="checked"
            extra={t('users.departmentHeadHint')}
          >
            <Switch data-testid="user-department-head" />
          </Form.Item>
        </>
      )}
      {role === 'enterprise' && (
        <Form.Item
          label={t('users.enterpriseId')}
          name="enterpriseId"
          extra={t('users.enterpriseIdHint')}
          rules={[
            { required: true, message: t('users.enterpriseIdRequired') },
            { pattern: uuidPattern, message: t('users.enterpriseIdInvalid') },
          ]}
        >
          <Input className="gx-mono" placeholder="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" />
        </Form.Item>
      )}
    </>
  );
}

/** The binding fields to send for a role: the ones that do not apply are cleared. */
export function bindingsFor(values: RoleBindingValues): Required<RoleBindingValues> {
  return {
    role: values.role,
    departmentId: values.role === 'officer' ? (values.departmentId ?? null) : null,
    isLiaison: values.role === 'officer' ? Boolean(values.isLiaison) : false,
    isDepartmentHead: values.role === 'officer' ? Boolean(values.isDepartmentHead) : false,
    enterpriseId: values.role === 'enterprise' ? (values.enterpriseId?.trim() ?? null) : null,
  };
}
