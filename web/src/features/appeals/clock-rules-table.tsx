import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { defaultClockPolicy } from '@gaoxin/domain';
import { Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { severities, SeverityTag } from './appeal-labels';
import type { AppealCategory, ClockRule, Severity } from './appeals-api';

type HourField = 'dispatchWorkingHours' | 'acceptHours' | 'resolveHours' | 'leaderAfterHours';

/** The limits of each figure, as the contract bounds them. */
const hourFields: { field: HourField; label: MessageKey; max: number }[] = [
  { field: 'dispatchWorkingHours', label: 'appeals.settings.dispatchHours', max: 72 },
  { field: 'acceptHours', label: 'appeals.settings.acceptHours', max: 720 },
  { field: 'resolveHours', label: 'appeals.settings.resolveHours', max: 2160 },
  { field: 'leaderAfterHours', label: 'appeals.settings.leaderAfterHours', max: 720 },
];

/** The zone's rule for a severity when the settings hold none yet: the platform's defaults. */
export function defaultRule(severity: Severity, categoryId: string | null = null): ClockRule {
  return {
    categoryId,
    severity,
    dispatchWorkingHours: defaultClockPolicy.dispatchWorkingHours,
    acceptHours: defaultClockPolicy.acceptHours,
    resolveHours: defaultClockPolicy.resolveHours[severity],
    leaderAfterHours: defaultClockPolicy.leaderAfterHours,
  };
}

/** The zone defaults first (one per severity, always present), then the overrides per category. */
export function normalizeRules(rules: ClockRule[]): ClockRule[] {
  const defaults = severities.map(
    (severity) =>
      rules.find((rule) => rule.categoryId === null && rule.severity === severity) ?? defaultRule(severity),
  );
  return [...defaults, ...rules.filter((rule) => rule.categoryId !== null)];
}

const ruleKey = (rule: ClockRule) => `${rule.categoryId ?? 'zone'}:${rule.severity}`;

/**
 * 时限规则: hours per stage for 一般 and 重大, zone-wide, with overrides for single categories. Edits a
 * draft; the tab saves it.
 */
export function ClockRulesTable({
  rules,
  categories,
  onChange,
}: {
  rules: ClockRule[];
  categories: AppealCategory[];
  onChange: (rules: ClockRule[]) => void;
}) {
  const { t } = useI18n();
  const [category, setCategory] = useState<string>();
  const [severity, setSeverity] = useState<Severity>('general');
  const names = new Map(categories.map((item) => [item.id, item.name]));
  const taken = new Set(rules.map(ruleKey));
  const canAdd = category !== undefined && !taken.has(`${category}:${severity}`);

  const change = (target: ClockRule, field: HourField, value: number | null) => {
    if (value === null) return;
    onChange(rules.map((rule) => (rule === target ? { ...rule, [field]: value } : rule)));
  };
  const add = () => {
    if (!category) return;
    const base =
      rules.find((rule) => rule.categoryId === null && rule.severity === severity) ?? defaultRule(severity);
    onChange([...rules, { ...base, categoryId: category }]);
    setCategory(undefined);
  };

  return (
    <div>
      <Table<ClockRule>
        rowKey={ruleKey}
        size="small"
        pagination={false}
        dataSource={rules}
        scroll={{ x: 880 }}
        data-testid="clock-rules"
        columns={[
          {
            title: t('appeals.settings.scope'),
            key: 'scope',
            width: 200,
            render: (_v, rule) =>
              rule.categoryId === null ? (
                <Typography.Text strong>{t('appeals.settings.zoneDefault')}</Typography.Text>
              ) : (
                (names.get(rule.categoryId) ?? t('appeals.settings.unknownCategory'))
              ),
          },
          {
            title: t('appeals.field.severity'),
            key: 'severity',
            width: 90,
            render: (_v, rule) => <SeverityTag severity={rule.severity} />,
          },
          ...hourFields.map(({ field, label, max }) => ({
            title: t(label),
            key: field,
            width: 130,
            render: (_v: unknown, rule: ClockRule) => (
              <InputNumber
                size="small"
                min={1}
                max={max}
                precision={0}
                value={rule[field]}
                onChange={(value) => change(rule, field, value)}
                aria-label={t(label)}
                style={{ width: 96 }}
              />
            ),
          })),
          {
            title: '',
            key: 'remove',
            width: 60,
            render: (_v, rule) =>
              rule.categoryId !== null && (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => onChange(rules.filter((other) => other !== rule))}
                />
              ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('appeals.settings.addOverride')}</Typography.Text>
        <Select
          style={{ width: 200 }}
          placeholder={t('appeals.settings.pickCategory')}
          value={category}
          onChange={setCategory}
          options={categories
            .filter((item) => item.active)
            .map((item) => ({ value: item.id, label: item.name }))}
        />
        <Select<Severity>
          style={{ width: 100 }}
          value={severity}
          onChange={setSeverity}
          options={severities.map((value) => ({ value, label: <SeverityTag severity={value} /> }))}
        />
        <Button icon={<PlusOutlined />} disabled={!canAdd} onClick={add}>
          {t('appeals.settings.addOverrideButton')}
        </Button>
      </Space>
    </div>
  );
}
