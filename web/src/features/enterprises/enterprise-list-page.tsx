import { ClockCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { Button, Card, Empty, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import type { EnterpriseSummary } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { EnterpriseExcelActions } from './enterprise-excel-actions';
import { EnterpriseFormDrawer } from './enterprise-form-drawer';
import { scaleKeys } from './enterprise-labels';
import { EnterpriseListFilters } from './enterprise-list-filters';
import { EnterpriseTags } from './enterprise-tags';
import {
  listAssignablePeople,
  listEnterprises,
  listParks,
  listQualificationTypes,
  type SortField,
  type SortOrder,
} from './enterprises-api';
import { defaultPageSize, useListParams } from './use-list-params';
import './enterprises.css';

const sortChoices: [SortField, SortOrder][] = [
  ['name', 'asc'],
  ['name', 'desc'],
  ['creditCode', 'asc'],
  ['creditCode', 'desc'],
  ['establishedOn', 'desc'],
  ['establishedOn', 'asc'],
  ['updatedAt', 'desc'],
  ['updatedAt', 'asc'],
];

/** The enterprise register (企业库): one search box, filters, sortable columns, all kept in the address. */
export function EnterpriseListPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { filter, update, hasFilters, clear } = useListParams();
  const [creating, setCreating] = useState(false);
  const mayWrite = can(user.role, 'enterprise.write');
  const isEnterpriseUser = user.role === 'enterprise';

  const enterprises = useApiQuery(
    (signal) => (isEnterpriseUser ? Promise.resolve(undefined) : listEnterprises(filter, signal)),
    [JSON.stringify(filter), isEnterpriseUser],
  );
  const parks = useApiQuery((signal) => listParks(signal), []);
  const types = useApiQuery((signal) => listQualificationTypes(signal), []);
  // Only officers may list people; leaders simply get no liaison filter.
  const people = useApiQuery(
    (signal) => (mayWrite ? listAssignablePeople(signal) : Promise.resolve(undefined)),
    [mayWrite],
  );

  if (isEnterpriseUser) {
    return user.enterpriseId ? (
      <Navigate to={`/enterprises/${user.enterpriseId}`} replace />
    ) : (
      <Card>
        <Empty description={t('home.noEnterprise')} />
      </Card>
    );
  }

  const typeNames = new Map((types.data ?? []).map((type) => [type.code, type.name]));
  const sortOrderOf = (field: SortField) =>
    filter.sort === field ? (filter.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableProps<EnterpriseSummary>['columns'] = [
    {
      title: t('enterprise.name'),
      key: 'name',
      width: 220,
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (_value, enterprise) => (
        <div>
          <Link to={`/enterprises/${enterprise.id}`} data-testid="enterprise-link">
            {enterprise.name}
          </Link>
          {enterprise.shortName && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {enterprise.shortName}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('enterprise.creditCode'),
      key: 'creditCode',
      sorter: true,
      sortOrder: sortOrderOf('creditCode'),
      width: 180,
      render: (_value, enterprise) => <span className="gx-mono">{enterprise.creditCode}</span>,
    },
    {
      title: t('enterprise.park'),
      key: 'park',
      width: 140,
      render: (_value, enterprise) => enterprise.park?.name ?? '—',
    },
    {
      title: t('enterprise.industry'),
      key: 'industry',
      width: 200,
      render: (_value, enterprise) =>
        enterprise.industryCode ? (
          <span title={enterprise.industryCode}>{enterprise.industryName ?? enterprise.industryCode}</span>
        ) : (
          '—'
        ),
    },
    {
      title: t('enterprise.scaleShort'),
      key: 'scale',
      width: 64,
      render: (_value, enterprise) => (enterprise.scale ? t(scaleKeys[enterprise.scale]) : '—'),
    },
    {
      title: t('enterprise.liaison'),
      key: 'liaison',
      width: 120,
      render: (_value, enterprise) => enterprise.liaison?.name ?? '—',
    },
    {
      title: t('enterprise.tags'),
      key: 'tags',
      render: (_value, enterprise) => <EnterpriseTags enterprise={enterprise} typeNames={typeNames} />,
    },
  ];

  const onTableChange: TableProps<EnterpriseSummary>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey === 'creditCode' ? 'creditCode' : 'name';
    if (!single?.order) update({ sort: undefined, order: undefined });
    else update({ sort: field, order: single.order === 'descend' ? 'desc' : 'asc' });
  };

  const emptyText = hasFilters ? (
    <Empty description={t('enterprise.emptyFiltered')}>
      <Button onClick={clear}>{t('enterprise.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={mayWrite ? t('enterprise.emptyOfficer') : t('enterprise.empty')} />
  );

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('module.enterprises.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('enterprise.listHint')}</Typography.Text>
        </div>
        <Space wrap>
          <Link to="/enterprises/qualifications/expiring">
            <Button icon={<ClockCircleOutlined />}>{t('expiring.link')}</Button>
          </Link>
          {/* Enterprise users never get here (redirected above): the rest are leaders and officers. */}
          <EnterpriseExcelActions filter={filter} mayImport={mayWrite} onImported={enterprises.reload} />
          {mayWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setCreating(true);
              }}
              data-testid="enterprise-create"
            >
              {t('enterprise.create')}
            </Button>
          )}
        </Space>
      </div>
      <EnterpriseListFilters
        filter={filter}
        update={update}
        hasFilters={hasFilters}
        clear={clear}
        parks={parks.data}
        qualificationTypes={types.data}
        liaisons={people.data?.filter((person) => person.role === 'officer')}
      />
      <div className="gx-enterprise-toolbar">
        <Typography.Text type="secondary">
          {enterprises.data ? t('enterprise.found', { total: enterprises.data.total }) : ' '}
        </Typography.Text>
        <Space>
          <Typography.Text type="secondary">{t('enterprise.sortBy')}</Typography.Text>
          <Select
            style={{ width: 190 }}
            value={`${filter.sort}:${filter.order}`}
            options={sortChoices.map(([field, order]) => ({
              value: `${field}:${order}`,
              label: t(`enterprise.sort.${field}.${order}`),
            }))}
            onChange={(value: string) => {
              const [sort, order] = value.split(':');
              update({ sort, order });
            }}
            aria-label={t('enterprise.sortBy')}
          />
        </Space>
      </div>
      {enterprises.error ? (
        <ApiErrorView error={enterprises.error} onRetry={enterprises.reload} />
      ) : (
        <Table<EnterpriseSummary>
          rowKey="id"
          columns={columns}
          dataSource={enterprises.data?.items}
          loading={enterprises.loading}
          locale={{ emptyText }}
          onChange={onTableChange}
          sortDirections={['ascend', 'descend', 'ascend']}
          onRow={(enterprise) =>
            ({ 'data-testid': `enterprise-row-${enterprise.creditCode}` }) as HTMLAttributes<HTMLElement>
          }
          scroll={{ x: 1100 }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              update({
                page: nextPage > 1 ? String(nextPage) : undefined,
                pageSize: nextSize === defaultPageSize ? undefined : String(nextSize),
              });
            },
          }}
        />
      )}
      <EnterpriseFormDrawer
        open={creating}
        onClose={() => {
          setCreating(false);
        }}
        onSaved={(saved) => {
          setCreating(false);
          void navigate(`/enterprises/${saved.id}`);
        }}
      />
    </Card>
  );
}
