/**
 * Every namespace's texts, one entry per feature. A feature registers its texts by adding one
 * import and one entry here; NAMESPACES and the i18next resources are derived from this list.
 */
import { commonResources } from '../app/i18n';
import { authResources } from '../auth/i18n';
import { attachmentsResources } from '../features/attachments/i18n';
import { configResources } from '../config/i18n';
import { composeResources } from '../features/compose/i18n';
import { composeAttachmentsResources } from '../features/compose/attachments/i18n';
import { sendingResources } from '../features/compose/sending/i18n';
import { exportResources } from '../features/export/i18n';
import { mailboxesResources } from '../features/mailboxes/i18n';
import { messagesResources } from '../features/messages/i18n';
import { messageListResources } from '../features/messages/list/i18n';
import { readStateResources } from '../features/readState/i18n';
import { settingsResources } from '../features/settings/i18n';
import { shortcutsResources } from '../features/shortcuts/i18n';
import { readerResources } from '../features/reader/i18n';

export const FEATURE_RESOURCES = {
  common: commonResources,
  auth: authResources,
  attachments: attachmentsResources,
  config: configResources,
  compose: composeResources,
  composeAttachments: composeAttachmentsResources,
  sending: sendingResources,
  export: exportResources,
  mailboxes: mailboxesResources,
  messages: messagesResources,
  messageList: messageListResources,
  readState: readStateResources,
  shortcuts: shortcutsResources,
  settings: settingsResources,
  reader: readerResources,
} as const;
