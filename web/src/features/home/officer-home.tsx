import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { periodText } from '../indicators/dashboard-format';
import { LeadStatusTag } from '../investment/investment-labels';
import type { OfficerHome as OfficerHomeData } from './home-api';
import { AppealLines, HomeCard, ItemList, ProjectLines } from './home-parts';

function FilingsCard({ filings }: { filings: OfficerHomeData['filings'] }) {
  const { t, language } = useI18n();
  const board = `/indicators/filings?period=${filings.period}&mine=true`;
  return (
    <HomeCard
      testId="home-filings"
      to={board}
      title={t('home.officer.filings', { period: periodText(filings.period, language) })}
      extra={<Link to={board}>{t('home.officer.openBoard')}</Link>}
    >
      {filings.expected > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('home.officer.filingsHint', {
            deadline: filings.deadline,
            expected: filings.expected,
            total: filings.total,
          })}
        </Typography.Paragraph>
      )}
      <ItemList
        items={filings.items}
        total={filings.total}
        empty={filings.expected > 0 ? t('home.officer.filingsEmpty') : t('home.officer.filingsNone')}
        more={board}
        itemKey={(item) => item.enterprise.id}
        render={(item) => (
          <>
            <Link
              to={`/indicators/returns/${item.enterprise.id}/${filings.period}`}
              className="gx-home-list-main"
              data-testid="home-filing"
            >
              {item.enterprise.name}
            </Link>
            <span className="gx-home-list-side">
              {item.status === 'overdue' ? (
                <Tag color="red">{t('home.officer.late')}</Tag>
              ) : (
                <Tag>{t('home.officer.unfiled')}</Tag>
              )}
            </span>
          </>
        )}
      />
    </HomeCard>
  );
}

/** An officer's own work: 催报, the appeals waiting for it or its department, its projects and leads. */
export function OfficerHome({ home }: { home: OfficerHomeData }) {
  const { t } = useI18n();
  const { appeals, projects, leads } = home;
  return (
    <div className="gx-home-grid">
      <FilingsCard filings={home.filings} />
      <HomeCard testId="home-appeals" to="/appeals/mine" title={t('home.officer.appeals')}>
        {appeals.total > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('home.officer.appealsHint', { total: appeals.total, overdue: appeals.overdue })}
          </Typography.Paragraph>
        )}
        <AppealLines
          items={appeals.items}
          total={appeals.total}
          empty={t('home.officer.appealsEmpty')}
          more="/appeals/mine"
        />
      </HomeCard>
      <HomeCard testId="home-projects" to="/projects?mine=true" title={t('home.officer.projects')}>
        <ProjectLines
          items={projects.items}
          total={projects.total}
          empty={t('home.officer.projectsEmpty')}
          more="/projects?mine=true"
        />
      </HomeCard>
      <HomeCard testId="home-leads" to="/investment?mine=true" title={t('home.officer.leads')}>
        <ItemList
          items={leads.items}
          total={leads.total}
          empty={t('home.officer.leadsEmpty')}
          more="/investment?mine=true"
          itemKey={(lead) => lead.id}
          render={(lead) => (
            <>
              <span className="gx-home-list-main">
                <LeadStatusTag status={lead.status} />
                <Link to={`/investment/${lead.id}`}>{lead.companyName}</Link>
              </span>
              <span
                className={lead.firstContactOverdue ? 'gx-home-list-side gx-home-late' : 'gx-home-list-side'}
              >
                {lead.firstContactDueOn
                  ? t('home.officer.firstContact', { date: lead.firstContactDueOn })
                  : t('home.officer.contacted')}
              </span>
            </>
          )}
        />
      </HomeCard>
    </div>
  );
}
