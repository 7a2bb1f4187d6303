import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Typography, type DescriptionsProps } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { NotFoundPage } from '../../app/pages/not-found-page';
import { useCurrentUser } from '../../app/session/session';
import { EnterpriseTags } from './enterprise-tags';
import { getEnterprise } from './enterprises-api';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One enterprise's record (一企一档); "not found or not yours" when the API answers 404. */
export function EnterpriseDetailPage() {
  const { enterpriseId = '' } = useParams();
  const user = useCurrentUser();
  const { t } = useI18n();
  const isValidId = uuidPattern.test(enterpriseId);
  const { data, error, reload } = useApiQuery(
    (signal) => (isValidId ? getEnterprise(enterpriseId, signal) : Promise.resolve(undefined)),
    [enterpriseId, isValidId],
  );

  if (!isValidId) return <NotFoundPage isRecord />;
  if (error) return <ApiErrorView error={error} onRetry={reload} />;
  if (!data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );

  const empty = '—';
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('enterprise.name'), children: data.name, span: 2 },
    { key: 'shortName', label: t('enterprise.shortName'), children: data.shortName ?? empty },
    {
      key: 'creditCode',
      label: t('enterprise.creditCode'),
      children: <span className="gx-mono">{data.creditCode}</span>,
    },
    { key: 'park', label: t('enterprise.park'), children: data.park?.name ?? empty },
    { key: 'industryCode', label: t('enterprise.industryCode'), children: data.industryCode ?? empty },
    { key: 'legal', label: t('enterprise.legalRepresentative'), children: data.legalRepresentative ?? empty },
    { key: 'established', label: t('enterprise.establishedOn'), children: data.establishedOn ?? empty },
    { key: 'address', label: t('enterprise.address'), children: data.address ?? empty, span: 2 },
    {
      key: 'aboveScale',
      label: t('enterprise.aboveScale'),
      children: data.isAboveScale ? t('common.yes') : t('common.no'),
    },
    { key: 'isKey', label: t('enterprise.key'), children: data.isKey ? t('common.yes') : t('common.no') },
  ];

  return (
    <Card data-testid="enterprise-detail">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {data.name} <EnterpriseTags enterprise={data} />
          </Typography.Title>
          <Typography.Text type="secondary">{t('enterprise.detailHint')}</Typography.Text>
        </div>
        {user.role !== 'enterprise' && (
          <Link to="/enterprises">
            <Button icon={<ArrowLeftOutlined />}>{t('enterprise.backToList')}</Button>
          </Link>
        )}
      </div>
      <Descriptions bordered column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
