import { todayInChina } from '@gaoxin/domain';
import { Alert, Col, DatePicker, Divider, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AssignablePerson, Park } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { EnterpriseSelect } from './enterprise-select';
import { IndustryItem } from './industry-item';
import { amountRules, isContractAboveInvestment } from './investment-format';

export interface ProjectFormValues {
  name: string;
  investorName: string;
  investorEnterpriseId?: string | null;
  totalInvestment: string;
  contractAmount: string;
  industryCode?: string;
  parkId?: string;
  plot?: string;
  signedOn: Dayjs;
  leaderId?: string;
  sectionChiefId?: string;
  liaisonId?: string;
  commissionerId?: string;
  planDocument?: string;
  milestones?: { name: string; plannedOn?: Dayjs }[];
}

/** Server field names → form fields (milestones.N.plannedOn map to the list rows). */
export const projectServerFields: Record<string, string> = Object.fromEntries(
  [
    'name',
    'investorName',
    'investorEnterpriseId',
    'totalInvestment',
    'contractAmount',
    'industryCode',
    'parkId',
    'plot',
    'signedOn',
    'leaderId',
    'sectionChiefId',
    'liaisonId',
    'commissionerId',
    'planDocument',
  ].map((field) => [field, field]),
);

function PersonSelect({
  people,
  role,
  testId,
  ...props
}: {
  people: AssignablePerson[] | undefined;
  role: 'leader' | 'officer';
  testId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const { t } = useI18n();
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={!people}
      options={(people ?? [])
        .filter((person) => person.role === role)
        .map((person) => ({ value: person.id, label: person.name }))}
      placeholder={role === 'leader' ? t('projects.form.pickLeader') : t('projects.form.pickOfficer')}
      data-testid={testId}
    />
  );
}

/**
 * The facts of a project (name, investor, 总投资 and 合同额 in 万元, industry, sub-park, plot, 签约日期)
 * and its "五个一" team: one leader, one section chief, one liaison, one plan — and the 项目专员.
 */
export function ProjectFormFields({
  parks,
  people,
  peopleError,
  initialInvestor,
}: {
  parks: Park[] | undefined;
  people: AssignablePerson[] | undefined;
  peopleError?: string;
  initialInvestor?: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance<ProjectFormValues>();
  const total = Form.useWatch('totalInvestment', form);
  const contract = Form.useWatch('contractAmount', form);
  const amounts = amountRules({
    format: t('investment.form.amountFormat'),
    absurd: t('investment.form.amountAbsurd'),
    required: t('projects.form.amountRequired'),
  });

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('projects.field.name')}
            name="name"
            rules={[
              { required: true, whitespace: true, message: t('projects.form.nameRequired') },
              { min: 2, max: 100, message: t('projects.form.nameLength') },
            ]}
          >
            <Input maxLength={100} data-testid="project-form-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('projects.field.investor')}
            name="investorName"
            rules={[
              { required: true, whitespace: true, message: t('projects.form.investorRequired') },
              { min: 2, max: 100, message: t('projects.form.nameLength') },
            ]}
          >
            <Input maxLength={100} data-testid="project-form-investor" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('projects.field.investorEnterprise')}
        name="investorEnterpriseId"
        extra={t('projects.form.investorEnterpriseHint')}
      >
        <EnterpriseSelect
          initial={initialInvestor}
          placeholder={t('investment.form.enterprisePlaceholder')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('projects.field.totalInvestmentWan')} name="totalInvestment" rules={amounts}>
            <Input
              suffix={t('common.tenThousandYuan')}
              inputMode="decimal"
              data-testid="project-form-total"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('projects.field.contractAmountWan')} name="contractAmount" rules={amounts}>
            <Input
              suffix={t('common.tenThousandYuan')}
              inputMode="decimal"
              data-testid="project-form-contract"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('projects.field.signedOn')}
            name="signedOn"
            rules={[{ required: true, message: t('projects.form.signedOnRequired') }]}
          >
            <DatePicker
              allowClear={false}
              style={{ width: '100%' }}
              disabledDate={(date) => date.isAfter(dayjs(todayInChina()), 'day')}
              data-testid="project-form-signed-on"
            />
          </Form.Item>
        </Col>
      </Row>
      {isContractAboveInvestment(total, contract) && (
        <Alert
          type="warning"
          showIcon
          title={t('projects.form.contractAboveTotal')}
          style={{ marginBottom: 16 }}
          data-testid="project-form-amount-warning"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <IndustryItem />
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.field.park')} name="parkId" extra={t('projects.form.parkHint')}>
            <Select
              allowClear
              loading={!parks}
              options={(parks ?? []).map((park) => ({ value: park.id, label: park.name }))}
              placeholder={t('investment.form.parkPlaceholder')}
              data-testid="project-form-park"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.field.plot')} name="plot" rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder={t('projects.form.plotPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('projects.team.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('projects.form.teamHint')}</Typography.Paragraph>
      {peopleError && <Alert type="error" showIcon title={peopleError} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.team.leader')} name="leaderId">
            <PersonSelect people={people} role="leader" testId="project-form-leader" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.team.sectionChief')} name="sectionChiefId">
            <PersonSelect people={people} role="officer" testId="project-form-section-chief" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.team.liaison')} name="liaisonId">
            <PersonSelect people={people} role="officer" testId="project-form-liaison" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('projects.team.commissioner')} name="commissionerId">
            <PersonSelect people={people} role="officer" testId="project-form-commissioner" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('projects.team.planDocument')} name="planDocument" rules={[{ max: 2000 }]}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('projects.form.planPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
