import { Tag } from 'antd';
import type { EnterpriseSummary } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';
import { qualificationShortKeys } from './enterprise-labels';

const qualificationColors: Record<string, string> = {
  hnte: 'geekblue',
  techSme: 'cyan',
  innovativeSme: 'cyan',
  specialized: 'purple',
  littleGiant: 'magenta',
  listed: 'volcano',
  gazelle: 'lime',
  unicorn: 'gold',
};

/**
 * The flags of an enterprise as tags: its current qualifications (高企, 科小, 专精特新 …), above-scale
 * (规上), key enterprise and demo data. `typeNames` names zone-specific qualification types.
 */
export function EnterpriseTags({
  enterprise,
  typeNames,
}: {
  enterprise: EnterpriseSummary;
  typeNames?: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  // 规上 is shown from the flag below; the qualification of the same name would repeat it.
  const qualifications = enterprise.qualificationTypes.filter((type) => type !== 'aboveScale');
  return (
    <span className="gx-tags">
      {enterprise.isAboveScale && <Tag color="blue">{t('enterprise.aboveScaleShort')}</Tag>}
      {enterprise.isKey && <Tag color="gold">{t('enterprise.keyShort')}</Tag>}
      {qualifications.map((type) => {
        const key = qualificationShortKeys[type];
        return (
          <Tag key={type} color={qualificationColors[type] ?? 'default'}>
            {key ? t(key) : (typeNames?.get(type) ?? type)}
          </Tag>
        );
      })}
      {enterprise.isDemo && (
        <Tag color="orange" variant="outlined">
          {t('common.demoData')}
        </Tag>
      )}
    </span>
  );
}
