/**
 * Texts of the 'messages' namespace: views, the message page and the status names here, and the
 * mailbox list's texts from ./list, merged into one namespace. Swedish is the source; English has
 * exactly the same keys.
 */
import { mergeTexts, type Texts } from '../../i18n/texts';
import { listTexts } from './list/i18n';

const own = {
  views: {
    navLabel: 'Brevlådans vyer',
    inbox: 'Inkorg',
    sent: 'Skickat',
  },
  list: {
    loading: 'Hämtar meddelanden…',
    error: 'Meddelandena kunde inte hämtas.',
    retry: 'Försök igen',
    pollFailed: 'Kunde inte uppdatera – försöker igen',
  },
  message: {
    noLabel: '(Ärendemening saknas)',
    unknownParty: 'Uppgift saknas',
    dateUnknown: 'Okänt datum',
    confidentialMarker: 'Sekretess',
  },
  status: {
    unknown: '{{code}} (okänd status)',
    unknownNote: 'Statuskoden finns inte i kodverket Meddelandestatus.',
    missing: 'Status saknas',
    SCHEDULED: 'Mottaget av meddelandetjänsten',
    SUBMITTED: 'Skickat till accesspunkten',
    SCHEDULED_FOR_RESEND: 'Väntar på ny sändning',
    ACKNOWLEDGE: 'Levererat till mottagarens accesspunkt',
    WAITING_FOR_RECEIPT: 'Väntar på kvittens',
    MESSAGE_EXCHANGE_ERROR: 'Kunde inte levereras',
    ACCEPTED: 'Accepterat av mottagaren',
    REJECTED: 'Avvisat av mottagaren',
    RETRIEVED: 'Inkommet',
    RECEIPT_SENT: 'Kvittens skickad',
    NEW: 'Nytt',
    ERROR: 'Fel',
  },
} as const;

const ownEn: Texts<typeof own> = {
  views: {
    navLabel: 'Mailbox views',
    inbox: 'Inbox',
    sent: 'Sent',
  },
  list: {
    loading: 'Loading messages…',
    error: 'The messages could not be loaded.',
    retry: 'Try again',
    pollFailed: 'Could not update – retrying',
  },
  message: {
    noLabel: '(No subject)',
    unknownParty: 'Not given',
    dateUnknown: 'Unknown date',
    confidentialMarker: 'Confidential',
  },
  status: {
    unknown: '{{code}} (unknown status)',
    unknownNote: 'The status code is not in the Message status code list.',
    missing: 'No status',
    SCHEDULED: 'Received by the message service',
    SUBMITTED: 'Sent to the access point',
    SCHEDULED_FOR_RESEND: 'Waiting to be resent',
    ACKNOWLEDGE: "Delivered to the recipient's access point",
    WAITING_FOR_RECEIPT: 'Waiting for receipt',
    MESSAGE_EXCHANGE_ERROR: 'Could not be delivered',
    ACCEPTED: 'Accepted by the recipient',
    REJECTED: 'Rejected by the recipient',
    RETRIEVED: 'Received',
    RECEIPT_SENT: 'Receipt sent',
    NEW: 'New',
    ERROR: 'Error',
  },
};

const sv = mergeTexts(own, listTexts.sv);
const en: Texts<typeof sv> = mergeTexts(ownEn, listTexts.en);

export const messagesResources = { sv, en } as const;
