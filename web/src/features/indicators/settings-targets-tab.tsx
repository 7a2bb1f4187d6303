import { SaveOutlined } from '@ant-design/icons';
import { displayFigure, todayInChina } from '@gaoxin/domain';
import {
  Alert,
  App,
  Button,
  Empty,
  Input,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Park } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { listParks } from '../enterprises/enterprises-api';
import {
  decimalPattern,
  getTargets,
  listIndicators,
  normalizeDecimal,
  plainDecimal,
  saveTargets,
  type IndicatorItem,
  type TargetItem,
  type Targets,
} from './returns-api';

interface Row {
  key: string;
  indicator: IndicatorItem;
  park: Park | null;
  /** The first row of an indicator carries its name across the zone and park rows. */
  span: number;
}
type Draft = { value: string; growth: string };

const keyOf = (code: string, parkId: string | null) => `${code}|${parkId ?? ''}`;
const growthPattern = /^-?\d{1,4}(\.\d{1,2})?$/;

function draftsOf(targets: Targets): Record<string, Draft> {
  return Object.fromEntries(
    targets.items.map((item) => [
      keyOf(item.indicatorCode, item.parkId),
      {
        value: plainDecimal(item.value),
        growth: item.growthPercent === null ? '' : String(item.growthPercent),
      },
    ]),
  );
}

/** 年度目标: for each headline indicator, the zone's and each sub-park's 全年目标值 and/or 增长目标. */
export function SettingsTargetsTab() {
  const { t } = useI18n();
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const targets = useApiQuery((signal) => getTargets(year, signal), [year]);
  const indicators = useApiQuery((signal) => listIndicators(signal), []);
  const parks = useApiQuery((signal) => listParks(signal), []);
  const error = targets.error ?? indicators.error ?? parks.error;

  return (
    <div>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t('economy.settings.year')}</Typography.Text>
        <Select
          value={year}
          style={{ width: 120 }}
          options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((value) => ({
            value,
            label: t('economy.settings.yearLabel', { year: value }),
          }))}
          onChange={setYear}
          aria-label={t('economy.settings.year')}
          data-testid="targets-year"
        />
        <Typography.Text type="secondary">{t('economy.settings.targetsHint')}</Typography.Text>
      </Space>
      {error ? (
        <ApiErrorView
          error={error}
          onRetry={() => {
            targets.reload();
            indicators.reload();
            parks.reload();
          }}
        />
      ) : targets.data?.year === year && indicators.data && parks.data ? (
        <TargetsEditor key={year} targets={targets.data} indicators={indicators.data} parks={parks.data} />
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </div>
  );
}

