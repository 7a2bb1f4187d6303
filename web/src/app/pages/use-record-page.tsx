import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton } from 'antd';
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorView } from './api-error-view';
import { NotFoundPage } from './not-found-page';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RecordPage<T> {
  /** The record to show: the one a write or a 409 answered with until the reload brings it (or newer). */
  record: T | undefined;
  /** What to show instead while there is no record: not found, the error, or a skeleton. */
  placeholder: ReactNode;
  /** Loads the record again. */
  reload: () => void;
  /** A write answered with the fresh record: show it at once and reload behind it. */
  update: (next: T) => void;
  /** A write that succeeded clears a conflict shown before, then shows the fresh record. */
  done: (next: T) => void;
  /** A 409: show the fresh record, say why (a plain version conflict needs no more words), reload. */
  conflicted: (current: T | undefined, reason: ApiError) => void;
  /** Undefined while there is no conflict; '' for a plain one; else the server's explanation. */
  conflict: string | undefined;
  clearConflict: () => void;
  /** Back to the list it came from when opened inside the app; else to `fallbackPath`. */
  back: () => void;
}

/**
 * The scaffolding every detail page shares: an id from the address (a malformed one is "not found"
 * without asking the server), loading / not-found / error states, the record a write or a 409
 * answered with, the conflict notice and the way back.
 */
export function useRecordPage<T extends { id: string }>(
  id: string,
  load: (id: string, signal: AbortSignal) => Promise<T>,
  options: { fallbackPath: string; conflictMessage: string; skeletonRows?: number },
): RecordPage<T> {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isValidId = uuidPattern.test(id);
  const query = useApiQuery(
    (signal) => (isValidId ? load(id, signal) : Promise.resolve(undefined)),
    [id, isValidId],
  );
  const [fresh, setFresh] = useState<T>();
  const [conflict, setConflict] = useState<string>();
  useEffect(() => setFresh(undefined), [query.data]);
  useEffect(() => setConflict(undefined), [id]);

  const shown = fresh?.id === id ? fresh : query.data;
  const record = shown?.id === id ? shown : undefined;
  const placeholder = !isValidId ? (
    <NotFoundPage isRecord />
  ) : query.error ? (
    <ApiErrorView error={query.error} onRetry={query.reload} />
  ) : (
    <Card>
      <Skeleton active paragraph={{ rows: options.skeletonRows ?? 10 }} />
    </Card>
  );
  const update = (next: T) => {
    setFresh(next);
    query.reload();
  };
  return {
    // An error wins over a record kept from before, as the pages always did.
    record: isValidId && !query.error ? record : undefined,
    placeholder,
    reload: query.reload,
    update,
    done: (next) => {
      setConflict(undefined);
      update(next);
    },
    conflicted: (current, reason) => {
      if (current) setFresh(current);
      setConflict(reason.code === 'CONFLICT' ? '' : reason.message);
      void message.warning(options.conflictMessage);
      query.reload();
    },
    conflict,
    clearConflict: () => setConflict(undefined),
    back: () => {
      const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
      if (index > 0) void navigate(-1);
      else void navigate(options.fallbackPath);
    },
  };
}

/** The detail page's "back to the list" link. */
export function RecordBackButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button
      type="link"
      size="small"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0 }}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}

/** The notice that someone else changed the record first; closable. */
export function RecordConflictAlert({
  page,
  title,
  testId,
  style,
}: {
  page: Pick<RecordPage<unknown>, 'conflict' | 'clearConflict'>;
  title: string;
  testId: string;
  style?: CSSProperties;
}) {
  if (page.conflict === undefined) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      description={page.conflict || undefined}
      closable={{ onClose: page.clearConflict }}
      style={style ?? { margin: '8px 0' }}
      data-testid={testId}
    />
  );
}
