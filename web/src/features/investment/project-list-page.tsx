import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { App, Button, Card, Checkbox, Empty, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { listParks } from '../enterprises/enterprises-api';
import { colourLongKeys, projectColours, projectStages, stageKeys } from './investment-labels';
import { ProjectTable } from './project-table';
import { downloadProjects, listProjects, type ProjectFilter } from './projects-api';
import { SearchBox } from './search-box';
import { defaultPageSize, oneOf, useListParams } from './use-list-params';

const filterNames = ['q', 'stage', 'colour', 'park', 'mine', 'help'] as const;
const helpFilters = ['open', 'any'] as const;

/**
 * 项目清单 (scope all) and 督办清单 (scope supervision: the red projects, with who must act). Filters
 * live in the address; 导出项目推进表 downloads the same selection as Excel.
 */
export function ProjectListPage({ scope }: { scope: 'all' | 'supervision' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const mayManage = can(user.role, 'investment.manage');
  // Help is asked of an officer's department; a leader watches every department's.
  const helpLabel =
    user.role === 'leader'
      ? t('projects.list.helpOpenAny')
      : user.department
        ? t('projects.list.helpOpenMine', { department: user.department.name })
        : undefined;
  const supervision = scope === 'supervision';
  const params = useListParams(filterNames);
  const filter: ProjectFilter = {
    q: params.get('q'),
    stage: oneOf(params.get('stage'), projectStages),
    colour: supervision ? 'red' : oneOf(params.get('colour'), projectColours),
    parkId: params.get('park'),
    mine: params.flag('mine'),
    help: oneOf(params.get('help'), helpFilters),
    page: params.page,
    pageSize: params.pageSize,
  };
  const projects = useApiQuery((signal) => listProjects(filter, signal), [JSON.stringify(filter)]);
  const parks = useApiQuery((signal) => listParks(signal), []);
  const [exporting, setExporting] = useState(false);

  const exportList = async () => {
    setExporting(true);
    try {
      const { page: _page, pageSize: _pageSize, ...selection } = filter;
      await downloadProjects(selection);
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    } finally {
      setExporting(false);
    }
  };

  const emptyText = params.hasFilters
    ? t('projects.list.emptyFiltered')
    : supervision
      ? t('projects.list.emptySupervision')
      : mayManage
        ? t('projects.list.emptyOfficer')
        : t('projects.list.emptyLeader');

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {supervision ? t('projects.nav.supervision') : t('projects.nav.list')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {supervision ? t('projects.list.supervisionHint') : t('projects.list.hint')}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportList()}
            data-testid="project-export"
          >
            {t('projects.list.export')}
          </Button>
          {mayManage && (
            <Link to="/projects/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="project-new-button">
                {t('projects.new.button')}
              </Button>
            </Link>
          )}
        </Space>
      </div>
      <div className="gx-investment-filters">
        <Space wrap size={[8, 8]}>
          <SearchBox
            key={filter.q ?? ''}
            initial={filter.q ?? ''}
            placeholder={t('projects.list.searchPlaceholder')}
            onSearch={(value) => params.update({ q: value })}
            testId="project-search"
          />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('projects.list.allStages')}
            value={filter.stage}
            options={projectStages.map((stage) => ({ value: stage, label: t(stageKeys[stage]) }))}
            onChange={(value: string | undefined) => params.update({ stage: value })}
            aria-label={t('projects.field.stage')}
            data-testid="project-filter-stage"
          />
          {!supervision && (
            <Select
              allowClear
              style={{ width: 150 }}
              placeholder={t('projects.list.allColours')}
              value={filter.colour}
              options={projectColours.map((colour) => ({ value: colour, label: t(colourLongKeys[colour]) }))}
              onChange={(value: string | undefined) => params.update({ colour: value })}
              aria-label={t('projects.field.colour')}
              data-testid="project-filter-colour"
            />
          )}
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('projects.list.allParks')}
            value={filter.parkId}
            loading={parks.loading}
            options={(parks.data ?? []).map((park) => ({ value: park.id, label: park.name }))}
            onChange={(value: string | undefined) => params.update({ park: value })}
            aria-label={t('projects.field.park')}
          />
          {mayManage && (
            <Checkbox
              checked={filter.mine === 'true'}
              onChange={(event) => params.update({ mine: event.target.checked ? 'true' : undefined })}
              data-testid="project-filter-mine"
            >
              {t('projects.list.onlyMine')}
            </Checkbox>
          )}
          {helpLabel && (
            <Checkbox
              checked={filter.help === 'open'}
              onChange={(event) => params.update({ help: event.target.checked ? 'open' : undefined })}
              data-testid="project-filter-help"
            >
              {helpLabel}
            </Checkbox>
          )}
          {params.hasFilters && <Button onClick={params.clear}>{t('investment.list.clearFilters')}</Button>}
        </Space>
      </div>
      {projects.error ? (
        <ApiErrorView error={projects.error} onRetry={projects.reload} />
      ) : (
        <ProjectTable
          items={projects.data?.items}
          loading={projects.loading}
          supervision={supervision}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
          paging={{
            page: filter.page,
            pageSize: filter.pageSize,
            total: projects.data?.total ?? 0,
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
