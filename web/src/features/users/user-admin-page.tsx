import { PlusOutlined } from '@ant-design/icons';
import { roleLabels, roles, type Role } from '@gaoxin/domain';
import { Button, Card, Input, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import type { UserSummary } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { UserStatus } from './user-status';
import { listUsers } from './users-api';

/** User administration (admin only): search, filter by role, create, edit, unlock, reset password. */
export function UserAdminPage() {
  const { t, language } = useI18n();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserSummary>();
  const users = useApiQuery(
    (signal) => listUsers({ q: q || undefined, role, page, pageSize }, signal),
    [q, role, page, pageSize],
  );

  const columns: TableProps<UserSummary>['columns'] = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (value: string) => <span className="gx-mono">{value}</span>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.role'),
      dataIndex: 'role',
      render: (value: Role) => (
        <Tag color={value === 'admin' || value === 'auditor' ? 'purple' : 'blue'}>
          {roleLabels[value][language]}
        </Tag>
      ),
    },
    {
      title: t('users.affiliation'),
      key: 'affiliation',
      render: (_value, user) => (
        <Space size={4} wrap>
          <span>{user.department?.name ?? user.enterprise?.name ?? '—'}</span>
          {user.isLiaison && <Tag color="cyan">{t('users.liaison')}</Tag>}
          {user.isDepartmentHead && <Tag color="geekblue">{t('users.isDepartmentHead')}</Tag>}
        </Space>
      ),
    },
    { title: t('users.status'), key: 'status', render: (_value, user) => <UserStatus user={user} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (value: string | null) => formatDateTime(value, language),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_value, user) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setEditing(user);
          }}
          data-testid={`edit-user-${user.username}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="users-title">
            {t('nav.users')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('users.hint')}</Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setCreating(true);
          }}
          data-testid="create-user"
        >
          {t('users.create')}
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          aria-label={t('common.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ width: 280 }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.allRoles')}
          aria-label={t('users.role')}
          style={{ width: 180 }}
          value={role}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
          options={roles.map((value) => ({ value, label: roleLabels[value][language] }))}
        />
      </Space>
      {users.error ? (
        <ApiErrorView error={users.error} onRetry={users.reload} />
      ) : (
        <Table<UserSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items}
          loading={users.loading}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextPage);
              setPageSize(nextSize);
            },
          }}
        />
      )}
      <CreateUserDialog
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
        onCreated={() => {
          setCreating(false);
          users.reload();
        }}
      />
      <EditUserDialog
        user={editing}
        onClose={() => {
          setEditing(undefined);
        }}
        onChanged={users.reload}
      />
    </Card>
  );
}
