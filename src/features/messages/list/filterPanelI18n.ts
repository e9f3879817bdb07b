/**
 * Texts of the 'messageFilters' namespace: the list toolbar's filter panel (period, status,
 * markers), fetched on demand with the panel (ListFilterPanel) the first time it opens, so the
 * inbox start-up bundle does not carry them. The toolbar's own texts stay in 'messages'.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  toolbar: {
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
  },
  facts: {
    loading: 'Hämtar uppgifter om bilagor…',
    error: 'Uppgifter om bilagor kunde inte hämtas just nu. Filtret ”Har bilagor” visar därför inga meddelanden.',
  },
} as const;

const en: Texts<typeof sv> = {
  toolbar: {
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
  },
  facts: {
    loading: 'Loading attachment information…',
    error: 'Attachment information could not be loaded right now, so the “With attachments” filter shows no messages.',
  },
};

export const messageFiltersResources = { sv, en } as const;
