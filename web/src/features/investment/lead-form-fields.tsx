import { Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import type { Park } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { EnterpriseSelect } from './enterprise-select';
import { IndustryItem } from './industry-item';
import { amountRules } from './investment-format';
import { leadSources, leadSourceText } from './investment-labels';
import type { LeadSource } from './leads-api';

export interface LeadFormValues {
  companyName: string;
  creditCode?: string;
  enterpriseId?: string | null;
  contactName?: string;
  contactPhone?: string;
  industryCode?: string;
  intendedInvestment?: string;
  source: LeadSource;
  anchorEnterpriseId?: string | null;
  parkId?: string;
  summary?: string;
}

/** Server field names → form fields, for showing a 400's problems next to the right input. */
export const leadServerFields: Record<string, string> = {
  companyName: 'companyName',
  creditCode: 'creditCode',
  enterpriseId: 'enterpriseId',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  industryCode: 'industryCode',
  intendedInvestment: 'intendedInvestment',
  source: 'source',
  anchorEnterpriseId: 'anchorEnterpriseId',
  parkId: 'parkId',
  summary: 'summary',
};

/**
 * The fields of a lead: the company (free name and code, or a record of the register), source with
 * the anchor enterprise of 以商招商, contact, industry, intended investment, sub-park and summary.
 * `duplicateNotice` sits right under the company name, where the 首报首谈 warning belongs.
 */
export function LeadFormFields({
  parks,
  initialEnterprise,
  initialAnchor,
  duplicateNotice,
}: {
  parks: Park[] | undefined;
  initialEnterprise?: { id: string; name: string } | null;
  initialAnchor?: { id: string; name: string } | null;
  duplicateNotice?: ReactNode;
}) {
  const { t, language } = useI18n();
  const form = Form.useFormInstance<LeadFormValues>();
  const source = Form.useWatch('source', form);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            label={t('investment.field.company')}
            name="companyName"
            rules={[
              { required: true, whitespace: true, message: t('investment.form.companyRequired') },
              { min: 2, max: 100, message: t('investment.form.companyLength') },
            ]}
            extra={t('investment.form.companyHint')}
          >
            <Input
              maxLength={100}
              placeholder={t('investment.form.companyPlaceholder')}
              data-testid="lead-form-company"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            label={t('investment.field.creditCode')}
            name="creditCode"
            rules={[{ len: 18, message: t('investment.form.creditCodeLength') }]}
            normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
          >
            <Input
              maxLength={18}
              className="gx-mono"
              placeholder={t('investment.form.creditCodePlaceholder')}
            />
          </Form.Item>
        </Col>
      </Row>
      {duplicateNotice && <div className="gx-investment-form-notice">{duplicateNotice}</div>}
      <Form.Item
        label={t('investment.field.enterprise')}
        name="enterpriseId"
        extra={t('investment.form.enterpriseHint')}
      >
        <EnterpriseSelect
          initial={initialEnterprise}
          placeholder={t('investment.form.enterprisePlaceholder')}
          testId="lead-form-enterprise"
          onPick={(enterprise) => {
            if (!enterprise) return;
            form.setFieldsValue({ companyName: enterprise.name, creditCode: enterprise.creditCode });
          }}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            label={t('investment.field.source')}
            name="source"
            rules={[{ required: true, message: t('investment.form.sourceRequired') }]}
          >
            <Select
              options={leadSources.map((value) => ({ value, label: leadSourceText(value, language) }))}
              placeholder={t('investment.form.sourcePlaceholder')}
              data-testid="lead-form-source"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          {source === 'anchor' && (
            <Form.Item
              label={t('investment.field.anchorEnterprise')}
              name="anchorEnterpriseId"
              rules={[{ required: true, message: t('investment.form.anchorRequired') }]}
              extra={t('investment.form.anchorHint')}
            >
              <EnterpriseSelect
                initial={initialAnchor}
                placeholder={t('investment.form.anchorPlaceholder')}
                testId="lead-form-anchor"
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('investment.field.contactName')} name="contactName" rules={[{ max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('investment.field.contactPhone')}
            name="contactPhone"
            rules={[{ pattern: /^[\d+\-\s]{5,20}$/, message: t('investment.form.phoneFormat') }]}
          >
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('investment.field.intendedInvestmentWan')}
            name="intendedInvestment"
            rules={amountRules({
              format: t('investment.form.amountFormat'),
              absurd: t('investment.form.amountAbsurd'),
            })}
          >
            <Input
              suffix={t('common.tenThousandYuan')}
              inputMode="decimal"
              data-testid="lead-form-investment"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <IndustryItem />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('investment.field.park')} name="parkId" extra={t('investment.form.parkHint')}>
            <Select
              allowClear
              loading={!parks}
              options={(parks ?? []).map((park) => ({ value: park.id, label: park.name }))}
              placeholder={t('investment.form.parkPlaceholder')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('investment.field.summary')} name="summary" rules={[{ max: 2000 }]}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          placeholder={t('investment.form.summaryPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
