import { App } from 'antd';
import type { WriteWarning } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';

/** Shows the warnings the server returned beside a successful save (they stay a little longer). */
export function useShowWarnings(): (warnings: WriteWarning[]) => void {
  const { t } = useI18n();
  const { notification } = App.useApp();
  return (warnings) => {
    if (warnings.length === 0) return;
    notification.warning({
      title: t('enterprise.savedWithWarnings'),
      description: (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {warnings.map((warning, index) => (
            <li key={index}>{warning.message}</li>
          ))}
        </ul>
      ),
      duration: 10,
    });
  };
}
