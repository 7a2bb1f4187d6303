import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { listEnterprises } from '../enterprises/enterprises-api';

/**
 * Picks an enterprise by searching the register as one types (name, abbreviation, pinyin, initials or
 * credit code, as the enterprise list searches). `initial` labels a preset value before any search.
 */
export function EnterprisePicker({
  value,
  onChange,
  initial,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  initial?: { id: string; name: string };
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

  const options = (found.data?.items ?? []).map((enterprise) => ({
    value: enterprise.id,
    label: enterprise.shortName ? `${enterprise.name}（${enterprise.shortName}）` : enterprise.name,
  }));
  if (initial && !options.some((option) => option.value === initial.id)) {
    options.unshift({ value: initial.id, label: initial.name });
  }

  return (
    <Select
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.loading}
      options={options}
      placeholder={t('appeals.form.enterprisePlaceholder')}
      notFoundContent={found.error ? found.error.message : t('appeals.form.enterpriseNotFound')}
      data-testid="appeal-form-enterprise"
    />
  );
}
