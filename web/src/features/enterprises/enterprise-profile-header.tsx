import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { EnterpriseDetail } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { EnterpriseTags } from './enterprise-tags';

/** The top of the 360° profile: name, code, tags, park, industry, key flag and who looks after it. */
export function EnterpriseProfileHeader({
  detail,
  showBackLink,
}: {
  detail: EnterpriseDetail;
  showBackLink: boolean;
}) {
  const { t } = useI18n();
  const typeNames = new Map(detail.qualifications.map((item) => [item.type, item.typeName]));
  const fact = (label: string, value: string | null | undefined) => (
    <span>
      {label}
      {t('common.colon')}
      <strong>{value || '—'}</strong>
    </span>
  );

  return (
    <div className="gx-profile-header">
      <div>
        <div className="gx-profile-title">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="enterprise-name">
            {detail.name}
          </Typography.Title>
          <EnterpriseTags enterprise={detail} typeNames={typeNames} />
        </div>
        <div className="gx-profile-facts">
          <span>
            {t('enterprise.creditCode')}
            {t('common.colon')}
            <Typography.Text className="gx-mono" copyable>
              {detail.creditCode}
            </Typography.Text>
          </span>
          {detail.shortName && fact(t('enterprise.shortName'), detail.shortName)}
          {fact(t('enterprise.park'), detail.park?.name)}
          {fact(t('enterprise.industry'), detail.industryName ?? detail.industryCode)}
        </div>
        <div className="gx-profile-facts">
          {fact(t('enterprise.key'), detail.isKey ? t('common.yes') : t('common.no'))}
          {fact(t('enterprise.liaison'), detail.liaison?.name ?? t('enterprise.unassigned'))}
          {fact(
            t('enterprise.responsibleLeader'),
            detail.responsibleLeader?.name ?? t('enterprise.unassigned'),
          )}
        </div>
      </div>
      {showBackLink && (
        <Link to="/enterprises">
          <Button icon={<ArrowLeftOutlined />}>{t('enterprise.backToList')}</Button>
        </Link>
      )}
    </div>
  );
}
