import { PlusOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { Button, Card, Checkbox, Empty, Select, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { leadSources, leadSourceText, leadStatuses, leadStatusText } from './investment-labels';
import { LeadTable } from './lead-table';
import { listLeads, type LeadFilter } from './leads-api';
import { SearchBox } from './search-box';
import { defaultPageSize, oneOf, useListParams } from './use-list-params';

const filterNames = ['q', 'status', 'source', 'mine', 'overdue', 'duplicates'] as const;

/**
 * 招商线索: the leads the reader may see (leaders the zone's, officers their own and their
 * department's), filtered by status, source, 只看我的, 首次接洽超时 and 首报首谈重复; 登记线索 for officers.
 */
export function LeadListPage() {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const mayManage = can(user.role, 'investment.manage');
  const params = useListParams(filterNames);
  const filter: LeadFilter = {
    q: params.get('q'),
    status: oneOf(params.get('status'), leadStatuses),
    source: oneOf(params.get('source'), leadSources),
    mine: params.flag('mine'),
    overdue: params.flag('overdue'),
    duplicates: params.flag('duplicates'),
    page: params.page,
    pageSize: params.pageSize,
  };
  const leads = useApiQuery((signal) => listLeads(filter, signal), [JSON.stringify(filter)]);
  const flag = (name: (typeof filterNames)[number], checked: boolean) =>
    params.update({ [name]: checked ? 'true' : undefined });

  const empty = params.hasFilters ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('investment.list.emptyFiltered')} />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={mayManage ? t('investment.list.emptyOfficer') : t('investment.list.emptyLeader')}
    />
  );

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('investment.list.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {mayManage ? t('investment.list.hintOfficer') : t('investment.list.hintLeader')}
          </Typography.Text>
        </div>
        {mayManage && (
          <Link to="/investment/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="lead-new-button">
              {t('investment.new.button')}
            </Button>
          </Link>
        )}
      </div>
      <div className="gx-investment-filters">
        <Space wrap>
          <SearchBox
            key={filter.q ?? ''}
            initial={filter.q ?? ''}
            placeholder={t('investment.list.searchPlaceholder')}
            onSearch={(value) => params.update({ q: value })}
            testId="lead-search"
          />
          {params.hasFilters && <Button onClick={params.clear}>{t('investment.list.clearFilters')}</Button>}
        </Space>
        <Space wrap size={[8, 8]}>
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('investment.list.allStatuses')}
            value={filter.status}
            options={leadStatuses.map((status) => ({
              value: status,
              label: leadStatusText(status, language),
            }))}
            onChange={(value: string | undefined) => params.update({ status: value })}
            aria-label={t('investment.field.status')}
            data-testid="lead-filter-status"
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('investment.list.allSources')}
            value={filter.source}
            options={leadSources.map((source) => ({
              value: source,
              label: leadSourceText(source, language),
            }))}
            onChange={(value: string | undefined) => params.update({ source: value })}
            aria-label={t('investment.field.source')}
            data-testid="lead-filter-source"
          />
          {mayManage && (
            <Checkbox
              checked={filter.mine === 'true'}
              onChange={(event) => flag('mine', event.target.checked)}
              data-testid="lead-filter-mine"
            >
              {t('investment.list.onlyMine')}
            </Checkbox>
          )}
          <Checkbox
            checked={filter.overdue === 'true'}
            onChange={(event) => flag('overdue', event.target.checked)}
            data-testid="lead-filter-overdue"
          >
            {t('investment.list.onlyOverdue')}
          </Checkbox>
          <Checkbox
            checked={filter.duplicates === 'true'}
            onChange={(event) => flag('duplicates', event.target.checked)}
            data-testid="lead-filter-duplicates"
          >
            {t('investment.list.onlyDuplicates')}
          </Checkbox>
        </Space>
      </div>
      {leads.error ? (
        <ApiErrorView error={leads.error} onRetry={leads.reload} />
      ) : (
        <LeadTable
          items={leads.data?.items}
          loading={leads.loading}
          empty={empty}
          paging={{
            page: filter.page,
            pageSize: filter.pageSize,
            total: leads.data?.total ?? 0,
            onChange: (page, pageSize) =>
              params.update({
                page: page > 1 && pageSize === filter.pageSize ? String(page) : undefined,
                pageSize: pageSize === defaultPageSize ? undefined : String(pageSize),
              }),
          }}
        />
      )}
    </Card>
  );
}
