import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { EnterpriseSummary } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { listEnterprises } from '../enterprises/enterprises-api';

/**
 * Picks an enterprise of the register by searching as one types (name, abbreviation, pinyin or
 * credit code). `initial` labels a preset value; `onPick` hands over the whole record (to prefill).
 */
export function EnterpriseSelect({
  value,
  onChange,
  onPick,
  initial,
  placeholder,
  testId,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  onPick?: (enterprise: EnterpriseSummary | undefined) => void;
  initial?: { id: string; name: string } | null;
  placeholder: string;
  testId?: string;
  id?: string;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setTerm(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useApiQuery(
    (signal) => listEnterprises({ q: term || undefined, page: 1, pageSize: 20 }, signal),
    [term],
  );
  const items = found.data?.items ?? [];
  const options = items.map((enterprise) => ({
    value: enterprise.id,
    label: enterprise.shortName ? `${enterprise.name}（${enterprise.shortName}）` : enterprise.name,
  }));
  if (initial && !options.some((option) => option.value === initial.id)) {
    options.unshift({ value: initial.id, label: initial.name });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => {
        onChange?.(next ?? null);
        onPick?.(items.find((enterprise) => enterprise.id === next));
      }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.loading}
      options={options}
      placeholder={placeholder}
      notFoundContent={found.error ? found.error.message : t('investment.form.enterpriseNotFound')}
      data-testid={testId}
    />
  );
}
