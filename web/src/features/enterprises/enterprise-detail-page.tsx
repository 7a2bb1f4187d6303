import { Badge, Card, Col, Row, Skeleton, Tabs, type TabsProps } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { NotFoundPage } from '../../app/pages/not-found-page';
import { useCurrentUser } from '../../app/session/session';
import { EnterpriseAppealsTab } from '../appeals/enterprise-appeals-tab';
import { EnterpriseFiguresTab } from '../indicators/enterprise-figures-tab';
import { BasicInfoTab } from './basic-info-tab';
import { ContactsTab } from './contacts-tab';
import { EnterpriseProfileHeader } from './enterprise-profile-header';
import { getEnterprise } from './enterprises-api';
import { PendingModuleTab } from './pending-module-tab';
import { profileAccess } from './profile-access';
import { QualificationsTab } from './qualifications-tab';
import { ResponsibilityPanel } from './responsibility-panel';
import { VisitsPanel } from './visits-panel';
import './enterprises.css';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The 360° profile of one enterprise (一企一档); "not found or not yours" when the API answers 404. */
export function EnterpriseDetailPage() {
  const { enterpriseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const user = useCurrentUser();
  const { t } = useI18n();
  const isValidId = uuidPattern.test(enterpriseId);
  const { data, error, reload } = useApiQuery(
    (signal) => (isValidId ? getEnterprise(enterpriseId, signal) : Promise.resolve(undefined)),
    [enterpriseId, isValidId],
  );

  if (!isValidId) return <NotFoundPage isRecord />;
  if (error) return <ApiErrorView error={error} onRetry={reload} />;
  if (!data || data.id !== enterpriseId)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const access = profileAccess(user, data.id);
  const attention = data.qualifications.filter((item) => item.status !== 'valid').length;
  const tabProps = { detail: data, access, onChanged: reload };

  const items: NonNullable<TabsProps['items']> = [
    { key: 'basic', label: t('profile.basic'), children: <BasicInfoTab {...tabProps} /> },
    {
      key: 'qualifications',
      label: (
        <Badge count={attention} size="small" offset={[8, -2]} title={t('profile.qualificationsAttention')}>
          {t('profile.qualifications', { count: data.qualifications.length })}
        </Badge>
      ),
      children: <QualificationsTab {...tabProps} />,
    },
  ];
  if (access.isZoneStaff) {
    items.push({
      key: 'responsibility',
      label: t('profile.responsibility'),
      children: (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <ResponsibilityPanel detail={data} mayWrite={access.mayWrite} onChanged={reload} />
          </Col>
          <Col xs={24} lg={14}>
            <VisitsPanel enterpriseId={data.id} mayWrite={access.mayWrite} />
          </Col>
        </Row>
      ),
    });
  }
  items.push(
    {
      key: 'contacts',
      label: t('profile.contacts', { count: data.contacts.length }),
      children: <ContactsTab {...tabProps} />,
    },
    {
      key: 'indicators',
      label: t('profile.indicators'),
      children: <EnterpriseFiguresTab enterpriseId={data.id} />,
    },
    {
      key: 'appeals',
      label: t('profile.appeals'),
      children: <EnterpriseAppealsTab enterpriseId={data.id} />,
    },
  );
  if (access.isZoneStaff) {
    items.push({
      key: 'projects',
      label: t('profile.projects'),
      children: <PendingModuleTab module="module.investment.title" content="profile.projectsPending" />,
    });
  }
  items.push({
    key: 'policies',
    label: t('profile.policies'),
    children: <PendingModuleTab module="module.policies.title" content="profile.policiesPending" />,
  });

  const requested = params.get('tab');
  const activeKey = items.some((item) => item.key === requested) ? (requested ?? 'basic') : 'basic';

  return (
    <Card data-testid="enterprise-detail">
      <EnterpriseProfileHeader detail={data} showBackLink={access.isZoneStaff} />
      <Tabs
        style={{ marginTop: 12 }}
        activeKey={activeKey}
        items={items}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          if (key === 'basic') next.delete('tab');
          else next.set('tab', key);
          setParams(next, { replace: true });
        }}
      />
    </Card>
  );
}
