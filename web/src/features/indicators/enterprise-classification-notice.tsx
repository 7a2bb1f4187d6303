import { displayFigure, enterpriseScaleLabels, type EnterpriseFiguresResponse } from '@gaoxin/domain';
import { Alert } from 'antd';
import { useI18n } from '../../app/i18n/i18n';

type Classification = NonNullable<EnterpriseFiguresResponse['classification']>;

/**
 * 规上 and scale as the last full year's returns suggest them (industrial enterprises only), shown
 * beside what the record says, so the officer can correct the record; never changed automatically.
 */
export function EnterpriseClassificationNotice({ classification }: { classification: Classification }) {
  const { t } = useI18n();
  const differs =
    classification.suggestedAboveScale !== classification.isAboveScale ||
    (classification.suggestedScale !== null && classification.suggestedScale !== classification.scale);
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const scale = (value: Classification['scale']) =>
    value ? enterpriseScaleLabels[value] : t('economy.figures.classification.unset');
  return (
    <Alert
      type={differs ? 'warning' : 'info'}
      showIcon
      data-testid="figures-classification"
      title={t(differs ? 'economy.figures.classification.differs' : 'economy.figures.classification.agrees')}
      description={t('economy.figures.classification.text', {
        year: classification.year,
        revenue: displayFigure(classification.revenue, '万元', 2),
        suggestedAboveScale: yesNo(classification.suggestedAboveScale),
        isAboveScale: yesNo(classification.isAboveScale),
        threshold: displayFigure(String(classification.threshold), '万元', 0),
        suggestedScale: classification.suggestedScale
          ? enterpriseScaleLabels[classification.suggestedScale]
          : t(
              classification.employees === null
                ? 'economy.figures.classification.noEmployees'
                : 'economy.figures.classification.noScaleRule',
            ),
        scale: scale(classification.scale),
      })}
    />
  );
}
