import type { Language } from './translate';

/** A date-time in the user's language and local time zone, e.g. 2025/03/01 14:05:09. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
}
