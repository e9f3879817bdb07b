/**
 * The one list of namespaces: which texts exist and how each one arrives. App start-up, the lazy
 * routes, the typed keys (./types.ts) and the test helpers all read it, so a feature registers
 * its texts by adding one entry here (docs/architecture.md, "Texts (i18n)").
 *
 * BUNDLED_TEXTS come with the start-up bundle: everything on the first screen. ON_DEMAND_TEXTS
 * belong to pages and dialogs loaded on demand (message page, composer, drafts, print, settings,
 * the shortcut help, the configuration error page): their texts are fetched together with their
 * code (./routes.tsx, ShortcutHelpDialog, main.tsx), so the inbox does not download them.
 */
import type { i18n as I18n } from 'i18next';
import { createI18n, DEFAULT_LANGUAGE, type Language } from '../../i18n';
import { authResources } from '../../auth/i18n';
import { mailboxesResources } from '../../features/mailboxes/i18n';
import { messagesResources } from '../../features/messages/i18n';
import { readStateResources } from '../../features/readState/i18n';
import { commonResources } from './common';

export const BUNDLED_TEXTS = {
  common: commonResources,
  auth: authResources,
  mailboxes: mailboxesResources,
  messages: messagesResources,
  readState: readStateResources,
} as const;

// No `satisfies` here: it would widen each loader's result to FeatureTexts and lose the key types
// (createI18n checks the shape where the lists are used).
export const ON_DEMAND_TEXTS = {
  reader: () => import('../../features/reader/i18n').then((m) => m.readerResources),
  delivery: () => import('../../features/delivery/i18n').then((m) => m.deliveryResources),
  conversation: () => import('../../features/conversation/i18n').then((m) => m.conversationResources),
  print: () => import('../../features/print/i18n').then((m) => m.printResources),
  attachments: () => import('../../features/attachments/i18n').then((m) => m.attachmentsResources),
  export: () => import('../../features/export/i18n').then((m) => m.exportResources),
  compose: () => import('../../features/compose/i18n').then((m) => m.composeResources),
  settings: () => import('../../features/settings/i18n').then((m) => m.settingsResources),
  shortcuts: () => import('../../features/shortcuts/i18n').then((m) => m.shortcutsResources),
  config: () => import('../../config/i18n').then((m) => m.configResources),
  training: () => import('../../features/training/i18n').then((m) => m.trainingResources),
  // The superuser console (features/console); sections may add namespaces of their own below.
  console: () => import('../../features/console/i18n').then((m) => m.consoleResources),
  // Console sections: address book, connection test, system status (ADR 0014).
  consoleConnection: () => import('../../features/console/connection/i18n').then((m) => m.consoleConnectionResources),
  consoleRetention: () => import('../../features/console/retention/i18n').then((m) => m.consoleRetentionResources),
  consoleRollout: () => import('../../features/console/rollout/i18n').then((m) => m.consoleRolloutResources),
  // Shared mailboxes: the message page's handling panel and notes, the composer's reply guard.
  handling: () => import('../../features/handling/i18n').then((m) => m.handlingResources),
  // The list's filter panel, fetched the first time it opens (messages/list/ListToolbar.tsx).
  messageFilters: () => import('../../features/messages/list/filterPanelI18n').then((m) => m.messageFiltersResources),
} as const;

export type OnDemandNamespace = keyof typeof ON_DEMAND_TEXTS;

/** Each namespace's Swedish table: the source of the typed `t()` keys (./types.ts). */
export type AppResources = { readonly [K in keyof typeof BUNDLED_TEXTS]: (typeof BUNDLED_TEXTS)[K]['sv'] } & {
  readonly [K in OnDemandNamespace]: Awaited<ReturnType<(typeof ON_DEMAND_TEXTS)[K]>>['sv'];
};

/** The app's i18n instance: bundled texts at once, the others fetched by loadLazyTexts. */
export function createAppI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  return createI18n(language, { bundled: BUNDLED_TEXTS, onDemand: ON_DEMAND_TEXTS });
}
