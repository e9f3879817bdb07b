/**
 * Typed texts: every `t()` key and namespace is checked by tsc against the Swedish tables of the
 * registered namespaces (./namespaces.ts), so a misspelt key or a wrong namespace fails
 * `npm run typecheck` instead of showing the raw key on screen. The English tables are held to
 * the same keys by the Texts type each i18n.ts uses (src/i18n/texts.ts).
 */
import type { AppResources } from './namespaces';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: AppResources;
  }
}
