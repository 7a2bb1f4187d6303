import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  getLanguage,
  isLanguageLoaded,
  loadLanguage,
  storeLanguage,
  translate,
  type Language,
  type MessageKey,
} from './translate';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function applyLanguage(language: Language): void {
  storeLanguage(language);
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

/** Holds the UI language (Chinese by default, remembered in localStorage) for the whole app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = getLanguage();
    applyLanguage(initial);
    return initial;
  });

  // English, remembered from an earlier visit, arrives as its own chunk before the first render.
  const [isReady, setReady] = useState(() => isLanguageLoaded(language));
  useEffect(() => {
    if (isReady) return;
    void loadLanguage(language).then(
      () => setReady(true),
      () => {
        applyLanguage('zh');
        setLanguageState('zh');
      },
    );
  }, [isReady, language]);

  const setLanguage = useCallback((next: Language) => {
    void loadLanguage(next).then(() => {
      applyLanguage(next);
      setLanguageState(next);
    });
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => translate(key, params, language) }),
    [language, setLanguage],
  );
  if (!isReady && language !== 'zh') return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and the `t` function that looks messages up in it. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
