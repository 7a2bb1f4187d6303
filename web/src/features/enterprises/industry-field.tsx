import { findIndustry, industrySections } from '@gaoxin/domain';
import { AutoComplete, Form, type FormInstance } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { describeIndustry } from './enterprise-labels';
import type { EnterpriseFormValues } from './enterprise-form-values';

const divisions = industrySections.flatMap((section) =>
  section.divisions.map((division) => ({
    code: division.code,
    label: `${division.code} ${division.name}（${section.code} ${section.name}）`,
  })),
);

/**
 * The GB/T 4754-2017 industry code: a 2-digit 大类 or 4-digit 小类, optionally with the 门类 letter.
 * Suggests 大类 by code or name as it is typed and names the one that matches.
 */
export function IndustryField({ form }: { form: FormInstance<EnterpriseFormValues> }) {
  const { t } = useI18n();
  const value = (Form.useWatch('industryCode', form) ?? '').trim();
  const found = value ? findIndustry(value) : undefined;
  const query = value.toUpperCase();
  const digits = query.replace(/^[A-T]/, '');
  const matches = (division: (typeof divisions)[number]) =>
    /^\d+$/.test(digits)
      ? division.code.startsWith(digits) || digits.startsWith(division.code)
      : division.label.toUpperCase().includes(query);
  const options = value
    ? divisions
        .filter(matches)
        .slice(0, 12)
        .map((division) => ({ value: division.code, label: division.label }))
    : [];

  return (
    <Form.Item
      label={t('enterprise.industryCode')}
      name="industryCode"
      extra={found ? describeIndustry(found.code) : t('enterprise.industryHint')}
      rules={[
        {
          validator: (_rule, input: string | undefined) => {
            if (!input?.trim() || findIndustry(input)) return Promise.resolve();
            return Promise.reject(new Error(t('enterprise.industryUnknown')));
          },
        },
      ]}
    >
      <AutoComplete options={options} allowClear placeholder={t('enterprise.industryPlaceholder')} />
    </Form.Item>
  );
}
