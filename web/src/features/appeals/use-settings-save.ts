import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';

/**
 * Saves a settings draft with the version it was read at. Success and a 409 (someone saved first)
 * both reload the settings; other problems are listed above the form.
 */
export function useSettingsSave(texts: { saved: string; conflict: string }, reload: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const save = async (write: () => Promise<unknown>) => {
    setSaving(true);
    setError(undefined);
    try {
      await write();
      void message.success(texts.saved);
      reload();
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409) {
        void message.warning(texts.conflict);
        reload();
      } else if (reason instanceof ApiError) {
        setError(
          [reason.message, ...reason.details.map((detail) => `${detail.field}: ${detail.message}`)].join(
            '；',
          ),
        );
      } else {
        setError(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, save };
}
