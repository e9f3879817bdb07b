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

function resourcesFor(bundles: Record<string, FeatureTexts>, language: Language): ResourceLanguage {
  return Object.fromEntries(Object.entries(bundles).map(([ns, texts]) => [ns, texts[language]]));
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((lang) => lang === value);
}

/**
 * A fresh, synchronously initialised instance (tests create one each, so they cannot leak a
 * language). `bundles` defaults to the start-up texts; tests that render on-demand pages
 * directly pass every namespace (src/testing/allTexts.ts).
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

const textRequests = new WeakMap<I18n, Map<LazyNamespace, Promise<void>>>();

/**
 * Fetches one on-demand namespace into `instance` (both languages, so switching language needs no
 * fetch). Null when it is there already; otherwise one request shared by every caller (a page and
 * a dialog may ask at once). A failed fetch is forgotten, so the next call tries again.
 */
function lazyTextsRequest(instance: I18n, namespace: LazyNamespace): Promise<void> | null {
  if (instance.hasResourceBundle(DEFAULT_LANGUAGE, namespace)) return null;
  let requests = textRequests.get(instance);
  if (!requests) {
    requests = new Map();
    textRequests.set(instance, requests);
  }
  let request = requests.get(namespace);
  if (!request) {
    request = LAZY_RESOURCES[namespace]().then(
      (texts) => {
        for (const language of LANGUAGES) instance.addResourceBundle(language, namespace, texts[language], true, true);
      },
      (error: unknown) => {
        requests.delete(namespace);
        throw error;
      },
    );
    requests.set(namespace, request);
  }
  return request;
}

/** Fetches the texts of on-demand pages and dialogs (src/i18n/resources.ts LAZY_RESOURCES). */
export async function loadLazyTexts(instance: I18n, namespaces: readonly LazyNamespace[]): Promise<void> {
  await Promise.all(namespaces.map((ns) => lazyTextsRequest(instance, ns)));
}
