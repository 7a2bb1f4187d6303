import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { describeIndustry } from '../enterprises/enterprise-labels';
import { amountText } from './investment-format';
import type { ProjectDetail } from './projects-api';

const none = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The project's facts: investor, amounts, 到位资金, industry, sub-park, plot, signing date, origin
 * (the investor's own page leaves out the origin: the 招商 lead is the zone's).
 */
export function ProjectFacts({
  project,
  forInvestor = false,
}: {
  project: ProjectDetail;
  forInvestor?: boolean;
}) {
  const { t } = useI18n();
  const origin = {
    key: 'lead',
    label: t('projects.field.origin'),
    children: project.leadId ? (
      <Link to={`/investment/${project.leadId}`}>{t('projects.detail.fromLead')}</Link>
    ) : (
      t('projects.detail.direct')
    ),
  };
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'investor',
          label: t('projects.field.investor'),
          children: project.investorEnterprise ? (
            <Link to={`/enterprises/${project.investorEnterprise.id}`}>{project.investorName}</Link>
          ) : (
            project.investorName
          ),
        },
        {
          key: 'total',
          label: t('projects.field.totalInvestment'),
          children: amountText(project.totalInvestment),
        },
        {
          key: 'contract',
          label: t('projects.field.contractAmount'),
          children: amountText(project.contractAmount),
        },
        {
          key: 'funds',
          label: t('projects.field.fundsInPlace'),
          children: amountText(project.fundsInPlace),
        },
        { key: 'signedOn', label: t('projects.field.signedOn'), children: project.signedOn },
        {
          key: 'industry',
          label: t('enterprise.industryCode'),
          children: describeIndustry(project.industryCode) ?? none,
        },
        { key: 'park', label: t('projects.field.park'), children: project.park?.name ?? none },
        { key: 'plot', label: t('projects.field.plot'), children: project.plot ?? none },
        {
          key: 'department',
          label: t('projects.field.department'),
          children: project.department?.name ?? none,
        },
        ...(forInvestor ? [] : [origin]),
      ]}
    />
  );
}

/**
 * "五个一": one leader, one section chief, one liaison, one plan — and the 项目专员. The investor
 * sees the people who serve its project, not the plan (the team's working paper).
 */
export function ProjectTeamCard({
  project,
  forInvestor = false,
}: {
  project: ProjectDetail;
  forInvestor?: boolean;
}) {
  const { t } = useI18n();
  const { team } = project;
  const person = (value: { name: string } | null) =>
    value?.name ?? <Typography.Text type="warning">{t('projects.team.unassigned')}</Typography.Text>;
  return (
    <Card
      size="small"
      title={forInvestor ? t('projects.mine.team') : t('projects.team.title')}
      data-testid="project-team"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'leader', label: t('projects.team.leader'), children: person(team.leader) },
          { key: 'chief', label: t('projects.team.sectionChief'), children: person(team.sectionChief) },
          { key: 'liaison', label: t('projects.team.liaison'), children: person(team.liaison) },
          {
            key: 'commissioner',
            label: t('projects.team.commissioner'),
            children: person(team.commissioner),
          },
          ...(forInvestor
            ? []
            : [
                {
                  key: 'plan',
                  label: t('projects.team.planDocument'),
                  children: team.planDocument ? (
                    <span className="gx-investment-plain">{team.planDocument}</span>
                  ) : (
                    <Typography.Text type="warning">{t('projects.team.noPlan')}</Typography.Text>
                  ),
                },
              ]),
        ]}
      />
    </Card>
  );
}
