import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

/** Shown in place of a page the signed-in user's role may not open. */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={t('forbidden.description')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
