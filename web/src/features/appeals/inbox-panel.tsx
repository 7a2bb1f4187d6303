import { Alert, Button, Empty, Skeleton, Switch, Tag, Typography } from 'antd';
import type { ApiError } from '../../api/client';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n, type I18n } from '../../app/i18n/i18n';
import { inboxKindKeys } from './appeal-labels';
import type { InboxMessage, InboxPage } from './appeals-api';

const urgentKinds: readonly InboxMessage['kind'][] = ['escalated', 'reopened', 'returned', 'rejected'];

/** "刚刚", "5分钟前", "3小时前", else the date and time. */
function whenText(iso: string, t: I18n['t'], language: I18n['language']): string {
  const minutes = Math.floor((Date.now() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return t('appeals.inbox.justNow');
  if (minutes < 60) return t('appeals.inbox.minutesAgo', { count: minutes });
  if (minutes < 24 * 60) return t('appeals.inbox.hoursAgo', { count: Math.floor(minutes / 60) });
  return formatDateTime(iso, language);
}

/** The inbox's panel under the bell: newest first, unread in bold, each opening its appeal or project. */
export function InboxPanel({
  inbox,
  error,
  loading,
  onlyUnread,
  onOnlyUnread,
  onOpen,
  onReadAll,
}: {
  inbox: InboxPage | undefined;
  error: ApiError | undefined;
  loading: boolean;
  onlyUnread: boolean;
  onOnlyUnread: (value: boolean) => void;
  onOpen: (item: InboxMessage) => void;
  onReadAll: () => void;
}) {
  const { t, language } = useI18n();
  const items = inbox?.items ?? [];
  return (
    <div className="gx-inbox" data-testid="inbox-panel">
      <div className="gx-inbox-head">
        <Typography.Text strong>
          {t('appeals.inbox.title')}
          {inbox && inbox.unread > 0 && (
            <Typography.Text type="secondary">
              {' '}
              · {t('appeals.inbox.unreadCount', { count: inbox.unread })}
            </Typography.Text>
          )}
        </Typography.Text>
        <span className="gx-inbox-tools">
          <Switch
            size="small"
            checked={onlyUnread}
            onChange={onOnlyUnread}
            aria-label={t('appeals.inbox.onlyUnread')}
          />
          <Typography.Text type="secondary">{t('appeals.inbox.onlyUnread')}</Typography.Text>
          <Button
            type="link"
            size="small"
            disabled={!inbox || inbox.unread === 0}
            onClick={onReadAll}
            data-testid="inbox-read-all"
          >
            {t('appeals.inbox.readAll')}
          </Button>
        </span>
      </div>
      {error && <Alert type="error" showIcon title={error.message} />}
      {!inbox && !error && loading && <Skeleton active paragraph={{ rows: 3 }} />}
      {inbox && items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={onlyUnread ? t('appeals.inbox.emptyUnread') : t('appeals.inbox.empty')}
        />
      )}
      {items.length > 0 && (
        <ul className="gx-inbox-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={item.readAt ? 'gx-inbox-item' : 'gx-inbox-item is-unread'}
                onClick={() => onOpen(item)}
                data-testid="inbox-item"
              >
                <span className="gx-inbox-item-head">
                  <Tag color={urgentKinds.includes(item.kind) ? 'red' : item.project ? 'purple' : 'blue'}>
                    {t(inboxKindKeys[item.kind])}
                  </Tag>
                  <Typography.Text type="secondary" className="gx-inbox-time">
                    {whenText(item.createdAt, t, language)}
                  </Typography.Text>
                </span>
                <span className="gx-inbox-text">{item.text}</span>
                {item.appeal && !item.text.includes(item.appeal.number) && (
                  <Typography.Text type="secondary" className="gx-inbox-appeal" ellipsis>
                    {item.appeal.number} · {item.appeal.title}
                  </Typography.Text>
                )}
                {item.project && !item.text.includes(item.project.name) && (
                  <Typography.Text type="secondary" className="gx-inbox-appeal" ellipsis>
                    {item.project.name}
                  </Typography.Text>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {inbox && inbox.total > items.length && (
        <Typography.Text type="secondary" className="gx-inbox-foot">
          {t('appeals.inbox.more', { shown: items.length, total: inbox.total })}
        </Typography.Text>
      )}
    </div>
  );
}
