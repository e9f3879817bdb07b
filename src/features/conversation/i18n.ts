/**
 * Texts of the 'conversation' namespace: the conversation panel on the message page. Swedish is
 * the source; English has exactly the same keys.
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  heading: 'Konversation',
  listLabel: 'Meddelanden i konversationen, i ordning',
  loading: 'Hämtar konversationen…',
  error: 'Alla meddelanden i konversationen kunde inte hämtas.',
  retry: 'Försök igen',
  alone: 'Inga andra meddelanden i konversationen finns i den här brevlådan.',
  received: 'Mottaget',
  sent: 'Skickat',
  from: 'från {{party}}',
  to: 'till {{party}}',
  current: 'Detta meddelande',
  noLabel: '(Ärendemening saknas)',
} as const;

const en: Texts<typeof sv> = {
  heading: 'Conversation',
  listLabel: 'Messages in the conversation, in order',
  loading: 'Loading the conversation…',
  error: 'Not every message of the conversation could be loaded.',
  retry: 'Try again',
  alone: 'No other messages of this conversation are in this mailbox.',
  received: 'Received',
  sent: 'Sent',
  from: 'from {{party}}',
  to: 'to {{party}}',
  current: 'This message',
  noLabel: '(No subject)',
};

export const conversationResources = { sv, en } as const;
