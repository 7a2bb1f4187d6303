import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

/** Shown when the server cannot be reached at start-up, with a retry. */
export function ServerUnavailablePage({ message }: { message: string }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <Result
      status="warning"
      title={t('unavailable.title')}
      subTitle={message}
      extra={
        <Button type="primary" onClick={() => void refresh()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
