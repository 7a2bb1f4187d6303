import { periodPattern, type Language } from '@gaoxin/domain';
import { Card, DatePicker, Empty, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { periodText } from './dashboard-format';
import { listWarningRules, listWarnings, type Warning, type WarningRule } from './indicators-api';
import './indicators.css';

const defaultPageSize = 20;

/** Names of the figures a rule records (warnings.ts and the unfiled check on the server). */
const figureLabels: Record<string, MessageKey> = {
  growthPercent: 'economy.warnings.figure.growthPercent',
  monthOnMonthPercent: 'economy.warnings.figure.monthOnMonthPercent',
  outputGrowthPercent: 'economy.warnings.figure.outputGrowthPercent',
  inputGrowthPercent: 'economy.warnings.figure.inputGrowthPercent',
  unfiledPeriods: 'economy.warnings.figure.unfiledPeriods',
  threshold: 'economy.warnings.figure.threshold',
};

function figureValue(name: string, value: number | string, kind: WarningRule['kind'] | undefined): string {
  if (typeof value !== 'number') return value;
  if (name.endsWith('Percent')) return `${value.toFixed(2)}%`;
  if (name === 'threshold') return kind === 'unfiled' ? String(value) : `${value}%`;
  return String(value);
}

function Figures({
  warning,
  kind,
  t,
}: {
  warning: Warning;
  kind: WarningRule['kind'] | undefined;
  t: (key: MessageKey) => string;
}) {
  // The measured figure first, the rule's threshold last.
  const entries = Object.entries(warning.figures).sort(
    ([left], [right]) => Number(left === 'threshold') - Number(right === 'threshold'),
  );
  if (entries.length === 0) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {entries.map(([name, value]) => {
        const label = figureLabels[name];
        return (
          <Tag key={name} variant="filled">
            {label ? t(label) : name} {figureValue(name, value, kind)}
          </Tag>
        );
      })}
    </Space>
  );
}

function pageNumber(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, 100000) : fallback;
}

function columnsFor(
  t: (key: MessageKey) => string,
  language: Language,
  kinds: Map<string, WarningRule['kind']>,
): TableProps<Warning>['columns'] {
  return [
    {
      title: t('economy.warnings.enterprise'),
      key: 'enterprise',
      width: 240,
      render: (_value, warning) => (
        <Link to={`/enterprises/${warning.enterprise.id}`} data-testid="warning-enterprise">
          {warning.enterprise.name}
        </Link>
      ),
    },
    {
      title: t('economy.warnings.period'),
      key: 'period',
      width: 110,
      render: (_value, warning) => periodText(warning.period, language),
    },
    {
      title: t('economy.warnings.rule'),
      key: 'rule',
      width: 220,
      render: (_value, warning) => <Tag color="orange">{warning.rule.name}</Tag>,
    },
    { title: t('economy.warnings.message'), key: 'message', dataIndex: 'message' },
    {
      title: t('economy.warnings.figures'),
      key: 'figures',
      width: 240,
      render: (_value, warning) => <Figures warning={warning} kind={kinds.get(warning.rule.code)} t={t} />,
    },
  ];
}

/** 预警: the enterprises whose figures fired a rule, by period and rule, each linking to its profile. */
export function WarningsPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const periodParam = params.get('period');
  const period = periodParam && periodPattern.test(periodParam) ? periodParam : undefined;
  const ruleCode = params.get('rule') ?? undefined;
  const page = pageNumber(params.get('page'), 1);
  const pageSize = Math.min(200, pageNumber(params.get('pageSize'), defaultPageSize));

  const rules = useApiQuery((signal) => listWarningRules(signal), []);
  const warnings = useApiQuery(
    (signal) => listWarnings({ period, ruleCode, page, pageSize }, signal),
    [period, ruleCode, page, pageSize],
  );
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const kinds = new Map((rules.data ?? []).map((rule) => [rule.code, rule.kind]));
  const shownPeriod = period ?? warnings.data?.period ?? undefined;

  const emptyText = (
    <Empty
      description={period || ruleCode ? t('economy.warnings.emptyFiltered') : t('economy.warnings.empty')}
    />
  );

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('economy.warnings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {!shownPeriod
              ? t('economy.warnings.hint')
              : period
                ? t('economy.warnings.hintPeriod', { period: periodText(shownPeriod, language) })
                : t('economy.warnings.hintLatest', { period: periodText(shownPeriod, language) })}
          </Typography.Text>
        </div>
        <Space wrap>
          <DatePicker
            picker="month"
            allowClear
            value={period ? dayjs(`${period}-01`) : null}
            placeholder={t('economy.warnings.latestPeriod')}
            onChange={(value) => update({ period: value ? value.format('YYYY-MM') : undefined })}
            aria-label={t('economy.warnings.period')}
            data-testid="warnings-period"
          />
          <Select
            allowClear
            style={{ width: 240 }}
            placeholder={t('economy.warnings.allRules')}
            value={ruleCode}
            loading={rules.loading}
            options={(rules.data ?? []).map((rule) => ({
              value: rule.code,
              label: rule.enabled ? rule.name : `${rule.name}（${t('economy.warnings.disabled')}）`,
            }))}
            onChange={(value: string | undefined) => update({ rule: value })}
            aria-label={t('economy.warnings.rule')}
            data-testid="warnings-rule"
          />
        </Space>
      </div>
      {warnings.error ? (
        <ApiErrorView error={warnings.error} onRetry={warnings.reload} />
      ) : (
        <Table<Warning>
          rowKey={(warning) => `${warning.enterprise.id}:${warning.period}:${warning.rule.code}`}
          columns={columnsFor(t, language, kinds)}
          dataSource={warnings.data?.items}
          loading={warnings.loading}
          locale={{ emptyText }}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize,
            total: warnings.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) =>
              update({
                page: nextPage > 1 && nextSize === pageSize ? String(nextPage) : undefined,
                pageSize: nextSize === defaultPageSize ? undefined : String(nextSize),
              }),
          }}
        />
      )}
    </Card>
  );
}
