/**
 * Every namespace's texts, one entry per feature.
 *
 * STARTUP_RESOURCES are bundled with the app: the texts of everything on the first screen.
 * LAZY_RESOURCES belong to pages and dialogs loaded on demand (message page, composer, drafts,
 * print, settings, the shortcut help, the configuration error page): their texts are fetched
 * together with their code (src/app/routes.tsx, ShortcutHelpDialog, main.tsx), so the inbox does
 * not download them. A feature registers its texts by adding one entry to one of the two lists.
 */
import { commonResources } from '../app/i18n';
import { authResources } from '../auth/i18n';
import { mailboxesResources } from '../features/mailboxes/i18n';
import { messagesResources } from '../features/messages/i18n';
import { messageListResources } from '../features/messages/list/i18n';
import { readStateResources } from '../features/readState/i18n';
import type { FeatureTexts } from './texts';

export const STARTUP_RESOURCES = {
  common: commonResources,
  auth: authResources,
  mailboxes: mailboxesResources,
  messages: messagesResources,
  messageList: messageListResources,
  readState: readStateResources,
} as const;

export const LAZY_RESOURCES = {
  reader: () => import('../features/reader/i18n').then((m) => m.readerResources),
  attachments: () => import('../features/attachments/i18n').then((m) => m.attachmentsResources),
  export: () => import('../features/export/i18n').then((m) => m.exportResources),
  compose: () => import('../features/compose/i18n').then((m) => m.composeResources),
  composeAttachments: () => import('../features/compose/attachments/i18n').then((m) => m.composeAttachmentsResources),
  sending: () => import('../features/compose/sending/i18n').then((m) => m.sendingResources),
  settings: () => import('../features/settings/i18n').then((m) => m.settingsResources),
  shortcuts: () => import('../features/shortcuts/i18n').then((m) => m.shortcutsResources),
  config: () => import('../config/i18n').then((m) => m.configResources),
} satisfies Record<string, () => Promise<FeatureTexts>>;

export type LazyNamespace = keyof typeof LAZY_RESOURCES;
