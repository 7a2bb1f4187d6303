import { ApartmentOutlined, BankOutlined, DatabaseOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { loadZoneOverview } from './zone-overview-api';

const ParkDistributionChart = lazy(() =>
  import('./park-distribution-chart').then((m) => ({ default: m.ParkDistributionChart })),
);

/** Zone figures for leaders and officers: enterprise and park counts, enterprises per park, data source. */
export function ZoneOverview() {
  const { t, language } = useI18n();
  const { data, error, loading, reload } = useApiQuery((signal) => loadZoneOverview(signal), []);

  if (error) return <ApiErrorView error={error} onRetry={reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;

  const loadedAt = data.loadedAt.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card loading={loading}>
            <Statistic
              title={t('home.enterpriseCount')}
              value={data.enterpriseCount}
              prefix={<BankOutlined />}
              suffix={t('home.enterpriseUnit')}
            />
            <Link to="/enterprises">{t('home.openEnterprises')}</Link>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={loading}>
            <Statistic
              title={t('home.parkCount')}
              value={data.parks.length}
              prefix={<ApartmentOutlined />}
              suffix={t('home.parkUnit')}
            />
            <Typography.Text type="secondary">
              {data.parks.map((park) => park.name).join('、')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={loading}>
            <Statistic
              title={t('home.dataSource')}
              value={t('home.liveQuery')}
              prefix={<DatabaseOutlined />}
            />
            <Typography.Text type="secondary">{t('home.loadedAt', { time: loadedAt })}</Typography.Text>
          </Card>
        </Col>
      </Row>
      {data.parks.length > 0 && (
        <Card title={t('home.byPark')} style={{ marginTop: 16 }}>
          <Suspense fallback={<Skeleton active />}>
            <ParkDistributionChart
              seriesName={t('home.enterpriseCount')}
              parks={data.parks.map((park) => ({ name: park.name, count: park.enterpriseCount }))}
            />
          </Suspense>
        </Card>
      )}
      <Typography.Paragraph
        type="secondary"
        style={{ marginTop: 12, fontSize: 12 }}
        data-testid="data-source"
      >
        {t('home.sourceNote')}
        {data.isDemo && (
          <Tag color="orange" style={{ marginLeft: 8 }}>
            {t('common.demoData')}
          </Tag>
        )}
        {data.isDemo && t('home.demoNote')}
      </Typography.Paragraph>
    </>
  );
}
