/**
 * Every namespace at once, for tests that render on-demand pages directly (without the lazy
 * routes that fetch their texts): createAppI18n(lang, ALL_TEXTS).
 */
import { configResources } from '../config/i18n';
import { attachmentsResources } from '../features/attachments/i18n';
import { composeAttachmentsResources } from '../features/compose/attachments/i18n';
import { composeResources } from '../features/compose/i18n';
import { sendingResources } from '../features/compose/sending/i18n';
import { exportResources } from '../features/export/i18n';
import { readerResources } from '../features/reader/i18n';
import { settingsResources } from '../features/settings/i18n';
import { shortcutsResources } from '../features/shortcuts/i18n';
import type { LazyNamespace } from '../i18n/resources';
import { STARTUP_RESOURCES } from '../i18n/resources';
import type { FeatureTexts } from '../i18n/texts';

const LAZY_TEXTS: Record<LazyNamespace, FeatureTexts> = {
  reader: readerResources,
  attachments: attachmentsResources,
  export: exportResources,
  compose: composeResources,
  composeAttachments: composeAttachmentsResources,
  sending: sendingResources,
  settings: settingsResources,
  shortcuts: shortcutsResources,
  config: configResources,
};

export const ALL_TEXTS: Record<string, FeatureTexts> = { ...STARTUP_RESOURCES, ...LAZY_TEXTS };
