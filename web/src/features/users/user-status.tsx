import { Space, Tag, Tooltip } from 'antd';
import type { UserSummary } from '../../api/contract';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';

/** Whether too many failed sign-ins have locked the account for now. */
export function isLocked(user: UserSummary): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

/** Active / disabled / locked / must change password, as tags. */
export function UserStatus({ user }: { user: UserSummary }) {
  const { t, language } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {user.isActive ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.disabled')}</Tag>}
      {isLocked(user) && (
        <Tooltip title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, language) })}>
          <Tag color="red">{t('users.locked')}</Tag>
        </Tooltip>
      )}
      {user.mustChangePassword && <Tag color="orange">{t('users.mustChangePassword')}</Tag>}
    </Space>
  );
}
