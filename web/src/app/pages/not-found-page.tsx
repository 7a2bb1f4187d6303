import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

interface NotFoundPageProps {
  /** A record the user asked for that does not exist or is out of their reach, rather than an unknown address. */
  isRecord?: boolean;
}

/** "Not found" for unknown addresses and for records the API answers 404 for. */
export function NotFoundPage({ isRecord = false }: NotFoundPageProps) {
  const { t } = useI18n();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={isRecord ? t('notFound.recordTitle') : t('notFound.title')}
        subTitle={isRecord ? t('notFound.recordDescription') : t('notFound.description')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
