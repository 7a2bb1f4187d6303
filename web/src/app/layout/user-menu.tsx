import { CheckOutlined, KeyOutlined, LogoutOutlined, ReadOutlined, UserOutlined } from '@ant-design/icons';
import { can, roleLabels } from '@gaoxin/domain';
import { Avatar, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { useCurrentUser, useSession } from '../session/session';

/** The header's user menu: who is signed in, password, language, API docs (admin) and sign-out. */
export function UserMenu() {
  const user = useCurrentUser();
  const { signOut } = useSession();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const roleLabel = roleLabels[user.role][language];
  const affiliation = user.department?.name ?? user.enterpriseName;

  const items: MenuProps['items'] = [
    {
      key: 'identity',
      disabled: true,
      label: (
        <div className="gx-user-identity">
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary">
            {roleLabel}
            {affiliation ? ` · ${affiliation}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('userMenu.changePassword') },
    {
      type: 'group',
      key: 'language',
      label: t('userMenu.language'),
      children: [
        { key: 'language:zh', label: '简体中文', icon: language === 'zh' ? <CheckOutlined /> : <span /> },
        { key: 'language:en', label: 'English', icon: language === 'en' ? <CheckOutlined /> : <span /> },
      ],
    },
    ...(can(user.role, 'user.manage')
      ? [{ key: 'docs', icon: <ReadOutlined />, label: t('userMenu.apiDocs') }]
      : []),
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('userMenu.logout')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/change-password');
    else if (key === 'language:zh') setLanguage('zh');
    else if (key === 'language:en') setLanguage('en');
    else if (key === 'docs') window.open('/api/docs', '_blank', 'noopener,noreferrer');
    else if (key === 'logout') void signOut();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={t('userMenu.label')}
        className="gx-user-trigger"
      >
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1554ad' }} />
          <span className="gx-user-name">{user.displayName}</span>
          <Typography.Text type="secondary" className="gx-user-role">
            {roleLabel}
          </Typography.Text>
        </Flex>
      </Button>
    </Dropdown>
  );
}
