import type { QualificationStatus } from '@gaoxin/domain';
import { Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { daysUntil, statusColors, statusKeys } from './enterprise-labels';

/** The computed status (有效 / 即将到期 / 已过期) as a coloured tag, with the days left or overdue. */
export function QualificationStatusTag({
  status,
  expiresOn,
}: {
  status: QualificationStatus;
  expiresOn: string | null;
}) {
  const { t } = useI18n();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={statusColors[status]}>{t(statusKeys[status])}</Tag>
      {expiresOn && status !== 'valid' && <DaysLeft expiresOn={expiresOn} />}
    </span>
  );
}

/** "还剩 12 天" / "今天到期" / "已过期 3 天". */
export function DaysLeft({ expiresOn }: { expiresOn: string }) {
  const { t } = useI18n();
  const days = daysUntil(expiresOn);
  if (days < 0)
    return <Typography.Text type="danger">{t('qualification.overdueDays', { days: -days })}</Typography.Text>;
  if (days === 0) return <Typography.Text type="warning">{t('qualification.expiresToday')}</Typography.Text>;
  return (
    <Typography.Text type={days <= 90 ? 'warning' : 'secondary'}>
      {t('qualification.daysLeft', { days })}
    </Typography.Text>
  );
}
