import { BellOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { App, Button, Popover, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { useCurrentUser } from '../../app/session/session';
import { listInbox, markAllInboxRead, markInboxRead, type InboxMessage } from './appeals-api';
import { InboxPanel } from './inbox-panel';
import './appeals.css';

const pollMs = 60_000;
const shown = 10;

/** Loads again every minute while the tab is visible, so the badge follows new messages. */
function usePolling(reload: () => void) {
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (!document.hidden) reload();
    }, pollMs);
    const onVisible = () => {
      if (!document.hidden) reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);
}

/**
 * The header's bell: the unread count as a badge (polled every minute), and a panel with the newest
 * messages; a click marks one read and opens its appeal or project; 全部已读 clears the badge.
 */
export function InboxBell() {
  const user = useCurrentUser();
  if (!can(user.role, 'inbox.read')) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const inbox = useApiQuery(
    (signal) => listInbox({ unread: onlyUnread ? 'true' : undefined, page: 1, pageSize: shown }, signal),
    [onlyUnread],
  );
  usePolling(inbox.reload);
  const unread = inbox.data?.unread ?? 0;

  const fail = (reason: unknown) =>
    void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
  const openMessage = async (item: InboxMessage) => {
    setOpen(false);
    try {
      if (!item.readAt) await markInboxRead(item.id);
    } catch (reason) {
      fail(reason);
    }
    inbox.reload();
    if (item.appeal) void navigate(`/appeals/${item.appeal.id}`);
    else if (item.project) void navigate(`/projects/${item.project.id}`);
  };
  const readAll = async () => {
    try {
      await markAllInboxRead();
      inbox.reload();
    } catch (reason) {
      fail(reason);
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) inbox.reload();
      }}
      trigger="click"
      placement="bottomRight"
      content={
        <InboxPanel
          inbox={inbox.data}
          error={inbox.error}
          loading={inbox.loading}
          onlyUnread={onlyUnread}
          onOnlyUnread={setOnlyUnread}
          onOpen={(item) => void openMessage(item)}
          onReadAll={() => void readAll()}
        />
      }
    >
      <Tooltip title={t('appeals.inbox.title')} open={open ? false : undefined}>
        <Button
          type="text"
          className="gx-inbox-bell"
          aria-label={
            unread > 0 ? t('appeals.inbox.labelUnread', { count: unread }) : t('appeals.inbox.title')
          }
          data-testid="inbox-bell"
        >
          <BellOutlined style={{ fontSize: 18 }} />
          {unread > 0 && (
            <span className="gx-inbox-count" data-testid="inbox-unread">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </Button>
      </Tooltip>
    </Popover>
  );
}
