import { displayPercent, parsePeriod } from '@gaoxin/domain';
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { cumulativeText, figureText, growthText, periodText } from '../indicators/dashboard-format';
import { amountText } from '../investment/investment-format';
import type { LeaderHome as LeaderHomeData } from './home-api';
import { CountLink, HomeCard, ItemList, ProjectLines } from './home-parts';

type Figure = LeaderHomeData['economy']['items'][number];

/** One headline indicator: 1—N月累计, 同比 (official when published) and the annual target against 时序进度. */
function HeadlineFigure({ figure, period }: { figure: Figure; period: string }) {
  const { t, language } = useI18n();
  const growth = figure.officialGrowth ?? figure.cumulativeGrowth;
  const target = figure.target;
  return (
    <Link
      to={`/indicators?period=${period}&indicator=${figure.indicator.code}`}
      className="gx-home-figure"
      data-testid={`home-headline-${figure.indicator.code}`}
    >
      <div className="gx-home-figure-label">
        {figure.indicator.name} · {t('home.leader.cumulative', { months: cumulativeText(period, language) })}
      </div>
      <div className="gx-home-figure-value">{figureText(figure.cumulative, figure.indicator)}</div>
      <div className="gx-home-figure-note">
        {growth === null ? t('home.leader.noBase') : growthText(growth, language)}
        {figure.officialGrowth !== null && `（${t('home.leader.official')}）`}
      </div>
      <div className="gx-home-figure-note">
        {!target
          ? t('home.leader.noTarget')
          : target.completionPercent === null
            ? `${t('home.leader.growthTarget', { target: target.target })}，${target.phrase}`
            : t('home.leader.target', {
                completion: displayPercent(target.completionPercent),
                schedule: displayPercent(target.schedulePercent),
              })}
      </div>
    </Link>
  );
}

function EconomyCard({ economy }: { economy: LeaderHomeData['economy'] }) {
  const { t, language } = useI18n();
  const { period } = economy;
  return (
    <HomeCard
      testId="home-economy"
      to={period ? `/indicators?period=${period}` : '/indicators'}
      title={
        period
          ? t('home.leader.economy', { period: periodText(period, language) })
          : t('home.leader.economyNoData')
      }
      extra={<Link to="/indicators">{t('home.leader.openDashboard')}</Link>}
    >
      {period && economy.items.length > 0 ? (
        <div className="gx-home-figures">
          {economy.items.map((figure) => (
            <HeadlineFigure key={figure.indicator.code} figure={figure} period={period} />
          ))}
        </div>
      ) : (
        <div className="gx-home-empty">{t('home.leader.economyEmpty')}</div>
      )}
    </HomeCard>
  );
}

function KpiCard({ kpi }: { kpi: LeaderHomeData['investment'] }) {
  const { t, language } = useI18n();
  const unit = t('home.leader.kpiUnit');
  const figures = [
    { label: t('home.leader.kpiSigned'), value: `${kpi.signedCount}${unit}` },
    { label: t('home.leader.kpiContract'), value: amountText(kpi.contractAmount) },
    {
      label: t('home.leader.kpiFunds'),
      value: amountText(kpi.fundsInPlace),
      note:
        kpi.fundsInPlaceGrowthPercent === null
          ? t('home.leader.noBase')
          : growthText(kpi.fundsInPlaceGrowthPercent, language),
    },
    { label: t('home.leader.kpiStarted'), value: `${kpi.startedCount}${unit}` },
    { label: t('home.leader.kpiProducing'), value: `${kpi.producingCount}${unit}` },
  ];
  return (
    <HomeCard
      testId="home-kpi"
      to="/projects/overview"
      title={t('home.leader.kpi', { year: parsePeriod(kpi.to.slice(0, 7)).year })}
    >
      <div
        className="gx-home-figures"
        style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(112px, 1fr))' }}
      >
        {figures.map((figure) => (
          <Link key={figure.label} to="/projects/overview" className="gx-home-figure">
            <div className="gx-home-figure-label">{figure.label}</div>
            <div className="gx-home-figure-value" style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
              {figure.value}
            </div>
            {figure.note && <div className="gx-home-figure-note">{figure.note}</div>}
          </Link>
        ))}
      </div>
    </HomeCard>
  );
}

