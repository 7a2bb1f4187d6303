import { Card, Col, Row, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { fallColour, figureText, riseColour, signedPercent } from './dashboard-format';
import { PanelError } from './dashboard-panel';
import { getRankings, type EnterpriseFigureRow, type IndicatorItem, type Slice } from './indicators-api';

const limit = 10;

/** A signed amount in the indicator's unit: "+1.50亿元", "-6357.63万元". */
function deltaText(delta: string | null, indicator: IndicatorItem): string {
  if (delta === null) return '—';
  const text = figureText(delta, indicator);
  return delta.startsWith('-') ? text : `+${text}`;
}

function MoversTable({
  title,
  rows,
  loading,
  indicator,
  emptyText,
  testId,
}: {
  title: string;
  rows: EnterpriseFigureRow[] | undefined;
  loading: boolean;
  indicator: IndicatorItem;
  emptyText: string;
  testId: string;
}) {
  const { t } = useI18n();
  const columns: TableProps<EnterpriseFigureRow>['columns'] = [
    { title: '#', key: 'rank', width: 36, render: (_value, _row, index) => index + 1 },
    {
      title: t('economy.dashboard.column.enterprise'),
      key: 'enterprise',
      ellipsis: true,
      render: (_value, row) => (
        <div className="gx-economy-enterprise-cell">
          <Link to={`/enterprises/${row.enterprise.id}`} title={row.enterprise.name}>
            {row.enterprise.name}
          </Link>
          {row.park && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.park.name}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('economy.dashboard.column.cumulative'),
      key: 'cumulative',
      align: 'right',
      width: 112,
      render: (_value, row) => figureText(row.cumulative, indicator),
    },
    {
      title: t('economy.dashboard.column.delta'),
      key: 'delta',
      align: 'right',
      width: 112,
      render: (_value, row) => (
        <span style={{ color: row.delta?.startsWith('-') ? fallColour : riseColour }}>
          {deltaText(row.delta, indicator)}
        </span>
      ),
    },
    {
      title: t('economy.dashboard.column.growth'),
      key: 'growth',
      align: 'right',
      width: 88,
      render: (_value, row) => signedPercent(row.cumulativeGrowth),
    },
  ];
  return (
    <Card size="small" className="gx-economy-panel" title={title} data-testid={testId}>
      <Table<EnterpriseFigureRow>
        size="small"
        rowKey={(row) => row.enterprise.id}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        locale={{ emptyText }}
        tableLayout="fixed"
      />
    </Card>
  );
}

/** 重点企业变动: the enterprises that added most to the indicator, and those that took most away. */
export function RankingsPanel({
  indicator,
  period,
  slice,
}: {
  indicator: IndicatorItem;
  period: string;
  slice: Slice;
}) {
  const { t } = useI18n();
  const rankings = useApiQuery(
    (signal) => getRankings({ indicator: indicator.code, period, limit, ...slice }, signal),
    [indicator.code, period, JSON.stringify(slice)],
  );
  if (rankings.error) return <PanelError error={rankings.error} onRetry={rankings.reload} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <MoversTable
          title={t('economy.dashboard.rankings.risers', { indicator: indicator.name })}
          rows={rankings.data?.risers}
          loading={rankings.loading}
          indicator={indicator}
          emptyText={t('economy.dashboard.rankings.noRisers')}
          testId="rankings-risers"
        />
      </Col>
      <Col xs={24} xl={12}>
        <MoversTable
          title={t('economy.dashboard.rankings.fallers', { indicator: indicator.name })}
          rows={rankings.data?.fallers}
          loading={rankings.loading}
          indicator={indicator}
          emptyText={t('economy.dashboard.rankings.noFallers')}
          testId="rankings-fallers"
        />
      </Col>
    </Row>
  );
}
