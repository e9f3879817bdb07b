/**
 * Every namespace's texts, one entry per feature. A feature registers its texts by adding one
 * import and one entry here; NAMESPACES and the i18next resources are derived from this list.
 */
import { commonResources } from '../app/i18n';
import { authResources } from '../auth/i18n';
import { configResources } from '../config/i18n';
import { mailboxesResources } from '../features/mailboxes/i18n';
import { messagesResources } from '../features/messages/i18n';

export const FEATURE_RESOURCES = {
  common: commonResources,
  auth: authResources,
  config: configResources,
  mailboxes: mailboxesResources,
  messages: messagesResources,
} as const;
