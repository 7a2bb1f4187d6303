import { Card, Col, Empty, Row, Segmented, Skeleton, Table, Typography, type TableProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { amountText } from './investment-format';
import { funnelStepKeys } from './investment-labels';
import { getProjectFunnel, type FunnelGrouping, type FunnelRow, type ProjectFunnel } from './projects-api';

const FunnelChart = lazy(() => import('./funnel-chart').then((m) => ({ default: m.FunnelChart })));

type Group = ProjectFunnel['groups'][number];

/** Per step: reached (this step or later), standing here now, and the amount. */
function StepTable({ steps }: { steps: FunnelRow[] }) {
  const { t } = useI18n();
  return (
    <Table<FunnelRow>
      rowKey="step"
      size="small"
      pagination={false}
      dataSource={steps}
      columns={[
        {
          title: t('projects.funnel.step'),
          key: 'step',
          render: (_value, row) => t(funnelStepKeys[row.step]),
        },
        { title: t('projects.funnel.reached'), dataIndex: 'reached', key: 'reached', align: 'right' },
        { title: t('projects.funnel.current'), dataIndex: 'current', key: 'current', align: 'right' },
        {
          title: t('projects.funnel.amount'),
          key: 'amount',
          align: 'right',
          render: (_value, row) => amountText(row.amount),
        },
      ]}
    />
  );
}

/** By sub-park or officer: one row per group, one column per step (reached, and its amount). */
function GroupTable({
  groups,
  steps,
  grouping,
}: {
  groups: Group[];
  steps: FunnelRow[];
  grouping: FunnelGrouping;
}) {
  const { t } = useI18n();
  const columns: NonNullable<TableProps<Group>['columns']> = [
    {
      title: grouping === 'park' ? t('projects.field.park') : t('projects.funnel.officer'),
      key: 'group',
      fixed: 'left',
      width: 140,
      render: (_value, group) => group.group?.name ?? t('projects.funnel.ungrouped'),
    },
    ...steps.map((step, index) => ({
      title: t(funnelStepKeys[step.step]),
      key: step.step,
      width: 92,
      align: 'right' as const,
      render: (_value: unknown, group: Group) => {
        const row = group.steps[index];
        if (!row) return '—';
        return (
          <div className="gx-investment-name-cell">
            <span>{row.reached}</span>
            {row.reached > 0 && <Typography.Text type="secondary">{amountText(row.amount)}</Typography.Text>}
          </div>
        );
      },
    })),
  ];
  return (
    <Table<Group>
      rowKey={(group) => group.group?.id ?? 'none'}
      size="small"
      pagination={false}
      dataSource={groups}
      columns={columns}
      scroll={{ x: 140 + steps.length * 92 }}
    />
  );
}

/** 招商漏斗: counts and amounts from 线索 to 达产 for the zone, or by sub-park or officer. */
export function FunnelPanel() {
  const { t } = useI18n();
  const [grouping, setGrouping] = useState<FunnelGrouping>('none');
  const funnel = useApiQuery((signal) => getProjectFunnel(grouping, signal), [grouping]);
  const data = funnel.data;
  const isEmpty = data !== undefined && data.steps.every((row) => row.reached === 0);

  return (
    <Card
      title={t('projects.funnel.title')}
      data-testid="project-funnel"
      extra={
        <Segmented<FunnelGrouping>
          value={grouping}
          onChange={setGrouping}
          options={[
            { value: 'none', label: t('projects.funnel.byZone') },
            { value: 'park', label: t('projects.funnel.byPark') },
            { value: 'officer', label: t('projects.funnel.byOfficer') },
          ]}
          data-testid="project-funnel-grouping"
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('projects.funnel.hint')}</Typography.Paragraph>
      {funnel.error && <ApiErrorView error={funnel.error} onRetry={funnel.reload} />}
      {!data && !funnel.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {isEmpty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.funnel.empty')} />}
      {data && !isEmpty && (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12}>
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 380 }} />}>
              <FunnelChart steps={data.steps} />
            </Suspense>
          </Col>
          <Col xs={24} xl={12}>
            <StepTable steps={data.steps} />
          </Col>
          {grouping !== 'none' && (
            <Col span={24}>
              <Typography.Title level={5}>
                {grouping === 'park' ? t('projects.funnel.byPark') : t('projects.funnel.byOfficer')}
              </Typography.Title>
              {data.groups.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.funnel.noGroups')} />
              ) : (
                <GroupTable groups={data.groups} steps={data.steps} grouping={grouping} />
              )}
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
