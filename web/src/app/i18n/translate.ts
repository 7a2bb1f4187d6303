import { formatMessage, type Language } from '@gaoxin/domain';
import { zh, type MessageKey } from './zh';

export type { Language, MessageKey };

const storageKey = 'gaoxin.language';
/** Chinese ships with the app; English is a chunk of its own, fetched when someone picks it. */
const dictionaries: Partial<Record<Language, Record<MessageKey, string>>> = { zh };

/** Whether a language's messages are here (Chinese always is). */
export function isLanguageLoaded(language: Language): boolean {
  return dictionaries[language] !== undefined;
}

/** Fetches a language's messages once; switch to it after this resolves. */
export async function loadLanguage(language: Language): Promise<void> {
  if (dictionaries[language]) return;
  dictionaries.en = (await import('./en')).en;
}

/** The language picked earlier on this browser, Chinese by default. */
export function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let currentLanguage: Language = readStoredLanguage();

/** The language the UI speaks now; the API client sends it as Accept-Language. */
export function getLanguage(): Language {
  return currentLanguage;
}

/** Switches the language for everything that reads it outside React (the API client) and remembers it. */
export function storeLanguage(language: Language): void {
  currentLanguage = language;
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
}

/** Whether a computed key (e.g. from a server code) has a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** Looks a message up in the current (or given) language and fills its `{name}` placeholders. */
export function translate(
  key: MessageKey,
  params?: Record<string, string | number>,
  language: Language = currentLanguage,
): string {
  return formatMessage((dictionaries[language] ?? zh)[key], params);
}
