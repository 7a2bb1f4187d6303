import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { ExpiringQualificationList } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { useCurrentUser } from '../../app/session/session';
import { levelKeys } from './enterprise-labels';
import { listExpiringQualifications, listQualificationTypes } from './enterprises-api';
import { DaysLeft, QualificationStatusTag } from './qualification-status';

type Row = ExpiringQualificationList['items'][number];

const dayChoices = [30, 60, 90, 180] as const;
const defaultDays = 90;
const defaultPageSize = 20;

/** 资质到期提醒: the zone's qualifications ending within 30/60/90/180 days, so renewals are not missed. */
export function ExpiringQualificationsPage() {
  const user = useCurrentUser();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const daysParam = Number(params.get('days'));
  const withinDays = dayChoices.find((days) => days === daysParam) ?? defaultDays;
  const type = params.get('type') ?? undefined;
  const includeExpired = params.get('expired') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || defaultPageSize));
  const isEnterpriseUser = user.role === 'enterprise';

  const list = useApiQuery(
    (signal) =>
      isEnterpriseUser
        ? Promise.resolve(undefined)
        : listExpiringQualifications({ withinDays, type, includeExpired, page, pageSize }, signal),
    [withinDays, type, includeExpired, page, pageSize, isEnterpriseUser],
  );
  const types = useApiQuery((signal) => listQualificationTypes(signal), []);

  if (isEnterpriseUser) return <ForbiddenPage />;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('enterprise.name'),
      key: 'enterprise',
      render: (_value, row) => (
        <Link to={`/enterprises/${row.enterprise.id}?tab=qualifications`} data-testid="enterprise-link">
          {row.enterprise.name}
        </Link>
      ),
    },
    { title: t('qualification.type'), dataIndex: 'typeName' },
    { title: t('qualification.level'), key: 'level', render: (_value, row) => t(levelKeys[row.level]) },
    {
      title: t('qualification.certificateNumber'),
      key: 'certificateNumber',
      render: (_value, row) =>
        row.certificateNumber ? <span className="gx-mono">{row.certificateNumber}</span> : '—',
    },
    { title: t('qualification.expiresOn'), key: 'expiresOn', render: (_value, row) => row.expiresOn ?? '—' },
    {
      title: t('expiring.daysLeft'),
      key: 'daysLeft',
      render: (_value, row) => (row.expiresOn ? <DaysLeft expiresOn={row.expiresOn} /> : '—'),
    },
    {
      title: t('qualification.status'),
      key: 'status',
      render: (_value, row) => <QualificationStatusTag status={row.status} expiresOn={null} />,
    },
  ];

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('expiring.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('expiring.hint')}</Typography.Text>
        </div>
        <Link to="/enterprises">
          <Button icon={<ArrowLeftOutlined />}>{t('enterprise.backToList')}</Button>
        </Link>
      </div>
      <Space wrap size={[16, 12]} style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>{t('expiring.within')}</Typography.Text>
          <Segmented
            value={withinDays}
            options={dayChoices.map((days) => ({ value: days, label: t('expiring.days', { days }) }))}
            onChange={(value) => update({ days: value === defaultDays ? undefined : String(value) })}
            data-testid="expiring-days"
          />
        </Space>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('enterprise.allQualifications')}
          value={type}
          loading={types.loading}
          options={(types.data ?? []).map((item) => ({ value: item.code, label: item.name }))}
          onChange={(value: string | undefined) => update({ type: value })}
          aria-label={t('qualification.type')}
        />
        <Space>
          <Switch
            checked={includeExpired}
            onChange={(checked) => update({ expired: checked ? 'true' : undefined })}
            data-testid="expiring-include-expired"
          />
          <Typography.Text>{t('expiring.includeExpired')}</Typography.Text>
        </Space>
      </Space>
      {list.error ? (
        <ApiErrorView error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.loading}
          locale={{
            emptyText: (
              <Empty
                description={t(includeExpired ? 'expiring.emptyWithExpired' : 'expiring.empty', {
                  days: withinDays,
                })}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) =>
              update({
                page: nextPage > 1 ? String(nextPage) : undefined,
                pageSize: nextSize === defaultPageSize ? undefined : String(nextSize),
              }),
          }}
        />
      )}
    </Card>
  );
}
