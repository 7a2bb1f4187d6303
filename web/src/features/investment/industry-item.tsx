import { findIndustry, industrySections } from '@gaoxin/domain';
import { AutoComplete, Form } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { describeIndustry } from '../enterprises/enterprise-labels';

const divisions = industrySections.flatMap((section) =>
  section.divisions.map((division) => ({
    code: division.code,
    label: `${division.code} ${division.name}（${section.code} ${section.name}）`,
  })),
);

/**
 * The GB/T 4754-2017 industry of a lead or project (a 2-digit 大类 or 4-digit 小类), suggested by code
 * or name as it is typed, in whatever form it sits.
 */
export function IndustryItem({ name = 'industryCode' }: { name?: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const value = String((Form.useWatch(name, form) as string | undefined) ?? '').trim();
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
      name={name}
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
