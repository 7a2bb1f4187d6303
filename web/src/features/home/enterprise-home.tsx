import { Button, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { periodText } from '../indicators/dashboard-format';
import type { EnterpriseHome as EnterpriseHomeData } from './home-api';
import { AppealLines, HomeCard, ProjectLines } from './home-parts';

function ReturnsCard({ returns }: { returns: EnterpriseHomeData['returns'] }) {
  const { t, language } = useI18n();
  const form = (period: string) => `/indicators/my-returns?period=${period}`;
  const status =
    returns.status === 'filed' ? (
      <Tag color="green">{t('home.enterprise.returnsFiled')}</Tag>
    ) : returns.status === 'overdue' ? (
      <Tag color="red">{t('home.enterprise.returnsOverdue')}</Tag>
    ) : (
      <Tag color="gold">{t('home.enterprise.returnsPending')}</Tag>
    );
  return (
    <HomeCard testId="home-returns" to={form(returns.period)} title={t('home.enterprise.returns')}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <span data-testid="home-return-status" data-status={returns.status}>
          {t('home.enterprise.returnsPeriod', {
            period: periodText(returns.period, language),
            deadline: returns.deadline,
          })}{' '}
          {status}
        </span>
        <Link to={form(returns.period)}>
          <Button type={returns.status === 'filed' ? 'default' : 'primary'}>
            {returns.status === 'filed'
              ? t('home.enterprise.openReturn')
              : t('home.enterprise.fileNow', { period: periodText(returns.period, language) })}
          </Button>
        </Link>
        {returns.earlierUnfiled.length > 0 && (
          <Typography.Text type="secondary">
            {t('home.enterprise.earlier')}
            {returns.earlierUnfiled.map((period) => (
              <Link key={period} to={form(period)} style={{ marginLeft: 8 }}>
                {periodText(period, language)}
              </Link>
            ))}
          </Typography.Text>
        )}
      </Space>
    </HomeCard>
  );
}

/** An enterprise's own: the return due, its appeals (to answer, to confirm and rate), its projects. */
export function EnterpriseHome({ home }: { home: EnterpriseHomeData }) {
  const { t } = useI18n();
  const { appeals, projects } = home;
  return (
    <div className="gx-home-grid">
      <ReturnsCard returns={home.returns} />
      <HomeCard
        testId="home-appeals"
        to="/appeals/mine"
        title={t('home.enterprise.appeals')}
        extra={<Link to="/appeals/new">{t('home.enterprise.newAppeal')}</Link>}
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('home.enterprise.appealsHint', { open: appeals.open, total: appeals.total })}
        </Typography.Paragraph>
        <AppealLines
          items={appeals.items}
          total={appeals.total}
          empty={t('home.enterprise.appealsEmpty')}
          more="/appeals/mine"
        />
      </HomeCard>
      <HomeCard testId="home-projects" to="/my-projects" title={t('home.enterprise.projects')}>
        <ProjectLines
          items={projects.items}
          total={projects.total}
          empty={t('home.enterprise.projectsEmpty')}
          more="/my-projects"
          base="/my-projects"
        />
      </HomeCard>
    </div>
  );
}
