/**
 * Every namespace at once, for tests that render on-demand pages directly (without the lazy
 * routes that fetch their texts). Read from the app's one list of namespaces: the on-demand
 * texts are imported once, when this module loads.
 */
import type { i18n as I18n } from 'i18next';
import { BUNDLED_TEXTS, ON_DEMAND_TEXTS } from '../app/i18n/namespaces';
import { createI18n, type Language } from '../i18n';
import type { FeatureTexts } from '../i18n/texts';

const onDemand = await Promise.all(Object.entries(ON_DEMAND_TEXTS).map(async ([ns, load]) => [ns, await load()] as const));

export const ALL_TEXTS: Readonly<Record<string, FeatureTexts>> = { ...BUNDLED_TEXTS, ...Object.fromEntries(onDemand) };

/** An i18n instance with every namespace already there (Swedish unless told). */
export function createTestI18n(language: Language = 'sv'): I18n {
  return createI18n(language, { bundled: ALL_TEXTS });
}
