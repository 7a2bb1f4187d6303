import { describeCreditCodeProblem, validateCreditCode, type CreditCodeProblem } from '@gaoxin/domain';
import { Checkbox, Form, Input, type FormInstance } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { isOverridable, type EnterpriseFormValues } from './enterprise-form-values';

/**
 * The 统一社会信用代码 input, checked as it is typed with the same rules as the server (GB 32100-2015):
 * errors block saving unless the officer gives an exception reason; warnings are shown but accepted.
 */
export function CreditCodeField({ form }: { form: FormInstance<EnterpriseFormValues> }) {
  const { t, language } = useI18n();
  const code = Form.useWatch('creditCode', form) ?? '';
  const useOverride = Form.useWatch('useOverride', form) ?? false;
  const validation = validateCreditCode(code);
  const describe = (problems: CreditCodeProblem[]) =>
    problems.map((problem) => describeCreditCodeProblem(problem, language)).join('；');
  const showOverride = isOverridable(validation);

  return (
    <>
      <Form.Item
        label={t('enterprise.creditCode')}
        name="creditCode"
        required
        dependencies={['useOverride']}
        extra={
          validation.errors.length === 0 && validation.warnings.length === 0 && code
            ? t('enterprise.creditCodeOk')
            : t('enterprise.creditCodeHint')
        }
        normalize={(value: string) => value.toUpperCase()}
        rules={[
          {
            validator: (_rule, value: string | undefined) => {
              const checked = validateCreditCode(value ?? '');
              if (checked.errors.length === 0) return Promise.resolve();
              if (isOverridable(checked) && form.getFieldValue('useOverride')) return Promise.resolve();
              return Promise.reject(new Error(describe(checked.errors)));
            },
          },
          {
            warningOnly: true,
            validator: (_rule, value: string | undefined) => {
              const checked = validateCreditCode(value ?? '');
              const excused = isOverridable(checked) && form.getFieldValue('useOverride') === true;
              const problems = [...(excused ? checked.errors : []), ...checked.warnings];
              return problems.length > 0 ? Promise.reject(new Error(describe(problems))) : Promise.resolve();
            },
          },
        ]}
      >
        <Input
          maxLength={30}
          autoComplete="off"
          className="gx-mono"
          style={{ fontSize: 14 }}
          placeholder="91510500MA62XXXXXX"
          data-testid="enterprise-form-credit-code"
        />
      </Form.Item>
      {showOverride && (
        <Form.Item name="useOverride" valuePropName="checked" style={{ marginTop: -8 }}>
          <Checkbox data-testid="enterprise-form-override">{t('enterprise.overrideToggle')}</Checkbox>
        </Form.Item>
      )}
      {showOverride && useOverride && (
        <Form.Item
          label={t('enterprise.overrideReason')}
          name="creditCodeOverride"
          extra={t('enterprise.overrideHint')}
          rules={[
            { required: true, whitespace: true, message: t('enterprise.overrideRequired') },
            { max: 200 },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="enterprise-form-override-reason" />
        </Form.Item>
      )}
    </>
  );
}
