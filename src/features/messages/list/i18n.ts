/**
 * Texts of the mailbox list (rows, filters, search, states): part of the 'messages' namespace,
 * merged by ../i18n.ts. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  caption: {
    inbox: 'Meddelanden i inkorgen för {{mailbox}}, {{order}}',
    sent: 'Skickade meddelanden från {{mailbox}}, {{order}}',
  },
  order: {
    newest: 'nyaste först',
    oldest: 'äldsta först',
  },
  columns: {
    label: 'Ärende',
    from: 'Från',
    to: 'Till',
    date: 'Skapat',
    confidentiality: 'Sekretess',
    attachments: 'Bilagor',
    status: 'Status',
    read: 'Läst',
    handler: 'Handläggs av',
  },
  row: {
    unread: 'Oläst',
    from: 'Från {{party}}',
    to: 'Till {{party}}',
    confidential: 'Omfattas av sekretess',
    status: 'Status: {{status}}',
    handler: 'Handläggs av {{name}}',
    handled: 'Klar',
  },
  attachments_one: 'Bilaga',
  attachments_other: '{{count}} bilagor',
  attachmentsSpoken_one: '{{count}} bilaga',
  attachmentsSpoken_other: '{{count}} bilagor',
  toolbar: {
    label: 'Sök och filtrera',
    search: 'Sök i listan',
    searchHint: {
      inbox_one:
        'Sökningen gäller rubrik, avsändande organisation och funktion i det {{count}} meddelande som visas. Meddelandenas text och bilagor söks inte.',
      inbox_other:
        'Sökningen gäller rubrik, avsändande organisation och funktion i de {{count}} meddelanden som visas. Meddelandenas text och bilagor söks inte.',
      sent_one:
        'Sökningen gäller rubrik, mottagande organisation och funktion i det {{count}} meddelande som visas. Meddelandenas text och bilagor söks inte.',
      sent_other:
        'Sökningen gäller rubrik, mottagande organisation och funktion i de {{count}} meddelanden som visas. Meddelandenas text och bilagor söks inte.',
    },
    filters: 'Filter',
    filtersActive_one: '{{count}} aktivt',
    filtersActive_other: '{{count}} aktiva',
    sort: 'Ordning',
    newest: 'Nyaste först',
    oldest: 'Äldsta först',
    clear: 'Rensa filter',
  },
  handling: {
    label: 'Hantering',
    mine: 'Mina',
    unassigned: 'Ej tilldelade',
    handled: 'Klara',
    all: 'Alla',
    count: '{{filter}} ({{count}})',
  },
  result: {
    count_one: '{{shown}} av {{count}} meddelande visas',
    count_other: '{{shown}} av {{count}} meddelanden visas',
  },
  state: {
    emptyInbox: 'Inkorgen är tom',
    emptySent: 'Inga skickade meddelanden',
    noMatch: 'Inga meddelanden matchar filtret',
    offline: 'Du är offline – listan visar senast hämtade meddelanden',
    offlineNoData: 'Du är offline – meddelandena hämtas när anslutningen är tillbaka',
    updating: 'Uppdaterar listan…',
  },
  title: {
    plain: '{{view}} – {{mailbox}} – {{app}}',
    withUnread: '({{count}}) {{view}} – {{mailbox}} – {{app}}',
  },
} as const;

const en: Texts<typeof sv> = {
  caption: {
    inbox: 'Messages in the inbox of {{mailbox}}, {{order}}',
    sent: 'Messages sent from {{mailbox}}, {{order}}',
  },
  order: {
    newest: 'newest first',
    oldest: 'oldest first',
  },
  columns: {
    label: 'Subject',
    from: 'From',
    to: 'To',
    date: 'Created',
    confidentiality: 'Confidentiality',
    attachments: 'Attachments',
    status: 'Status',
    read: 'Read',
    handler: 'Handled by',
  },
  row: {
    unread: 'Unread',
    from: 'From {{party}}',
    to: 'To {{party}}',
    confidential: 'Subject to confidentiality',
    status: 'Status: {{status}}',
    handler: 'Handled by {{name}}',
    handled: 'Done',
  },
  attachments_one: 'Attachment',
  attachments_other: '{{count}} attachments',
  attachmentsSpoken_one: '{{count}} attachment',
  attachmentsSpoken_other: '{{count}} attachments',
  toolbar: {
    label: 'Search and filter',
    search: 'Search the list',
    searchHint: {
      inbox_one:
        'The search covers subject, sending organisation and function of the {{count}} message shown. Message text and attachments are not searched.',
      inbox_other:
        'The search covers subject, sending organisation and function of the {{count}} messages shown. Message text and attachments are not searched.',
      sent_one:
        'The search covers subject, receiving organisation and function of the {{count}} message shown. Message text and attachments are not searched.',
      sent_other:
        'The search covers subject, receiving organisation and function of the {{count}} messages shown. Message text and attachments are not searched.',
    },
    filters: 'Filters',
    filtersActive_one: '{{count}} active',
    filtersActive_other: '{{count}} active',
    sort: 'Order',
    newest: 'Newest first',
    oldest: 'Oldest first',
    clear: 'Clear filters',
  },
  handling: {
    label: 'Handling',
    mine: 'Mine',
    unassigned: 'Unassigned',
    handled: 'Done',
    all: 'All',
    count: '{{filter}} ({{count}})',
  },
  result: {
    count_one: '{{shown}} of {{count}} message shown',
    count_other: '{{shown}} of {{count}} messages shown',
  },
  state: {
    emptyInbox: 'The inbox is empty',
    emptySent: 'No sent messages',
    noMatch: 'No messages match the filter',
    offline: 'You are offline – the list shows the messages last fetched',
    offlineNoData: 'You are offline – the messages are fetched when the connection is back',
    updating: 'Updating the list…',
  },
  title: {
    plain: '{{view}} – {{mailbox}} – {{app}}',
    withUnread: '({{count}}) {{view}} – {{mailbox}} – {{app}}',
  },
};

export const listTexts = { sv, en } as const;
