import { SearchOutlined } from '@ant-design/icons';
import { appealStates } from '@gaoxin/domain';
import { Button, Checkbox, Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import type { Department } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { severities, severityKeys, stateKeys } from './appeal-labels';
import type { AppealCategory, AppealFilter, AppealSort } from './appeals-api';
import type { AppealListParam } from './use-appeal-list-params';

/** The search box: Enter or the button searches; clearing it shows the whole list again. */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  return (
    <Space.Compact style={{ width: 420, maxWidth: '100%' }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        value={value}
        maxLength={60}
        placeholder={t('appeals.list.searchPlaceholder')}
        onChange={(event) => {
          setValue(event.target.value);
          if (event.type === 'click' && !event.target.value) onSearch('');
        }}
        onPressEnter={() => onSearch(value.trim())}
        aria-label={t('common.search')}
        data-testid="appeal-search"
      />
      <Button type="primary" onClick={() => onSearch(value.trim())}>
        {t('common.search')}
      </Button>
    </Space.Compact>
  );
}

/**
 * The filters of an appeal list: search, state, category, severity, lead department, 只看未办结 and
 * 只看超时, and the sort. Enterprise users get search, state and sort only.
 */
export function AppealFilters({
  filter,
  update,
  hasFilters,
  clear,
  categories,
  departments,
  isEnterprise,
}: {
  filter: AppealFilter;
  update: (changes: Partial<Record<AppealListParam, string | undefined>>) => void;
  hasFilters: boolean;
  clear: () => void;
  categories: AppealCategory[] | undefined;
  departments: Department[] | undefined;
  isEnterprise: boolean;
}) {
  const { t } = useI18n();
  const select = (name: AppealListParam) => (value: string | undefined) => update({ [name]: value });
  const flag = (name: AppealListParam, checked: boolean) => update({ [name]: checked ? 'true' : undefined });

  return (
    <div className="gx-appeal-filters">
      <Space wrap>
        <SearchBox key={filter.q ?? ''} initial={filter.q ?? ''} onSearch={(value) => update({ q: value })} />
        <Segmented<AppealSort>
          value={filter.sort ?? 'deadline'}
          options={[
            { value: 'deadline', label: t('appeals.list.sortDeadline') },
            { value: 'submitted', label: t('appeals.list.sortSubmitted') },
          ]}
          onChange={(value) => update({ sort: value })}
        />
        {hasFilters && <Button onClick={clear}>{t('appeals.list.clearFilters')}</Button>}
      </Space>
      <Space wrap size={[8, 8]}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('appeals.list.allStates')}
          value={filter.state}
          options={appealStates.map((state) => ({ value: state, label: t(stateKeys[state]) }))}
          onChange={select('state')}
          aria-label={t('appeals.field.state')}
          data-testid="appeal-filter-state"
        />
        {!isEnterprise && (
          <>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              placeholder={t('appeals.list.allCategories')}
              value={filter.categoryId}
              loading={!categories}
              options={(categories ?? []).map((category) => ({
                value: category.id,
                label: category.active
                  ? category.name
                  : `${category.name}（${t('appeals.settings.retired')}）`,
              }))}
              onChange={select('category')}
              aria-label={t('appeals.field.category')}
            />
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('appeals.list.allSeverities')}
              value={filter.severity}
              options={severities.map((severity) => ({ value: severity, label: t(severityKeys[severity]) }))}
              onChange={select('severity')}
              aria-label={t('appeals.field.severity')}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              placeholder={t('appeals.list.allDepartments')}
              value={filter.departmentId}
              loading={!departments}
              options={(departments ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              }))}
              onChange={select('department')}
              aria-label={t('appeals.field.leadDepartment')}
            />
          </>
        )}
        <Checkbox checked={filter.open === 'true'} onChange={(event) => flag('open', event.target.checked)}>
          {t('appeals.list.onlyOpen')}
        </Checkbox>
        {!isEnterprise && (
          <Checkbox
            checked={filter.overdue === 'true'}
            onChange={(event) => flag('overdue', event.target.checked)}
            data-testid="appeal-filter-overdue"
          >
            {t('appeals.list.onlyOverdue')}
          </Checkbox>
        )}
      </Space>
    </div>
  );
}
