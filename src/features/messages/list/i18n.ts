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
  },
  row: {
    unread: 'Oläst',
    from: 'Från {{party}}',
    to: 'Till {{party}}',
    confidential: 'Omfattas av sekretess',
    status: 'Status: {{status}}',
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
    period: 'Skapat (svensk tid)',
    periodHint: 'Perioden hämtas från meddelandetjänsten.',
    from: 'Från och med',
    to: 'Till och med',
    dateProblem: {
      fromInvalid: 'Från och med-datumet är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
      toInvalid: 'Till och med-datumet är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
      fromAfterTo: 'Från och med-datumet är senare än till och med-datumet. Ändra något av dem – perioden används inte förrän dess.',
    },
    status: 'Status',
    statusAll: 'Alla',
    statusGroup: {
      pending: 'Pågående',
      accepted: 'Accepterade av mottagaren',
      problem: 'Problem – avvisade eller inte levererade',
      unknown: 'Okänd eller saknad status',
    },
    markers: 'Visa endast',
    confidentialOnly: 'Endast sekretess',
    withAttachments: 'Har bilagor',
    unreadOnly: 'Endast olästa',
    clear: 'Rensa filter',
  },
  result: {
    count_one: '{{shown}} av {{count}} meddelande visas',
    count_other: '{{shown}} av {{count}} meddelanden visas',
  },
  facts: {
    loading: 'Hämtar uppgifter om bilagor…',
    error: 'Uppgifter om bilagor kunde inte hämtas just nu. Filtret ”Har bilagor” visar därför inga meddelanden.',
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
  },
  row: {
    unread: 'Unread',
    from: 'From {{party}}',
    to: 'To {{party}}',
    confidential: 'Subject to confidentiality',
    status: 'Status: {{status}}',
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
    period: 'Created (Swedish time)',
    periodHint: 'The period is fetched from the message service.',
    from: 'From',
    to: 'To',
    dateProblem: {
      fromInvalid: 'The from date is not a valid date. Write it as YYYY-MM-DD.',
      toInvalid: 'The to date is not a valid date. Write it as YYYY-MM-DD.',
      fromAfterTo: 'The from date is later than the to date. Change one of them – the period is not used until then.',
    },
    status: 'Status',
    statusAll: 'All',
    statusGroup: {
      pending: 'In progress',
      accepted: 'Accepted by the recipient',
      problem: 'Problems – rejected or not delivered',
      unknown: 'Unknown or missing status',
    },
    markers: 'Show only',
    confidentialOnly: 'Confidential only',
    withAttachments: 'With attachments',
    unreadOnly: 'Unread only',
    clear: 'Clear filters',
  },
  result: {
    count_one: '{{shown}} of {{count}} message shown',
    count_other: '{{shown}} of {{count}} messages shown',
  },
  facts: {
    loading: 'Loading attachment information…',
    error: 'Attachment information could not be loaded right now, so the “With attachments” filter shows no messages.',
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
