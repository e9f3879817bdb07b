/**
 * i18next set-up: Swedish first, English second. This folder holds only the mechanism (creating
 * an instance, fetching on-demand texts, formatting); which namespaces exist and where their
 * texts come from is decided by the app (src/app/i18n/namespaces.ts), so no lower layer imports
 * a feature's texts.
 *
 * The chosen language is remembered per tab in sessionStorage (never localStorage), and
 * <html lang> follows it so screen readers pronounce the page right.
 */
import { createInstance, type i18n as I18n, type ResourceLanguage, type TypeOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appStorageKey } from '../config/appStorage';
import type { FeatureTexts } from './texts';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGE_STORAGE_KEY = appStorageKey('lang');

/** Every namespace the app registers (the keys of the typed resources, src/app/i18n/types.ts). */
export type NamespaceName = keyof TypeOptions['resources'] & string;

/** Fetches one namespace's texts in both languages (a dynamic import of its i18n.ts). */
export type TextsLoader = () => Promise<FeatureTexts>;

export interface AppTexts {
  /** Texts bundled with the code that creates the instance: available at once. */
  readonly bundled: Readonly<Record<string, FeatureTexts>>;
  /** Texts of pages and dialogs loaded on demand, fetched by loadLazyTexts. */
  readonly onDemand?: Readonly<Record<string, TextsLoader>>;
}

function resourcesFor(bundles: Readonly<Record<string, FeatureTexts>>, language: Language): ResourceLanguage {
  return Object.fromEntries(Object.entries(bundles).map(([ns, texts]) => [ns, texts[language]]));
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((lang) => lang === value);
}

/**
 * Per instance, keyed by its resource store: react-i18next's useTranslation hands out a wrapper
 * object around the instance (a new one per language), while the store is the same object in
 * the instance and every wrapper.
 */
const loaders = new WeakMap<object, Readonly<Record<string, TextsLoader>>>();

/**
 * A fresh, synchronously initialised instance (tests create one each, so they cannot leak a
 * language) with the bundled texts; the on-demand loaders are remembered for loadLazyTexts.
 */
export function createI18n(language: Language, texts: AppTexts): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: resourcesFor(texts.bundled, 'sv'), en: resourcesFor(texts.bundled, 'en') },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(texts.bundled),
    defaultNS: 'common',
    // React escapes text itself; escaping here too would show &amp; etc.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  loaders.set(instance.store, texts.onDemand ?? {});
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

const textRequests = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * Fetches one on-demand namespace into `instance` (both languages, so switching language needs no
 * fetch). Null when it is there already; otherwise one request shared by every caller (a page and
 * a dialog may ask at once). A failed fetch is forgotten, so the next call tries again.
 */
function lazyTextsRequest(instance: I18n, namespace: NamespaceName): Promise<void> | null {
  if (instance.hasResourceBundle(DEFAULT_LANGUAGE, namespace)) return null;
  let requests = textRequests.get(instance.store);
  if (!requests) {
    requests = new Map();
    textRequests.set(instance.store, requests);
  }
  let request = requests.get(namespace);
  if (!request) {
    const load = loaders.get(instance.store)?.[namespace];
    if (!load) return Promise.reject(new Error(`No texts registered for the namespace ${namespace}`));
    request = load().then(
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

/** Fetches the texts of on-demand pages and dialogs (the loaders handed to createI18n). */
export async function loadLazyTexts(instance: I18n, namespaces: readonly NamespaceName[]): Promise<void> {
  await Promise.all(namespaces.map((ns) => lazyTextsRequest(instance, ns)));
}
