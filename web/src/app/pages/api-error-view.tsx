import { Alert, Button } from 'antd';
import type { ApiError } from '../../api/client';
import { useI18n } from '../i18n/i18n';
import { ForbiddenPage } from './forbidden-page';
import { NotFoundPage } from './not-found-page';

/** Turns a failed read into the right page: 403, "record not found", or the server's message with a retry. */
export function ApiErrorView({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  if (error.status === 403) return <ForbiddenPage />;
  if (error.status === 404) return <NotFoundPage isRecord />;
  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
