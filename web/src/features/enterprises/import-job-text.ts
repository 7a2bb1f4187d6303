import { formatMessage } from '@gaoxin/domain';
import { useI18n } from '../../app/i18n/i18n';
import { importJobEn } from './messages.en';
import { importJobZh, type ImportJobMessageKey } from './messages.zh';

/** Looks the import job's texts up in the UI's current language. */
export function useImportJobText() {
  const { language } = useI18n();
  const messages = language === 'en' ? importJobEn : importJobZh;
  return (key: ImportJobMessageKey, params?: Record<string, string | number>) =>
    formatMessage(messages[key], params);
}
