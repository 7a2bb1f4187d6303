import { enterpriseScales } from '@gaoxin/domain';
import { Col, DatePicker, Form, Input, Row, Select, Switch, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import type { Park } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { CreditCodeField } from './credit-code-field';
import { scaleKeys } from './enterprise-labels';
import type { EnterpriseFormValues } from './enterprise-form-values';
import { IndustryField } from './industry-field';

const amountPattern = /^\d{1,14}(\.\d{1,4})?$/;

/** The fields of an enterprise record, laid out for the create/edit drawer. */
export function EnterpriseFormFields({
  form,
  parks,
}: {
  form: FormInstance<EnterpriseFormValues>;
  parks: Park[] | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('enterprise.name')}
            name="name"
            rules={[
              { required: true, whitespace: true, message: t('enterprise.nameRequired') },
              { min: 2, message: t('enterprise.nameTooShort') },
              { max: 100 },
            ]}
          >
            <Input maxLength={100} data-testid="enterprise-form-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('enterprise.shortName')} name="shortName" rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <CreditCodeField form={form} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('enterprise.park')} name="parkId">
            <Select
              allowClear
              loading={!parks}
              placeholder={t('enterprise.parkPlaceholder')}
              options={(parks ?? []).map((park) => ({ value: park.id, label: park.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <IndustryField form={form} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item label={t('enterprise.scale')} name="scale">
            <Select
              allowClear
              placeholder={t('enterprise.scaleUnknown')}
              options={enterpriseScales.map((scale) => ({ value: scale, label: t(scaleKeys[scale]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('enterprise.aboveScale')} name="isAboveScale" valuePropName="checked">
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('enterprise.leadingIndustry')} name="leadingIndustry" rules={[{ max: 30 }]}>
            <Input maxLength={30} placeholder={t('enterprise.leadingIndustryPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('enterprise.legalRepresentative')}
            name="legalRepresentative"
            rules={[{ max: 30 }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('enterprise.registeredCapital')}
            name="registeredCapital"
            rules={[{ pattern: amountPattern, message: t('enterprise.amountInvalid') }]}
          >
            <Input inputMode="decimal" suffix={t('common.tenThousandYuan')} placeholder="1000.5" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('enterprise.establishedOn')} name="establishedOn">
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(date) => date.isAfter(dayjs(), 'day')}
              placeholder={t('common.pickDate')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('enterprise.address')} name="address" rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('enterprise.customTags')}
        name="tags"
        extra={t('enterprise.tagsHint')}
        rules={[
          { type: 'array', max: 20, message: t('enterprise.tagsTooMany') },
          {
            validator: (_rule, tags: string[] | undefined) =>
              (tags ?? []).some((tag) => tag.trim().length > 20)
                ? Promise.reject(new Error(t('enterprise.tagTooLong')))
                : Promise.resolve(),
          },
        ]}
      >
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <Form.Item label={t('enterprise.notes')} name="notes" rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}
