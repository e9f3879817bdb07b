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
    backTo: {
      inbox: 'Tillbaka till inkorgen',
      sent: 'Tillbaka till skickat',
    },
    loading: 'Hämtar meddelandet…',
    error: 'Meddelandet kunde inte hämtas.',
    notFound: 'Meddelandet finns inte, eller så har du inte behörighet att läsa det.',
    retry: 'Försök igen',
    confidential: 'Omfattas av sekretess',
    confidentialHint: 'Meddelandet innehåller uppgifter som omfattas av sekretess. Hantera det därefter.',
    notConfidential: 'Omfattas inte av sekretess',
    content: 'Innehåll',
    noDocuments: 'Meddelandet har inget innehåll.',
    documentFallbackName: 'Dokument {{index}}',
    attachmentsOf: 'Bilagor – {{document}}',
    attachmentColumns: {
      name: 'Filnamn',
      type: 'Filtyp',
      size: 'Storlek',
    },
    sizeUnknown: 'Okänd storlek',
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
    backTo: {
      inbox: 'Back to the inbox',
      sent: 'Back to sent messages',
    },
    loading: 'Loading the message…',
    error: 'The message could not be loaded.',
    notFound: 'The message does not exist, or you are not authorised to read it.',
    retry: 'Try again',
    confidential: 'Subject to confidentiality',
    confidentialHint: 'The message contains information subject to confidentiality. Handle it accordingly.',
    notConfidential: 'Not subject to confidentiality',
    content: 'Content',
    noDocuments: 'The message has no content.',
    documentFallbackName: 'Document {{index}}',
    attachmentsOf: 'Attachments – {{document}}',
    attachmentColumns: {
      name: 'File name',
      type: 'File type',
      size: 'Size',
    },
    sizeUnknown: 'Unknown size',
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
