/**
 * Texts of the 'mailboxes' namespace. Swedish is the source; the English table must have
 * exactly the same keys (checked by the Texts type).
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  composeLinks: {
    newMessage: 'Nytt meddelande',
    drafts: 'Utkast',
    draftsCount: 'Utkast ({{count}})',
  },
  switcher: {
    heading: 'Funktionsbrevlådor',
    sendingAs: 'Skickar som {{function}}, {{organization}}',
    sendingAsFunction: 'Skickar som {{function}}',
    none: 'Du har ingen funktionsbrevlåda.',
    unread_one: '{{count}} oläst',
    unread_other: '{{count}} olästa',
    unassigned: '{{count}} ej tilldelade',
  },
  newMessages_one: '{{count}} nytt meddelande i {{mailbox}}.',
  newMessages_other: '{{count}} nya meddelanden i {{mailbox}}.',
  notYours: {
    heading: 'Det här är inte din funktionsbrevlåda',
    body: 'Du har inte behörighet till funktionsbrevlådan {{mailbox}}.',
    goToFirst: 'Gå till {{label}}',
    noMailbox: 'Du har ingen funktionsbrevlåda. Läs mer',
  },
} as const;

const en: Texts<typeof sv> = {
  composeLinks: {
    newMessage: 'New message',
    drafts: 'Drafts',
    draftsCount: 'Drafts ({{count}})',
  },
  switcher: {
    heading: 'Function mailboxes',
    sendingAs: 'Sending as {{function}}, {{organization}}',
    sendingAsFunction: 'Sending as {{function}}',
    none: 'You have no function mailbox.',
    unread_one: '{{count}} unread',
    unread_other: '{{count}} unread',
    unassigned: '{{count}} unassigned',
  },
  newMessages_one: '{{count}} new message in {{mailbox}}.',
  newMessages_other: '{{count}} new messages in {{mailbox}}.',
  notYours: {
    heading: 'This is not your function mailbox',
    body: 'You are not authorised for the function mailbox {{mailbox}}.',
    goToFirst: 'Go to {{label}}',
    noMailbox: 'You have no function mailbox. Read more',
  },
};

export const mailboxesResources = { sv, en } as const;
