import { industrySections } from '@gaoxin/domain';
import { Button, Select, Space } from 'antd';
import type { Park, QualificationType } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { periodText } from './dashboard-format';
import type { DashboardParam, DashboardState } from './dashboard-params';
import type { IndicatorItem } from './indicators-api';

type Update = (changes: Partial<Record<DashboardParam, string | undefined>>) => void;

/** The period and the indicator the dashboard shows. */
export function DashboardPicker({
  period,
  periods,
  indicator,
  indicators,
  update,
}: {
  period: string;
  /** The months that have figures, newest first (undefined while loading). */
  periods: string[] | undefined;
  indicator: string;
  indicators: IndicatorItem[];
  update: Update;
}) {
  const { t, language } = useI18n();
  const choices = periods?.includes(period) ? periods : [period, ...(periods ?? [])];
  return (
    <Space wrap>
      <Select
        style={{ width: 150 }}
        value={period}
        loading={!periods}
        showSearch={{ optionFilterProp: 'label' }}
        options={choices.map((value) => ({ value, label: periodText(value, language) }))}
        onChange={(value: string) => update({ period: value })}
        aria-label={t('economy.dashboard.period')}
        data-testid="dashboard-period"
      />
      <Select
        style={{ width: 210 }}
        value={indicator}
        options={indicators.map((item) => ({ value: item.code, label: item.name }))}
        onChange={(value: string) => update({ indicator: value })}
        aria-label={t('economy.dashboard.indicator')}
        data-testid="dashboard-indicator"
      />
    </Space>
  );
}

/** The slice filters (分园区, 主导产业, 门类, 资质, 规上, 重点); every choice goes to the address. */
export function DashboardSliceFilters({
  state,
  update,
  hasSliceFilters,
  clearSlice,
  parks,
  qualificationTypes,
  leadingIndustries,
}: {
  state: DashboardState;
  update: Update;
  hasSliceFilters: boolean;
  clearSlice: () => void;
  parks: Park[] | undefined;
  qualificationTypes: QualificationType[] | undefined;
  leadingIndustries: string[] | undefined;
}) {
  const { t } = useI18n();
  const { slice } = state;
  const select = (name: DashboardParam) => (value: string | undefined) => update({ [name]: value });
  return (
    <Space wrap size={[8, 8]} className="gx-economy-filters">
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('economy.dashboard.allParks')}
        value={slice.parkId}
        loading={!parks}
        options={(parks ?? []).map((park) => ({ value: park.id, label: park.name }))}
        onChange={select('park')}
        aria-label={t('economy.dashboard.park')}
      />
      <Select
        allowClear
        style={{ width: 150 }}
        placeholder={t('economy.dashboard.allLeading')}
        value={slice.leadingIndustry}
        loading={!leadingIndustries}
        options={(leadingIndustries ?? []).map((name) => ({ value: name, label: name }))}
        onChange={select('leading')}
        aria-label={t('economy.dashboard.leading')}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        placeholder={t('economy.dashboard.allSections')}
        value={slice.industrySection}
        options={industrySections.map((section) => ({
          value: section.code,
          label: `${section.code} ${section.name}`,
        }))}
        onChange={select('section')}
        aria-label={t('economy.dashboard.section')}
      />
      <Select
        allowClear
        style={{ width: 170 }}
        placeholder={t('economy.dashboard.allQualifications')}
        value={slice.qualification}
        loading={!qualificationTypes}
        options={(qualificationTypes ?? []).map((type) => ({ value: type.code, label: type.name }))}
        onChange={select('qualification')}
        aria-label={t('economy.dashboard.qualification')}
      />
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('economy.dashboard.aboveScaleAny')}
        value={slice.aboveScale}
        options={[
          { value: 'true', label: t('economy.dashboard.aboveScaleOnly') },
          { value: 'false', label: t('economy.dashboard.belowScaleOnly') },
        ]}
        onChange={select('aboveScale')}
        aria-label={t('economy.dashboard.aboveScale')}
      />
      <Select
        allowClear
        style={{ width: 120 }}
        placeholder={t('economy.dashboard.keyAny')}
        value={slice.key}
        options={[
          { value: 'true', label: t('economy.dashboard.keyOnly') },
          { value: 'false', label: t('economy.dashboard.notKeyOnly') },
        ]}
        onChange={select('key')}
        aria-label={t('economy.dashboard.key')}
      />
      {hasSliceFilters && <Button onClick={clearSlice}>{t('economy.dashboard.clearFilters')}</Button>}
    </Space>
  );
}
