import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { StateTag } from '../appeals/appeal-labels';
import type { HomeAppeal, HomeProject } from './home-api';

/** One card of a home page: a title linking to the page behind it, and its content. */
export function HomeCard({
  title,
  to,
  testId,
  extra,
  children,
}: {
  title: string;
  to: string;
  testId: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  // A plain panel rather than antd's Card, which brings its tabs along into the first page load.
  return (
    <section className="gx-home-card" data-testid={testId}>
      <header className="gx-home-card-head">
        <Link to={to} className="gx-home-card-title" data-testid={`${testId}-link`}>
          {title}
        </Link>
        <span className="gx-home-card-extra">{extra ?? <Link to={to}>{t('home.open')}</Link>}</span>
      </header>
      <div className="gx-home-card-body">{children}</div>
    </section>
  );
}

/** A count that links to the list it counts; red when it needs attention. */
export function CountLink({
  to,
  value,
  label,
  alert,
  testId,
}: {
  to: string;
  value: number;
  label: string;
  alert?: boolean;
  testId?: string;
}) {
  return (
    <Link
      to={to}
      className={alert && value > 0 ? 'gx-home-count gx-home-count-alert' : 'gx-home-count'}
      data-testid={testId}
    >
      <strong>{value}</strong>
      {label}
    </Link>
  );
}

/** A short list with an empty state and, when it holds more, a link to all of them. */
export function ItemList<T>({
  items,
  total,
  empty,
  more,
  render,
  itemKey,
}: {
  items: T[];
  total: number;
  empty: ReactNode;
  more: string;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <div className="gx-home-empty">{empty}</div>;
  return (
    <>
      <ul className="gx-home-list">
        {items.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {total > items.length && (
        <Link to={more} style={{ fontSize: 13 }}>
          {t('home.more', { total })}
        </Link>
      )}
    </>
  );
}

/** How far a date is: "逾期 3 天" / "剩 5 天" / "今天到期". */
export function useDaysText() {
  const { t } = useI18n();
  return (lateDays: number) =>
    lateDays > 0
      ? t('home.daysLate', { days: lateDays })
      : lateDays < 0
        ? t('home.daysLeft', { days: -lateDays })
        : t('home.dueToday');
}

/** Appeals as one line each: number and title, its state, and its deadline or how late it is. */
export function AppealLines({
  items,
  total,
  empty,
  more,
}: {
  items: HomeAppeal[];
  total: number;
  empty: string;
  more: string;
}) {
  const { t, language } = useI18n();
  return (
    <ItemList
      items={items}
      total={total}
      empty={empty}
      more={more}
      itemKey={(appeal) => appeal.id}
      render={(appeal) => (
        <>
          <span className="gx-home-list-main">
            <Link to={`/appeals/${appeal.id}`} data-testid="home-appeal">
              {appeal.title}
            </Link>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {appeal.enterprise.name}
            </Typography.Text>
          </span>
          <span className="gx-home-list-side">
            {appeal.escalation >= 2 && <Tag color="red">{t('home.leader.appealsSupervised')}</Tag>}
            {appeal.isOverdue ? (
              <span className="gx-home-late">{t('home.overdue')}</span>
            ) : appeal.deadlineAt ? (
              t('home.dueOn', { date: formatDateTime(appeal.deadlineAt, language) })
            ) : (
              <StateTag state={appeal.state} />
            )}
          </span>
        </>
      )}
    />
  );
}

const colourTags: Record<HomeProject['colour'], string> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
};

/** Projects as one line each: name, the milestone that decides its colour, and that colour. */
export function ProjectLines({
  items,
  total,
  empty,
  more,
  base = '/projects',
}: {
  items: HomeProject[];
  total: number;
  empty: string;
  more: string;
  base?: string;
}) {
  const { t } = useI18n();
  const days = useDaysText();
  return (
    <ItemList
      items={items}
      total={total}
      empty={empty}
      more={more}
      itemKey={(project) => project.id}
      render={(project) => {
        const next = project.nextMilestone;
        return (
          <>
            <span className="gx-home-list-main">
              <Tag color={colourTags[project.colour]} variant="solid">
                {t(`projects.colour.${project.colour}`)}
              </Tag>
              <Link to={`${base}/${project.id}`} data-testid="home-project" title={project.name}>
                {project.name}
              </Link>
              <div className="gx-home-list-note">
                {next ? `${next.name} · ${t('home.dueOn', { date: next.plannedOn })}` : t('home.noMilestone')}
              </div>
            </span>
            {next && (
              <span className={next.lateDays > 0 ? 'gx-home-list-side gx-home-late' : 'gx-home-list-side'}>
                {days(next.lateDays)}
              </span>
            )}
          </>
        );
      }}
    />
  );
}