function TargetsEditor({
  targets,
  indicators,
  parks,
}: {
  targets: Targets;
  indicators: IndicatorItem[];
  parks: Park[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState(() => draftsOf(targets));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();
  const headline = indicators.filter((indicator) => indicator.isHeadline && indicator.active);
  const rows: Row[] = headline.flatMap((indicator) =>
    [null, ...parks].map((park, index) => ({
      key: keyOf(indicator.code, park?.id ?? null),
      indicator,
      park,
      span: index === 0 ? parks.length + 1 : 0,
    })),
  );

  const problemOf = (key: string, field: keyof Draft): string | undefined => {
    const text = normalizeDecimal(drafts[key]?.[field] ?? '');
    if (text === '') return undefined;
    if (field === 'value') {
      if (!decimalPattern.test(text)) return t('economy.returns.notDecimal');
      if (text.startsWith('-')) return t('economy.returns.negative');
      return undefined;
    }
    const number = Number(text);
    return growthPattern.test(text) && number >= -100 && number <= 1000
      ? undefined
      : t('economy.settings.growthInvalid');
  };

  const set = (key: string, field: keyof Draft, text: string) => {
    setDrafts((current) => ({
      ...current,
      [key]: { ...(current[key] ?? { value: '', growth: '' }), [field]: text },
    }));
    setServerErrors((current) => ({ ...current, [`${key}.${field}`]: '' }));
  };

  const save = async () => {
    if (rows.some((row) => problemOf(row.key, 'value') || problemOf(row.key, 'growth'))) {
      setFormError(t('economy.returns.fixFirst'));
      return;
    }
    const shownCodes = new Set(headline.map((indicator) => indicator.code));
    // The others (non-headline or retired indicators) are kept as they are: the PUT replaces the year.
    const kept = targets.items.filter((item) => !shownCodes.has(item.indicatorCode));
    const edited: TargetItem[] = rows.flatMap((row) => {
      const draft = drafts[row.key];
      const value = normalizeDecimal(draft?.value ?? '');
      const growth = normalizeDecimal(draft?.growth ?? '');
      if (value === '' && growth === '') return [];
      return [
        {
          indicatorCode: row.indicator.code,
          parkId: row.park?.id ?? null,
          value: value === '' ? null : value,
          growthPercent: growth === '' ? null : Number(growth),
        },
      ];
    });
    const items = [...kept, ...edited];
    setSaving(true);
    setFormError(undefined);
    try {
      const saved = await saveTargets(targets.year, items);
      setDrafts(draftsOf(saved));
      setServerErrors({});
      void message.success(t('economy.settings.targetsSaved', { year: targets.year }));
    } catch (reason) {
      if (!(reason instanceof ApiError)) {
        setFormError(t('error.unexpected'));
        return;
      }
      const byField: Record<string, string> = {};
      for (const detail of reason.details) {
        const match = /^items\.(\d+)\.(value|growthPercent)$/.exec(detail.field);
        const item = match ? items[Number(match[1])] : undefined;
        if (match && item) {
          byField[`${keyOf(item.indicatorCode, item.parkId)}.${match[2] === 'value' ? 'value' : 'growth'}`] =
            detail.message;
        }
      }
      setServerErrors(byField);
      setFormError(reason.message);
    } finally {
      setSaving(false);
    }
  };

  const cell = (row: Row, field: keyof Draft) => {
    const problem = problemOf(row.key, field) || serverErrors[`${row.key}.${field}`] || undefined;
    const text = drafts[row.key]?.[field] ?? '';
    const cleaned = normalizeDecimal(text);
    const shown =
      field === 'value' && !problem && decimalPattern.test(cleaned)
        ? displayFigure(cleaned, row.indicator.unit, row.indicator.decimals)
        : undefined;
    return (
      <>
        <Input
          value={text}
          inputMode="decimal"
          status={problem ? 'error' : undefined}
          suffix={
            <Typography.Text type="secondary">{field === 'value' ? row.indicator.unit : '%'}</Typography.Text>
          }
          onChange={(event) => set(row.key, field, event.target.value)}
          aria-label={`${row.indicator.name} ${row.park?.name ?? t('economy.settings.zone')} ${t(field === 'value' ? 'economy.settings.targetValue' : 'economy.settings.targetGrowth')}`}
          data-testid={`target-${field}-${row.key}`}
          style={{ maxWidth: 220 }}
        />
        {(problem || shown) && (
          <Typography.Text type={problem ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>
            {problem || shown}
          </Typography.Text>
        )}
      </>
    );
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('economy.returns.indicator'),
      key: 'indicator',
      width: 200,
      onCell: (row) => ({ rowSpan: row.span }),
      render: (_v, row) => <Typography.Text strong>{row.indicator.name}</Typography.Text>,
    },
    {
      title: t('economy.settings.scope'),
      key: 'scope',
      width: 200,
      render: (_v, row) =>
        row.park?.name ?? <Typography.Text strong>{t('economy.settings.zone')}</Typography.Text>,
    },
    { title: t('economy.settings.targetValue'), key: 'value', render: (_v, row) => cell(row, 'value') },
    { title: t('economy.settings.targetGrowth'), key: 'growth', render: (_v, row) => cell(row, 'growth') },
  ];

  if (headline.length === 0) return <Empty description={t('economy.settings.noHeadline')} />;
  return (
    <div>
      <Table<Row> rowKey="key" columns={columns} dataSource={rows} pagination={false} size="small" bordered />
      {formError && <Alert type="error" showIcon style={{ marginTop: 12 }} title={formError} />}
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={saving}
        onClick={() => void save()}
        style={{ marginTop: 16 }}
        data-testid="targets-save"
      >
        {t('economy.settings.saveTargets', { year: targets.year })}
      </Button>
    </div>
  );
}
