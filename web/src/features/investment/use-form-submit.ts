import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';

/**
 * Runs one write of a dialog: shows the server's field problems next to the fields and the rest above
 * the form; a 409 goes to `onConflict` when given (the fresh record rides on the error).
 */
export function useFormSubmit<Values>(
  form: FormInstance<Values>,
  serverFields: Record<string, string>,
  onConflict?: (error: ApiError) => void,
) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const run = async <Result>(write: () => Promise<Result>): Promise<Result | undefined> => {
    setSaving(true);
    setError(undefined);
    try {
      return await write();
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409 && onConflict) onConflict(reason);
      else if (reason instanceof ApiError) setError(showFieldErrors(form, reason, serverFields));
      else setError(t('error.unexpected'));
      return undefined;
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, setError, run };
}
