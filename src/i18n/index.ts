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
import { LAZY_RESOURCES, STARTUP_RESOURCES, type LazyNamespace } from './resources';
import type { FeatureTexts } from './texts';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGE_STORAGE_KEY = appStorageKey('lang');

/** The namespaces bundled with the app (the others come with their pages: loadLazyTexts). */
export const NAMESPACES = Object.keys(STARTUP_RESOURCES);

function resourcesFor(bundles: Record<string, FeatureTexts>, language: Language): ResourceLanguage {
  return Object.fromEntries(Object.entries(bundles).map(([ns, texts]) => [ns, texts[language]]));
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((lang) => lang === value);
}

/**
 * A fresh, synchronously initialised instance (tests create one each, so they cannot leak a
 * language). `bundles` defaults to the start-up texts; tests that render on-demand pages
 * directly pass every namespace (src/test/allTexts.ts).
 */
export function createAppI18n(language: Language = DEFAULT_LANGUAGE, bundles: Record<string, FeatureTexts> = STARTUP_RESOURCES): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: resourcesFor(bundles, 'sv'), en: resourcesFor(bundles, 'en') },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(bundles),
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

/** Fetches the texts of on-demand pages (both languages, so switching language needs no fetch). */
export async function loadLazyTexts(instance: I18n, namespaces: readonly LazyNamespace[]): Promise<void> {
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(DEFAULT_LANGUAGE, ns));
  const loaded = await Promise.all(missing.map(async (ns) => [ns, await LAZY_RESOURCES[ns]()] as const));
  for (const [ns, texts] of loaded) {
    for (const language of LANGUAGES) instance.addResourceBundle(language, ns, texts[language], true, true);
  }
}
