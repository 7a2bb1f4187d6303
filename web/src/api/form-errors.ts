import type { FormInstance } from 'antd';
import type { ApiError } from './client';

/**
 * Puts the server's field-level problems next to the matching form fields and returns what is left to
 * show above the form (the overall message when no field matched).
 */
export function showFieldErrors(
  form: FormInstance,
  error: ApiError,
  fieldsByServerName: Record<string, string>,
): string | undefined {
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const detail of error.details) {
    const field = fieldsByServerName[detail.field];
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else unmatched.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size === 0) return [error.message, ...unmatched].join('；');
  return unmatched.length > 0 ? unmatched.join('；') : undefined;
}
