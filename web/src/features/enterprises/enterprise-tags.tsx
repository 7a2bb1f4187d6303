import { Tag } from 'antd';
import type { EnterpriseSummary } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';

/** The flags of an enterprise as tags: above-scale (规上), key enterprise, demo data. */
export function EnterpriseTags({ enterprise }: { enterprise: EnterpriseSummary }) {
  const { t } = useI18n();
  return (
    <>
      {enterprise.isAboveScale && <Tag color="blue">{t('enterprise.aboveScale')}</Tag>}
      {enterprise.isKey && <Tag color="gold">{t('enterprise.key')}</Tag>}
      {enterprise.isDemo && <Tag color="orange">{t('common.demoData')}</Tag>}
    </>
  );
}
