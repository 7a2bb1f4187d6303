import { Empty, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { NewAppealButton } from './appeal-list-page';
import { AppealTable } from './appeal-table';
import { listAppeals } from './appeals-api';
import './appeals.css';

const pageSize = 10;

/** The profile's 企业诉求 tab: the enterprise's appeals, newest first, and 提交诉求 for those who may file. */
export function EnterpriseAppealsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const appeals = useApiQuery(
    (signal) => listAppeals({ scope: 'all', enterpriseId, sort: 'submitted', page, pageSize }, signal),
    [enterpriseId, page],
  );

  return (
    <div data-testid="enterprise-appeals">
      <div className="gx-page-header" style={{ alignItems: 'center' }}>
        <Typography.Text type="secondary">{t('appeals.profile.hint')}</Typography.Text>
        <NewAppealButton enterpriseId={user.role === 'enterprise' ? undefined : enterpriseId} />
      </div>
      {appeals.error ? (
        <ApiErrorView error={appeals.error} onRetry={appeals.reload} />
      ) : (
        <AppealTable
          items={appeals.data?.items}
          loading={appeals.loading}
          hide={['enterprise']}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.profile.empty')} />}
          paging={{
            page,
            pageSize,
            total: appeals.data?.total ?? 0,
            sizeChanger: false,
            onChange: (next) => setPage(next),
          }}
        />
      )}
    </div>
  );
}
