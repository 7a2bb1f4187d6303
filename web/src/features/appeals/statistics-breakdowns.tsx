import { StarFilled } from '@ant-design/icons';
import { Card, Empty, Progress, Table, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { AppealStatistics } from './appeals-api';
import { hoursText, percentText } from './statistics-cards';

type CategoryRow = AppealStatistics['byCategory'][number];
type DepartmentRow = AppealStatistics['byDepartment'][number];

/** A count with a bar against the largest count of the table. */
function CountBar({ count, largest }: { count: number; largest: number }) {
  return (
    <div className="gx-appeal-count-bar">
      <span>{count}</span>
      <Progress
        percent={largest > 0 ? (count / largest) * 100 : 0}
        showInfo={false}
        size="small"
        strokeColor="#4096ff"
      />
    </div>
  );
}

/** 按类别: how many per category, resolved, on time and how the enterprises rated it. */
export function CategoryBreakdown({ rows }: { rows: CategoryRow[] }) {
  const { t } = useI18n();
  const largest = Math.max(0, ...rows.map((row) => row.count));
  return (
    <Card size="small" title={t('appeals.stats.byCategory')}>
      <Table<CategoryRow>
        rowKey={(row) => row.category.id}
        size="small"
        pagination={false}
        dataSource={[...rows].sort((left, right) => right.count - left.count)}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.stats.noRows')} />,
        }}
        columns={[
          { title: t('appeals.field.category'), key: 'category', render: (_v, row) => row.category.name },
          {
            title: t('appeals.stats.count'),
            key: 'count',
            width: 170,
            render: (_v, row) => <CountBar count={row.count} largest={largest} />,
          },
          { title: t('appeals.stats.resolved'), dataIndex: 'resolved', width: 80, align: 'right' },
          {
            title: t('appeals.stats.onTimeRate'),
            key: 'onTime',
            width: 110,
            align: 'right',
            render: (_v, row) => percentText(row.onTimeRate),
          },
          {
            title: t('appeals.stats.averageRating'),
            key: 'rating',
            width: 100,
            align: 'right',
            render: (_v, row) => (row.averageRating === null ? '—' : row.averageRating.toFixed(2)),
          },
        ]}
      />
    </Card>
  );
}

/** 按承办部门: load, backlog, overdue backlog, punctuality and typical time per department. */
export function DepartmentBreakdown({ rows }: { rows: DepartmentRow[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('appeals.stats.byDepartment')}>
      <Table<DepartmentRow>
        rowKey={(row) => row.department.id}
        size="small"
        pagination={false}
        dataSource={[...rows].sort((left, right) => right.count - left.count)}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.stats.noRows')} />,
        }}
        columns={[
          {
            title: t('appeals.stats.department'),
            key: 'department',
            render: (_v, row) => row.department.name,
          },
          { title: t('appeals.stats.count'), dataIndex: 'count', width: 90, align: 'right' },
          { title: t('appeals.stats.open'), dataIndex: 'open', width: 80, align: 'right' },
          {
            title: t('appeals.stats.overdueOpen'),
            key: 'overdue',
            width: 100,
            align: 'right',
            render: (_v, row) =>
              row.overdueOpen > 0 ? <Typography.Text type="danger">{row.overdueOpen}</Typography.Text> : 0,
          },
          {
            title: t('appeals.stats.onTimeRate'),
            key: 'onTime',
            width: 110,
            align: 'right',
            render: (_v, row) => percentText(row.onTimeRate),
          },
          {
            title: t('appeals.stats.medianHours'),
            key: 'median',
            width: 150,
            align: 'right',
            render: (_v, row) => hoursText(row.medianHours),
          },
        ]}
      />
    </Card>
  );
}

/** 评价分布: how many ratings of each star, 5 down to 1; 1–2 stars reopen the appeal. */
export function RatingDistribution({
  ratings,
  rated,
}: {
  ratings: AppealStatistics['ratings'];
  rated: number;
}) {
  const { t } = useI18n();
  const counts = new Map(ratings.map((entry) => [entry.rating, entry.count]));
  return (
    <Card size="small" title={t('appeals.stats.ratings')}>
      {rated === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.stats.noRatings')} />
      ) : (
        <div className="gx-appeal-ratings">
          {[5, 4, 3, 2, 1].map((stars) => {
            const count = counts.get(stars) ?? 0;
            return (
              <div key={stars} className="gx-appeal-rating-row">
                <span className="gx-appeal-rating">
                  {stars} <StarFilled />
                </span>
                <Progress
                  percent={(count / rated) * 100}
                  showInfo={false}
                  strokeColor={stars <= 2 ? '#ff7875' : stars === 3 ? '#faad14' : '#52c41a'}
                />
                <span className="gx-appeal-rating-count">{count}</span>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
