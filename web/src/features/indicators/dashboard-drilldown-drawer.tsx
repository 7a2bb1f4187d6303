import { Alert, Drawer, Segmented, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import {
  cumulativeText,
  fallColour,
  figureText,
  monthText,
  periodText,
  riseColour,
  signedPercent,
} from './dashboard-format';
import type { DrillRequest } from './dashboard-panel';
import {
  listFigureEnterprises,
  type EnterpriseFigureRow,
  type FigureSort,
  type IndicatorItem,
} from './indicators-api';

const sorts: FigureSort[] = ['value', 'growth', 'delta'];

function DrilldownTable({ request, indicator }: { request: DrillRequest; indicator: IndicatorItem }) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<FigureSort>('value');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useApiQuery(
    (signal) =>
      listFigureEnterprises(
        { indicator: request.indicator, period: request.period, sort, page, pageSize, ...request.slice },
        signal,
      ),
    [request.indicator, request.period, JSON.stringify(request.slice), sort, page, pageSize],
  );
  const sortOrder = (key: FigureSort) => (sort === key ? ('descend' as const) : null);
  const amount = (exact: string | null) => figureText(exact, indicator);

  const columns: TableProps<EnterpriseFigureRow>['columns'] = [
    {
      title: t('economy.dashboard.column.enterprise'),
      key: 'enterprise',
      render: (_value, row) => (
        <div className="gx-economy-enterprise-cell">
          <Link to={`/enterprises/${row.enterprise.id}`} data-testid="drilldown-enterprise">
            {row.enterprise.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.park?.name ?? t('economy.dashboard.noPark')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('economy.dashboard.column.cumulativeOf', { months: cumulativeText(request.period, language) }),
      key: 'value',
      align: 'right',
      width: 130,
      sorter: true,
      sortOrder: sortOrder('value'),
      render: (_value, row) => amount(row.cumulative),
    },
    {
      title: t('economy.dashboard.column.base'),
      key: 'base',
      align: 'right',
      width: 120,
      render: (_value, row) =>
        row.base === null ? (
          <Typography.Text type="warning">{t('economy.dashboard.baseMissing')}</Typography.Text>
        ) : (
          amount(row.base)
        ),
    },
    {
      title: t('economy.dashboard.column.delta'),
      key: 'delta',
      align: 'right',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('delta'),
      render: (_value, row) =>
        row.delta === null ? (
          '—'
        ) : (
          <span style={{ color: row.delta.startsWith('-') ? fallColour : riseColour }}>
            {row.delta.startsWith('-') ? '' : '+'}
            {amount(row.delta)}
          </span>
        ),
    },
    {
      title: t('economy.dashboard.column.growth'),
      key: 'growth',
      align: 'right',
      width: 96,
      sorter: true,
      sortOrder: sortOrder('growth'),
      render: (_value, row) => signedPercent(row.cumulativeGrowth),
    },
    {
      title: t('economy.dashboard.column.month', { month: monthText(request.period, language) }),
      key: 'month',
      align: 'right',
      width: 110,
      render: (_value, row) => amount(row.month),
    },
  ];

  const onChange: TableProps<EnterpriseFigureRow>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = sorts.find((item) => item === single?.columnKey);
    setSort(key ?? 'value');
    setPage(1);
  };

  return (
    <>
      <Space className="gx-economy-drill-toolbar" wrap>
        <Typography.Text type="secondary">{t('economy.dashboard.drill.sortBy')}</Typography.Text>
        <Segmented<FigureSort>
          value={sort}
          options={sorts.map((value) => ({ value, label: t(`economy.dashboard.drill.sort.${value}`) }))}
          onChange={(value) => {
            setSort(value);
            setPage(1);
          }}
        />
      </Space>
      {list.error ? (
        <Alert type="error" showIcon title={list.error.message} />
      ) : (
        <Table<EnterpriseFigureRow>
          size="small"
          rowKey={(row) => row.enterprise.id}
          columns={columns}
          dataSource={list.data?.items}
          loading={list.loading}
          onChange={onChange}
          sortDirections={['descend']}
          locale={{ emptyText: t('economy.dashboard.sliceEmpty') }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('economy.dashboard.drill.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === pageSize ? nextPage : 1);
              setPageSize(nextSize);
            },
          }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('economy.dashboard.missingBaseHint')}
      </Typography.Paragraph>
    </>
  );
}

/**
 * The enterprises behind a clicked bar, slice or card: sortable by value, growth or change,
 * paginated, each linking to its profile.
 */
export function DrilldownDrawer({
  request,
  indicators,
  onClose,
}: {
  request: DrillRequest | null;
  indicators: IndicatorItem[];
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const indicator = indicators.find((item) => item.code === request?.indicator);
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      size={920}
      destroyOnHidden
      title={
        request && indicator
          ? t('economy.dashboard.drill.title', {
              title: request.title,
              indicator: indicator.name,
              period: periodText(request.period, language),
            })
          : ''
      }
      data-testid="drilldown"
    >
      {request && indicator && (
        <DrilldownTable
          key={`${request.indicator}:${request.period}:${JSON.stringify(request.slice)}`}
          request={request}
          indicator={indicator}
        />
      )}
    </Drawer>
  );
}
