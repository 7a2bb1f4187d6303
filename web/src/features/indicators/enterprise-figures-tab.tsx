import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { can, cumulativeLabel, displayFigure, displayPercent, parsePeriod } from '@gaoxin/domain';
import { Button, Card, Col, Empty, List, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import {
  defaultPeriod,
  getEnterpriseFigures,
  periodText,
  type EnterpriseFiguresResponse,
} from './returns-api';

import { EnterpriseClassificationNotice } from './enterprise-classification-notice';

const EnterpriseFiguresChart = lazy(() =>
  import('./enterprise-figures-chart').then((m) => ({ default: m.EnterpriseFiguresChart })),
);

type Series = EnterpriseFiguresResponse['series'][number];
type Warning = EnterpriseFiguresResponse['warnings'][number];
interface Latest {
  series: Series;
  point: Series['points'][number] | undefined;
}

/** Labels of the figures a warning rule records (percent unless noted). */
const figureKeys: Record<string, MessageKey> = {
  growthPercent: 'economy.figures.figure.growthPercent',
  monthOnMonthPercent: 'economy.figures.figure.monthOnMonthPercent',
  outputGrowthPercent: 'economy.figures.figure.outputGrowthPercent',
  inputGrowthPercent: 'economy.figures.figure.inputGrowthPercent',
  threshold: 'economy.figures.figure.threshold',
  periods: 'economy.figures.figure.periods',
};

/** A growth rate with its direction: ↑ 12.30% / ↓ 4.00% / —. */
function Growth({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const falling = value < 0;
  return (
    <Typography.Text type={falling ? 'danger' : 'success'}>
      {falling ? <ArrowDownOutlined /> : <ArrowUpOutlined />} {displayPercent(Math.abs(value))}
    </Typography.Text>
  );
}

/**
 * 经济指标 on an enterprise's profile: its own trend per indicator over 24 months (当月, 1—N月累计,
 * 累计同比), the latest period's figures, and the warnings it fired with their rule and figures.
 */
export function EnterpriseFiguresTab({ enterpriseId }: { enterpriseId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const [code, setCode] = useState<string>();
  const { data, error, loading, reload } = useApiQuery(
    (signal) => getEnterpriseFigures(enterpriseId, signal),
    [enterpriseId],
  );

  const fileLink =
    user.role === 'enterprise' && user.enterpriseId === enterpriseId && can(user.role, 'economy.fileOwn')
      ? { to: '/indicators/my-returns', label: t('economy.figures.fileOwn') }
      : can(user.role, 'economy.manage')
        ? {
            to: `/indicators/returns/${enterpriseId}/${defaultPeriod()}`,
            label: t('economy.figures.enterForIt'),
          }
        : undefined;
  const action = fileLink && (
    <Link to={fileLink.to}>
      <Button icon={<EditOutlined />}>{fileLink.label}</Button>
    </Link>
  );

  if (error) return <ApiErrorView error={error} onRetry={reload} />;
  if (!data || loading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (data.series.length === 0)
    return (
      <Empty description={t('economy.figures.empty')} data-testid="figures-empty">
        {action}
      </Empty>
    );

  const selected = data.series.find((item) => item.indicator.code === code) ?? data.series[0];
  const latestPeriod = data.series
    .flatMap((item) => item.points.map((point) => point.period))
    .reduce((latest, period) => (period > latest ? period : latest), '');
  const latest: Latest[] = data.series.map((series) => ({
    series,
    point: series.points.find((point) => point.period === latestPeriod),
  }));
  const label = cumulativeLabel(parsePeriod(latestPeriod));
  const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const show = (value: string | null, series: Series) =>
    value === null ? '—' : displayFigure(value, series.indicator.unit, series.indicator.decimals);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="enterprise-figures">
      {data.classification && <EnterpriseClassificationNotice classification={data.classification} />}
      <Card
        size="small"
        title={t('economy.figures.trend')}
        extra={
          <Select
            value={selected?.indicator.code}
            style={{ width: 200 }}
            options={data.series.map((item) => ({
              value: item.indicator.code,
              label: item.indicator.name,
            }))}
            onChange={setCode}
            aria-label={t('economy.returns.indicator')}
            data-testid="figures-indicator"
          />
        }
      >
        {selected && (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <EnterpriseFiguresChart
              series={selected}
              names={{
                month: t('economy.figures.month'),
                cumulative: t('economy.figures.cumulative'),
                growth: t('economy.figures.growth'),
              }}
            />
          </Suspense>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t('economy.figures.latest', { period: periodText(latestPeriod, language) })}
            extra={action}
          >
            <Table<Latest>
              size="small"
              rowKey={(row) => row.series.indicator.code}
              pagination={false}
              dataSource={latest}
              columns={[
                {
                  title: t('economy.returns.indicator'),
                  key: 'name',
                  render: (_v, row) => row.series.indicator.name,
                },
                {
                  title: label,
                  key: 'cumulative',
                  align: 'right',
                  onCell: noWrap,
                  render: (_v, row) =>
                    row.point ? show(row.point.cumulative, row.series) : t('economy.figures.notFiled'),
                },
                {
                  title: t('economy.figures.month'),
                  key: 'month',
                  align: 'right',
                  onCell: noWrap,
                  render: (_v, row) => (row.point ? show(row.point.month, row.series) : '—'),
                },
                {
                  title: t('economy.figures.growth'),
                  key: 'growth',
                  align: 'right',
                  onCell: noWrap,
                  render: (_v, row) => <Growth value={row.point?.cumulativeGrowth ?? null} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={
              <Space>
                <WarningOutlined />
                {t('economy.figures.warnings', { count: data.warnings.length })}
              </Space>
            }
          >
            <List<Warning>
              dataSource={data.warnings}
              locale={{ emptyText: t('economy.figures.noWarnings') }}
              renderItem={(warning) => <WarningItem warning={warning} />}
              data-testid="figures-warnings"
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function WarningItem({ warning }: { warning: Warning }) {
  const { t, language } = useI18n();
  const figures = Object.entries(warning.figures).map(([name, value]) => {
    const key = figureKeys[name];
    const text = typeof value === 'number' && name !== 'periods' ? `${value.toFixed(2)}%` : String(value);
    return `${key ? t(key) : name} ${text}`;
  });
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Space wrap>
            <Tag color="orange">{periodText(warning.period, language)}</Tag>
            <span>{warning.rule.name}</span>
          </Space>
        }
        description={
          <>
            <div>{warning.message}</div>
            {figures.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {figures.join(' · ')}
              </Typography.Text>
            )}
          </>
        }
      />
    </List.Item>
  );
}