/** The leader's morning: 经济运行 headline, warnings, appeals, red projects, 招商 KPI, expiring qualifications. */
export function LeaderHome({ home }: { home: LeaderHomeData }) {
  const { t, language } = useI18n();
  const { warnings, appeals, redProjects, expiringQualifications: expiring } = home;
  const warningsLink = warnings.period
    ? `/indicators/warnings?period=${warnings.period}`
    : '/indicators/warnings';
  return (
    <>
      <div style={{ marginTop: 16 }}>
        <EconomyCard economy={home.economy} />
      </div>
      <div className="gx-home-grid">
        <HomeCard testId="home-appeals" to="/appeals/all?open=true" title={t('home.leader.appeals')}>
          <div className="gx-home-counts">
            <CountLink
              to="/appeals/all?open=true"
              value={appeals.open}
              label={t('home.leader.appealsOpen')}
            />
            <CountLink
              to="/appeals/all?open=true&overdue=true"
              value={appeals.overdue}
              label={t('home.leader.appealsOverdue')}
              alert
              testId="home-appeals-overdue"
            />
            <CountLink
              to="/appeals/mine"
              value={appeals.supervised}
              label={t('home.leader.appealsSupervised')}
              alert
              testId="home-appeals-supervised"
            />
          </div>
          <ItemList
            items={appeals.items}
            total={appeals.items.length}
            empty={t('home.leader.appealsEmpty')}
            more="/appeals/mine"
            itemKey={(appeal) => appeal.id}
            render={(appeal) => (
              <>
                <Link to={`/appeals/${appeal.id}`} className="gx-home-list-main" data-testid="home-appeal">
                  {appeal.title}
                </Link>
                <span className="gx-home-list-side gx-home-late">
                  {appeal.escalation >= 2 ? t('home.leader.appealsSupervised') : t('home.overdue')}
                  {appeal.leadDepartment ? ` · ${appeal.leadDepartment.name}` : ''}
                </span>
              </>
            )}
          />
        </HomeCard>
        <HomeCard testId="home-red-projects" to="/projects/supervision" title={t('home.leader.projects')}>
          <div className="gx-home-counts">
            <CountLink
              to="/projects/supervision"
              value={redProjects.total}
              label={t('projects.colour.red')}
              alert
            />
          </div>
          <ProjectLines
            items={redProjects.items}
            total={redProjects.total}
            empty={t('home.leader.projectsEmpty')}
            more="/projects/supervision"
          />
        </HomeCard>
        <HomeCard testId="home-warnings" to={warningsLink} title={t('home.leader.warnings')}>
          {warnings.period && warnings.total > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('home.leader.warningsCount', {
                period: periodText(warnings.period, language),
                total: warnings.total,
              })}
            </Typography.Paragraph>
          )}
          <ItemList
            items={warnings.items}
            total={warnings.total}
            empty={t('home.leader.warningsEmpty')}
            more={warningsLink}
            itemKey={(item) => `${item.enterprise.id}-${item.rule.code}`}
            render={(item) => (
              <>
                <Link to={`/enterprises/${item.enterprise.id}`} className="gx-home-list-main">
                  {item.enterprise.name}
                </Link>
                <span className="gx-home-list-side" title={item.message}>
                  {item.rule.name}
                </span>
              </>
            )}
          />
        </HomeCard>
        <HomeCard
          testId="home-qualifications"
          to="/enterprises/qualifications/expiring"
          title={t('home.leader.qualifications', { days: expiring.withinDays })}
        >
          <ItemList
            items={expiring.items}
            total={expiring.total}
            empty={t('home.leader.qualificationsEmpty', { days: expiring.withinDays })}
            more="/enterprises/qualifications/expiring"
            itemKey={(item) => `${item.enterprise.id}-${item.type}`}
            render={(item) => (
              <>
                <Link to={`/enterprises/${item.enterprise.id}`} className="gx-home-list-main">
                  {item.enterprise.name}
                </Link>
                <span className="gx-home-list-side">
                  {item.typeName} · {t('home.dueOn', { date: item.expiresOn })}
                </span>
              </>
            )}
          />
        </HomeCard>
        <div className="gx-home-wide">
          <KpiCard kpi={home.investment} />
        </div>
      </div>
    </>
  );
}
