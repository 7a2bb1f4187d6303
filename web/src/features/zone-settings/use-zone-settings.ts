import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { getZoneSettings, updateZoneSettings, type ZoneSettings } from './zone-settings-api';

/**
 * The zone's settings and one versioned save: a 409 reloads the fresh record and says so; other
 * errors are returned for the form to place on its fields.
 */
export function useZoneSettings() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const query = useApiQuery((signal) => getZoneSettings(signal), []);
  const [busy, setBusy] = useState(false);
  const save = async (
    changes: Omit<Parameters<typeof updateZoneSettings>[0], 'version'>,
  ): Promise<{ saved?: ZoneSettings; error?: ApiError }> => {
    if (!query.data) return {};
    setBusy(true);
    try {
      const saved = await updateZoneSettings({ ...changes, version: query.data.version });
      void message.success(t('zoneSettings.saved'));
      query.reload();
      return { saved };
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT') {
        void message.warning(t('zoneSettings.conflict'));
        query.reload();
        return {};
      }
      if (error instanceof ApiError) return { error };
      void message.error(t('error.unexpected'));
      return {};
    } finally {
      setBusy(false);
    }
  };
  return { ...query, busy, save };
}
