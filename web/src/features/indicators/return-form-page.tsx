import { ArrowLeftOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { App, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { NotFoundPage } from '../../app/pages/not-found-page';
import { useCurrentUser } from '../../app/session/session';
import { defaultPeriod, getReturn, periodFromText } from './returns-api';
import { ReturnForm } from './return-form-editor';
import { PeriodPicker } from './returns-period-picker';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 月报填报: an enterprise user files its own return (/indicators/my-returns, the period chosen on the
 * page, last month by default); an officer enters one on an enterprise's behalf (代录,
 * /indicators/returns/:enterpriseId/:period); a leader reads it.
 */
export function ReturnFormPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const routeParams = useParams();
  const [search, setSearch] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const isOwn = routeParams.enterpriseId === undefined;
  const enterpriseId = isOwn ? (user.enterpriseId ?? undefined) : routeParams.enterpriseId;
  const period = isOwn
    ? (periodFromText(search.get('period')) ?? defaultPeriod())
    : periodFromText(routeParams.period);
  const isValid = Boolean(enterpriseId && uuidPattern.test(enterpriseId) && period);
  const mayWrite =
    can(user.role, 'economy.manage') ||
    (can(user.role, 'economy.fileOwn') && Boolean(enterpriseId) && user.enterpriseId === enterpriseId);
  const isStaff = user.role !== 'enterprise';

  const query = useApiQuery(
    (signal) =>
      isValid && enterpriseId && period
        ? getReturn(enterpriseId, period, signal)
        : Promise.resolve(undefined),
    [enterpriseId, period, isValid],
  );
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  if (isOwn && isStaff) return <Navigate to="/indicators/filings" replace />;
  if (isOwn && !enterpriseId)
    return (
      <Card>
        <Empty description={t('home.noEnterprise')} />
      </Card>
    );
  if (!isValid || !enterpriseId || !period) return <NotFoundPage isRecord />;

  const changePeriod = (next: string) => {
    const go = () => {
      setDirty(false);
      if (isOwn) setSearch(next === defaultPeriod() ? {} : { period: next });
      else void navigate(`/indicators/returns/${enterpriseId}/${next}`);
    };
    if (!dirty) go();
    else
      modal.confirm({
        title: t('economy.returns.leaveTitle'),
        content: t('economy.returns.leaveText'),
        okText: t('economy.returns.leaveOk'),
        onOk: go,
      });
  };

  const data =
    query.data?.period === period && query.data.enterprise.id === enterpriseId ? query.data : undefined;
  const title = isOwn
    ? 'economy.returns.titleOwn'
    : mayWrite
      ? 'economy.returns.titleOfficer'
      : 'economy.returns.titleView';
  return (
    <Card data-testid="return-page">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(title)}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(
              isOwn
                ? 'economy.returns.hintOwn'
                : mayWrite
                  ? 'economy.returns.hintOfficer'
                  : 'economy.returns.hintView',
            )}
          </Typography.Text>
        </div>
        <Space wrap>
          <Typography.Text>{t('economy.returns.period')}</Typography.Text>
          <PeriodPicker value={period} onChange={changePeriod} testId="return-period" />
          {isStaff && (
            <Link to={`/indicators/filings?period=${period}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('economy.returns.backToFilings')}</Button>
            </Link>
          )}
        </Space>
      </div>
      {query.error ? (
        <ApiErrorView error={query.error} onRetry={query.reload} />
      ) : data ? (
        <ReturnForm
          key={`${enterpriseId}|${period}`}
          initial={data}
          mayWrite={mayWrite}
          isStaff={isStaff}
          onDirtyChange={onDirtyChange}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 10 }} />
      )}
    </Card>
  );
}
