import { enterpriseScales, industrySections } from '@gaoxin/domain';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { AssignablePerson, Park, QualificationType } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { scaleKeys } from './enterprise-labels';
import type { EnterpriseFilter } from './enterprises-api';
import type { ListParam } from './use-list-params';

interface EnterpriseListFiltersProps {
  filter: EnterpriseFilter;
  update: (changes: Partial<Record<ListParam, string | undefined>>) => void;
  hasFilters: boolean;
  clear: () => void;
  parks: Park[] | undefined;
  qualificationTypes: QualificationType[] | undefined;
  /** Undefined when the role may not list people (leaders): the liaison filter is then left out. */
  liaisons: AssignablePerson[] | undefined;
}

/** The one search box: Enter or the button searches; clearing it shows the whole list again. */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  return (
    <Space.Compact style={{ width: 600, maxWidth: '100%' }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        value={value}
        placeholder={t('enterprise.searchPlaceholder')}
        onChange={(event) => {
          setValue(event.target.value);
          if (event.type === 'click' && !event.target.value) onSearch('');
        }}
        onPressEnter={() => {
          onSearch(value.trim());
        }}
        aria-label={t('common.search')}
        data-testid="enterprise-search"
      />
      <Button type="primary" onClick={() => onSearch(value.trim())} data-testid="enterprise-search-submit">
        {t('common.search')}
      </Button>
    </Space.Compact>
  );
}

const flagValue = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

/** The search box and filters of the enterprise list; every choice goes to the address bar. */
export function EnterpriseListFilters(props: EnterpriseListFiltersProps) {
  const { filter, update, hasFilters, clear, parks, qualificationTypes, liaisons } = props;
  const { t } = useI18n();
  const select = (name: ListParam) => (value: string | undefined) => {
    update({ [name]: value });
  };
  const industry = filter.industry && /^[A-T]$/.test(filter.industry) ? filter.industry : undefined;

  return (
    <div className="gx-enterprise-filters">
      <Space wrap>
        <SearchBox
          key={filter.q ?? ''}
          initial={filter.q ?? ''}
          onSearch={(value) => {
            update({ q: value || undefined });
          }}
        />
        {hasFilters && <Button onClick={clear}>{t('enterprise.clearFilters')}</Button>}
      </Space>
      <Space wrap size={[8, 8]}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('enterprise.allParks')}
          value={filter.parkId}
          loading={!parks}
          options={(parks ?? []).map((park) => ({ value: park.id, label: park.name }))}
          onChange={select('park')}
          aria-label={t('enterprise.park')}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          placeholder={t('enterprise.allIndustries')}
          value={industry}
          options={industrySections.map((section) => ({
            value: section.code,
            label: `${section.code} ${section.name}`,
          }))}
          onChange={select('industry')}
          aria-label={t('enterprise.industrySection')}
        />
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('enterprise.allQualifications')}
          value={filter.qualification}
          loading={!qualificationTypes}
          options={(qualificationTypes ?? []).map((type) => ({ value: type.code, label: type.name }))}
          onChange={select('qualification')}
          aria-label={t('enterprise.qualification')}
        />
        <Select
          allowClear
          style={{ width: 110 }}
          placeholder={t('enterprise.allScales')}
          value={filter.scale}
          options={enterpriseScales.map((scale) => ({ value: scale, label: t(scaleKeys[scale]) }))}
          onChange={select('scale')}
          aria-label={t('enterprise.scale')}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('enterprise.aboveScaleAny')}
          value={flagValue(filter.aboveScale)}
          options={[
            { value: 'true', label: t('enterprise.aboveScaleOnly') },
            { value: 'false', label: t('enterprise.belowScaleOnly') },
          ]}
          onChange={select('aboveScale')}
          aria-label={t('enterprise.aboveScale')}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('enterprise.keyAny')}
          value={flagValue(filter.key)}
          options={[
            { value: 'true', label: t('enterprise.keyOnly') },
            { value: 'false', label: t('enterprise.notKeyOnly') },
          ]}
          onChange={select('key')}
          aria-label={t('enterprise.key')}
        />
        {liaisons && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 170 }}
            placeholder={t('enterprise.allLiaisons')}
            value={filter.liaisonId}
            options={liaisons.map((person) => ({ value: person.id, label: person.name }))}
            onChange={select('liaison')}
            aria-label={t('enterprise.liaison')}
          />
        )}
      </Space>
    </div>
  );
}
