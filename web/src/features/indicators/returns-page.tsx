import { EditOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { can, daysBetween, todayInChina } from '@gaoxin/domain';
import {
  Button,
  Card,
  Empty,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { useCurrentUser } from '../../app/session/session';
import { listParks } from '../enterprises/enterprises-api';
import { FilingCounts } from './filing-counts';
import { ReturnsImportDialog } from './returns-import-dialog';
import { FilingStatusTag, sourceKeys, statusKeys } from './returns-labels';
import { PeriodPicker } from './returns-period-picker';
import {
  defaultPeriod,
  listFilings,
  periodFromText,
  type FilingStatus,
  type FilingsResponse,
} from './returns-api';

type Row = FilingsResponse['items'][number];

const statuses: FilingStatus[] = ['filed', 'pending', 'overdue'];
const defaultPageSize = 20;

/**
 * 报送情况 (officers and leaders): who has filed a period's return, who has not and who is late,
 * filtered by status, sub-park or the liaison's own enterprises (催报清单); officers enter a return
 * on an enterprise's behalf (代录) or import the period from Excel.
 */
export function ReturnsPage() {
  const user = useCurrentUser();
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const period = periodFromText(params.get('period')) ?? defaultPeriod();
  const status = statuses.find((item) => item === params.get('status'));
  const parkId = params.get('park') ?? undefined;
  const mine = params.get('mine') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));
  const mayRead = can(user.role, 'economy.read');
  const mayManage = can(user.role, 'economy.manage');

  const filings = useApiQuery(
    (signal) =>
      mayRead
        ? listFilings({ period, status, parkId, mine, page, pageSize }, signal)
        : Promise.resolve(undefined),
    [period, status, parkId, mine, page, pageSize, mayRead],
  );
  const parks = useApiQuery((signal) => (mayRead ? listParks(signal) : Promise.resolve([])), [mayRead]);

  if (user.role === 'enterprise') return <Navigate to="/indicators/my-returns" replace />;
  if (!mayRead) return <ForbiddenPage />;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const data = filings.data?.period === period ? filings.data : undefined;
  const columns: TableProps<Row>['columns'] = [
    {
      title: t('economy.filings.enterprise'),
      key: 'enterprise',
      render: (_value, row) => (
        <Link to={`/enterprises/${row.enterprise.id}?tab=indicators`} data-testid="filing-enterprise">
          {row.enterprise.name}
        </Link>
      ),
    },
    { title: t('economy.filings.park'), key: 'park', width: 150, render: (_v, row) => row.park?.name ?? '—' },
    {
      title: t('economy.filings.liaison'),
      key: 'liaison',
      width: 180,
      render: (_v, row) => row.liaison?.name ?? '—',
    },
    {
      title: t('economy.filings.status'),
      key: 'status',
      width: 90,
      render: (_v, row) => <FilingStatusTag status={row.status} />,
    },
    {
      title: t('economy.filings.filedAt'),
      key: 'filedAt',
      width: 170,
      render: (_v, row) => formatDateTime(row.filedAt, language),
    },
    {
      title: t('economy.filings.source'),
      key: 'source',
      width: 100,
      render: (_v, row) => (row.source ? t(sourceKeys[row.source]) : '—'),
    },
    {
      title: t('economy.filings.unfiledRun'),
      key: 'unfiledRun',
      width: 110,
      align: 'right',
      render: (_v, row) =>
        row.unfiledRun > 0 ? (
          <Typography.Text type={row.unfiledRun >= 2 ? 'danger' : undefined}>
            {t(row.unfiledRun >= 12 ? 'economy.filings.monthsOrMore' : 'economy.filings.months', {
              count: row.unfiledRun,
            })}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_v, row) => {
        const enters = mayManage && row.status !== 'filed';
        return (
          <Link to={`/indicators/returns/${row.enterprise.id}/${period}`} data-testid="filing-open">
            <Button size="small" type={enters ? 'primary' : 'default'} ghost={enters}>
              {enters ? <EditOutlined /> : <EyeOutlined />}
              {t(enters ? 'economy.filings.enter' : 'economy.filings.view')}
            </Button>
          </Link>
        );
      },
    },
  ];

  const hasFilters = Boolean(status || parkId || mine);
  const emptyText = hasFilters ? (
    <Empty description={t('economy.filings.emptyFiltered')}>
      <Button onClick={() => update({ status: undefined, park: undefined, mine: undefined })}>
        {t('enterprise.clearFilters')}
      </Button>
    </Empty>
  ) : (
    <Empty description={t('economy.filings.empty')} />
  );
  const today = todayInChina();
  const daysLeft = data ? daysBetween(today, data.deadline) : undefined;

  return (
    <Card data-testid="filings-page">
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('economy.filings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('economy.filings.hint')}</Typography.Text>
        </div>
        {mayManage && (
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => setImporting(true)}
            data-testid="returns-import-open"
          >
            {t('economy.filings.import')}
          </Button>
        )}
      </div>
      <Space wrap size={[16, 12]} style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>{t('economy.returns.period')}</Typography.Text>
          <PeriodPicker
            value={period}
            onChange={(next) => update({ period: next === defaultPeriod() ? undefined : next })}
            testId="filings-period"
          />
        </Space>
        {data && (
          <Typography.Text type={daysLeft !== undefined && daysLeft < 0 ? 'danger' : 'secondary'}>
            {t('economy.returns.deadline', { deadline: data.deadline })}
            {daysLeft !== undefined &&
              (daysLeft < 0
                ? t('economy.filings.deadlinePassed')
                : t('economy.filings.daysLeft', { days: daysLeft }))}
          </Typography.Text>
        )}
      </Space>
      <FilingCounts
        counts={data?.counts}
        active={status}
        onPick={(picked) => update({ status: picked === status ? undefined : picked })}
      />
      <Space wrap size={[16, 12]} style={{ margin: '16px 0' }}>
        <Segmented<string>
          value={status ?? 'all'}
          options={[
            { value: 'all', label: t('economy.filings.allStatuses') },
            ...statuses.map((item) => ({ value: item, label: t(statusKeys[item]) })),
          ]}
          onChange={(value) => update({ status: value === 'all' ? undefined : value })}
          data-testid="filings-status"
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('economy.filings.allParks')}
          value={parkId}
          loading={parks.loading}
          options={(parks.data ?? []).map((park) => ({ value: park.id, label: park.name }))}
          onChange={(value: string | undefined) => update({ park: value })}
          aria-label={t('economy.filings.park')}
        />
        {user.isLiaison && (
          <Space>
            <Switch
              checked={mine}
              onChange={(checked) => update({ mine: checked ? 'true' : undefined })}
              data-testid="filings-mine"
            />
            <Typography.Text>{t('economy.filings.mine')}</Typography.Text>
          </Space>
        )}
      </Space>
      {filings.error ? (
        <ApiErrorView error={filings.error} onRetry={filings.reload} />
      ) : (
        <Table<Row>
          rowKey={(row) => row.enterprise.id}
          columns={columns}
          dataSource={data?.items}
          loading={filings.loading}
          locale={{ emptyText }}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) =>
              update({
                page: nextPage > 1 ? String(nextPage) : undefined,
                pageSize: nextSize === defaultPageSize ? undefined : String(nextSize),
              }),
          }}
        />
      )}
      {mayManage && (
        <ReturnsImportDialog
          open={importing}
          initialPeriod={period}
          onClose={() => setImporting(false)}
          onImported={(imported) => {
            if (imported === period) filings.reload();
            else update({ period: imported });
          }}
        />
      )}
    </Card>
  );
}
