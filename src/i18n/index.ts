/**
 * i18next set-up: Swedish first, English second. One namespace per feature; each feature owns
 * its texts next to its code and is registered here.
 *
 * The chosen language is remembered per tab in sessionStorage (never localStorage), and
 * <html lang> follows it so screen readers pronounce the page right.
 */
import { createInstance, type i18n as I18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appStorageKey } from '../config/appStorage';
import { FEATURE_RESOURCES } from './resources';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGE_STORAGE_KEY = appStorageKey('lang');

type Namespace = keyof typeof FEATURE_RESOURCES;
export const NAMESPACES = Object.keys(FEATURE_RESOURCES) as Namespace[];

function resourcesFor(language: Language): ResourceLanguage {
  return Object.fromEntries(NAMESPACES.map((ns) => [ns, FEATURE_RESOURCES[ns][language]]));
}

const resources = { sv: resourcesFor('sv'), en: resourcesFor('en') };

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((lang) => lang === value);
}

/** A fresh, synchronously initialised instance (tests create one each, so they cannot leak a language). */
export function createAppI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // React escapes text itself; escaping here too would show &amp; etc.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function storedLanguage(): Language {
  try {
    const value = window.sessionStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts until reload, which is acceptable.
  }
}

/** Keeps <html lang> equal to the current language; returns an unsubscribe function. */
export function syncHtmlLang(instance: I18n, root: HTMLElement = document.documentElement): () => void {
  const apply = (lng: string) => {
    root.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}

/** Changes language, remembers it for this tab. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  rememberLanguage(language);
  await instance.changeLanguage(language);
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}
