import { Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { describeIndustry } from '../enterprises/enterprise-labels';
import { amountText } from './investment-format';
import { leadSourceText } from './investment-labels';
import { FirstContact } from './lead-table';
import type { LeadDetail } from './leads-api';

/** What is known of the lead's company and how it came, in one block. */
export function LeadFacts({ lead }: { lead: LeadDetail }) {
  const { t, language } = useI18n();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const contact = [lead.contactName, lead.contactPhone].filter(Boolean).join(' · ');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'creditCode', label: t('investment.field.creditCode'), children: lead.creditCode ?? none },
        {
          key: 'enterprise',
          label: t('investment.field.enterprise'),
          children: lead.enterprise ? (
            <Link to={`/enterprises/${lead.enterprise.id}`}>{lead.enterprise.name}</Link>
          ) : (
            t('investment.detail.outsideCompany')
          ),
        },
        {
          key: 'source',
          label: t('investment.field.source'),
          children: lead.anchorEnterprise
            ? `${leadSourceText(lead.source, language)}（${lead.anchorEnterprise.name}）`
            : leadSourceText(lead.source, language),
        },
        {
          key: 'intendedInvestment',
          label: t('investment.field.intendedInvestment'),
          children: amountText(lead.intendedInvestment),
        },
        {
          key: 'industry',
          label: t('enterprise.industryCode'),
          children: describeIndustry(lead.industryCode) ?? none,
        },
        { key: 'park', label: t('investment.field.park'), children: lead.park?.name ?? none },
        {
          key: 'owner',
          label: t('investment.field.owner'),
          children: lead.department ? `${lead.owner.name}（${lead.department.name}）` : lead.owner.name,
        },
        { key: 'contact', label: t('investment.field.contact'), children: contact || none },
        {
          key: 'registeredAt',
          label: t('investment.field.registeredAt'),
          children: dayjs(lead.registeredAt).format('YYYY-MM-DD HH:mm'),
        },
        {
          key: 'firstContact',
          label: t('investment.field.firstContact'),
          children: <FirstContact lead={lead} />,
        },
        ...(lead.statusReason
          ? [{ key: 'reason', label: t('investment.field.statusReason'), children: lead.statusReason }]
          : []),
        {
          key: 'summary',
          label: t('investment.field.summary'),
          span: 'filled' as const,
          children: lead.summary ? <span className="gx-investment-plain">{lead.summary}</span> : none,
        },
      ]}
    />
  );
}
