import { PlusOutlined } from '@ant-design/icons';
import { can, type Role } from '@gaoxin/domain';
import { Button, Card, Empty, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { listDepartments } from '../users/users-api';
import { AppealFilters } from './appeal-filters';
import { AppealTable } from './appeal-table';
import { listAppeals, listCategories } from './appeals-api';
import { defaultPageSize, useAppealListParams } from './use-appeal-list-params';
import './appeals.css';

/** "提交诉求": enterprise users file their own; officers file on an enterprise's behalf. */
export function NewAppealButton({ enterpriseId }: { enterpriseId?: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  if (!can(user.role, 'appeal.file')) return null;
  const target = enterpriseId
    ? `/appeals/new?enterpriseId=${encodeURIComponent(enterpriseId)}`
    : '/appeals/new';
  return (
    <Link to={target}>
      <Button type="primary" icon={<PlusOutlined />} data-testid="appeal-new-button">
        {user.role === 'enterprise' ? t('appeals.new.button') : t('appeals.new.buttonOfficer')}
      </Button>
    </Link>
  );
}

/** Title, hint and empty text of a list, by who reads it and which scope. */
function listTexts(
  role: Role,
  scope: 'mine' | 'all',
): { title: MessageKey; hint: MessageKey; empty: MessageKey } {
  if (role === 'enterprise')
    return scope === 'mine'
      ? { title: 'appeals.nav.ownTodo', hint: 'appeals.list.ownTodoHint', empty: 'appeals.list.emptyOwnTodo' }
      : { title: 'appeals.nav.own', hint: 'appeals.list.ownHint', empty: 'appeals.list.emptyOwn' };
  if (role === 'leader')
    return scope === 'mine'
      ? {
          title: 'appeals.nav.escalated',
          hint: 'appeals.list.escalatedHint',
          empty: 'appeals.list.emptyEscalated',
        }
      : { title: 'appeals.nav.all', hint: 'appeals.list.allHintLeader', empty: 'appeals.list.emptyAll' };
  return scope === 'mine'
    ? { title: 'appeals.nav.mine', hint: 'appeals.list.mineHint', empty: 'appeals.list.emptyMine' }
    : { title: 'appeals.nav.all', hint: 'appeals.list.allHint', empty: 'appeals.list.emptyAll' };
}

/**
 * A list of appeals: 我的待办 / 超时督办 / 待我处理 (scope mine, by deadline), 全部诉求 or, for
 * enterprise users, 我的诉求 (scope all, newest first). Filters, sort and page live in the address.
 */
export function AppealListPage({ scope }: { scope: 'mine' | 'all' }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const isEnterprise = user.role === 'enterprise';
  const { filter, update, hasFilters, clear } = useAppealListParams(
    scope,
    scope === 'mine' ? 'deadline' : 'submitted',
  );
  const appeals = useApiQuery((signal) => listAppeals(filter, signal), [JSON.stringify(filter)]);
  const categories = useApiQuery(
    (signal) => (isEnterprise ? Promise.resolve([]) : listCategories(true, signal)),
    [isEnterprise],
  );
  const departments = useApiQuery(
    (signal) => (isEnterprise ? Promise.resolve([]) : listDepartments(signal)),
    [isEnterprise],
  );

  const texts = listTexts(user.role, scope);
  const emptyText = hasFilters ? t('appeals.list.emptyFiltered') : t(texts.empty);

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(texts.title)}
          </Typography.Title>
          <Typography.Text type="secondary">{t(texts.hint)}</Typography.Text>
        </div>
        <NewAppealButton />
      </div>
      <AppealFilters
        filter={filter}
        update={update}
        hasFilters={hasFilters}
        clear={clear}
        categories={categories.data}
        departments={departments.data}
        isEnterprise={isEnterprise}
      />
      {appeals.error ? (
        <ApiErrorView error={appeals.error} onRetry={appeals.reload} />
      ) : (
        <AppealTable
          items={appeals.data?.items}
          loading={appeals.loading}
          hide={isEnterprise ? ['enterprise'] : []}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
          paging={{
            page: filter.page,
            pageSize: filter.pageSize,
            total: appeals.data?.total ?? 0,
            onChange: (page, pageSize) =>
              update({
                page: page > 1 && pageSize === filter.pageSize ? String(page) : undefined,
                pageSize: pageSize === defaultPageSize ? undefined : String(pageSize),
              }),
          }}
        />
      )}
    </Card>
  );
}
