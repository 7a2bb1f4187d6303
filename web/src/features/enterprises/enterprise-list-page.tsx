import { Card, Input, Select, Space, Table, Typography, type TableProps } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import type { EnterpriseSummary } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { EnterpriseTags } from './enterprise-tags';
import { listEnterprises, listParks } from './enterprises-api';

const defaultPageSize = 20;

/** The enterprise list (企业库): search by name, code or pinyin, filter by park, paged on the server. */
export function EnterpriseListPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const parkId = params.get('park') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));

  const enterprises = useApiQuery(
    (signal) => listEnterprises({ q: q || undefined, parkId, page, pageSize }, signal),
    [q, parkId, page, pageSize],
  );
  const parks = useApiQuery((signal) => listParks(signal), []);

  if (user.role === 'enterprise' && user.enterpriseId) {
    return <Navigate to={`/enterprises/${user.enterpriseId}`} replace />;
  }

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  };

  const columns: TableProps<EnterpriseSummary>['columns'] = [
    {
      title: t('enterprise.name'),
      dataIndex: 'name',
      render: (_value, enterprise) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/enterprises/${enterprise.id}`}>{enterprise.name}</Link>
          {enterprise.shortName && <Typography.Text type="secondary">{enterprise.shortName}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('enterprise.creditCode'),
      dataIndex: 'creditCode',
      render: (value: string) => <span className="gx-mono">{value}</span>,
    },
    { title: t('enterprise.park'), dataIndex: ['park', 'name'], render: (value?: string) => value ?? '—' },
    {
      title: t('enterprise.industryCode'),
      dataIndex: 'industryCode',
      render: (value: string | null) => value ?? '—',
    },
    {
      title: t('enterprise.tags'),
      key: 'tags',
      render: (_value, enterprise) => <EnterpriseTags enterprise={enterprise} />,
    },
  ];

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
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('enterprise.allParks')}
            value={parkId}
            loading={parks.loading}
            options={(parks.data ?? []).map((park) => ({ value: park.id, label: park.name }))}
            onChange={(value: string | undefined) => {
              update({ park: value, page: undefined });
            }}
            aria-label={t('enterprise.park')}
          />
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('enterprise.searchPlaceholder')}
            onSearch={(value) => {
              update({ q: value.trim(), page: undefined });
            }}
            style={{ width: 300 }}
            aria-label={t('common.search')}
            data-testid="enterprise-search"
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
          pagination={{
            current: page,
            pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              update({
                page: String(nextPage),
                pageSize: nextSize === defaultPageSize ? undefined : String(nextSize),
              });
            },
          }}
        />
      )}
    </Card>
  );
}
