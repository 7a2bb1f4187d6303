import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';

/**
 * Runs one write of a department or sub-park: success and 409 (someone else changed it: reload)
 * are told here; field errors are handed back to the form.
 */
export function useRecordSave(reload: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async <T>(write: () => Promise<T>): Promise<{ saved?: T; error?: ApiError }> => {
    setBusy(true);
    try {
      const saved = await write();
      void message.success(t('zoneSettings.saved'));
      reload();
      return { saved };
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT') {
        void message.warning(t('zoneSettings.conflict'));
        reload();
        return {};
      }
      if (error instanceof ApiError) {
        if (error.details.length === 0) void message.error(error.message);
        return { error };
      }
      void message.error(t('error.unexpected'));
      return {};
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
