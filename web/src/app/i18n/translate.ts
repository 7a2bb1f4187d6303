import { formatMessage, type Language } from '@gaoxin/domain';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import { featureMessageLoaders, type FeatureMessageKey, type FeatureMessages } from './feature-messages';
import { zh, type CoreMessageKey } from './zh';

export type { Language };
/** Every key of the UI: the shell's, always loaded, and the features', loaded with their pages. */
export type MessageKey = CoreMessageKey | FeatureMessageKey;

const storageKey = 'gaoxin.language';
/**
 * The Chinese text loaded so far: the shell's from the start, each feature's once a route has asked
 * for it. Chinese is also the reference: a key is usable only once its Chinese text is here, in
 * either language, so a page that forgot to declare a dictionary fails in Chinese and English alike.
 */
const chinese: Partial<Record<MessageKey, string>> = { ...zh };
const loadedFeatures = new Map<FeatureMessages, Promise<void>>();
/** English is a chunk of its own (all features at once, and antd's), fetched when someone picks it. */
let english: Record<MessageKey, string> | undefined;
let antdEnglish: Locale | undefined;

/** Whether a language's messages are here (Chinese always is). */
export function isLanguageLoaded(language: Language): boolean {
  return language === 'zh' || english !== undefined;
}

/** Fetches a language's messages once; switch to it after this resolves. */
export async function loadLanguage(language: Language): Promise<void> {
  if (isLanguageLoaded(language)) return;
  const [messages, antd] = await Promise.all([import('./en'), import('antd/es/locale/en_US')]);
  antdEnglish = antd.default;
  english = messages.en;
}

/** antd's own texts (pagination, date pickers, empty states) in a loaded language. */
export function antdLocale(language: Language): Locale {
  return language === 'en' && antdEnglish ? antdEnglish : zhCN;
}

/** Fetches the Chinese text of the given features once; a route awaits this before its page renders. */
export function loadFeatureMessages(features: readonly FeatureMessages[]): Promise<void> {
  return Promise.all(
    features.map((feature) => {
      let loading = loadedFeatures.get(feature);
      if (!loading) {
        loading = featureMessageLoaders[feature]().then((messages) => void Object.assign(chinese, messages));
        // A failed fetch (a new deployment, the network) may be retried by the next navigation.
        loading.catch(() => loadedFeatures.delete(feature));
        loadedFeatures.set(feature, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
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
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may forbid storage (and tests have no window); the choice then lasts for this page only.
  }
}

/** Whether a computed key (e.g. from a server code) has a message among those loaded. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(chinese, key);
}

/** A key whose feature's text was never loaded: the route of the page forgot to declare it. */
function missingMessage(key: string): string {
  const problem = `The text of "${key}" is not loaded: add its feature to the page's route (app/lazy-page.ts)`;
  // Tests and development stop at once; a production user sees the key rather than a blank.
  if (import.meta.env.DEV) throw new Error(problem);
  console.error(problem);
  return key;
}

/** Looks a message up in the current (or given) language and fills its `{name}` placeholders. */
export function translate(
  key: MessageKey,
  params?: Record<string, string | number>,
  language: Language = currentLanguage,
): string {
  const text = chinese[key];
  if (text === undefined) return missingMessage(key);
  return formatMessage(language === 'en' && english ? english[key] : text, params);
}
