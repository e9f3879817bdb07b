/**
 * Texts of the 'print' namespace: the print view. Swedish is the source; English has exactly the
 * same keys.
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  printButton: 'Skriv ut',
  back: 'Tillbaka till meddelandet',
  tools: 'Utskrift',
  hint: 'Sekretessmarkeringen skrivs ut överst på varje sida.',
  printedAt: 'Utskrivet {{time}}',
  attachments: 'Bilagor',
  noAttachments: 'Meddelandet har inga bilagor.',
  attachmentColumns: {
    document: 'Dokument',
    name: 'Filnamn',
    type: 'Filtyp',
    size: 'Storlek',
  },
  content: 'Innehåll',
  loading: 'Hämtar meddelandet…',
  error: 'Meddelandet kunde inte hämtas.',
  notFound: 'Meddelandet finns inte, eller så har du inte behörighet att läsa det.',
} as const;

const en: Texts<typeof sv> = {
  printButton: 'Print',
  back: 'Back to the message',
  tools: 'Printing',
  hint: 'The confidentiality marking is printed at the top of every page.',
  printedAt: 'Printed {{time}}',
  attachments: 'Attachments',
  noAttachments: 'The message has no attachments.',
  attachmentColumns: {
    document: 'Document',
    name: 'File name',
    type: 'File type',
    size: 'Size',
  },
  content: 'Content',
  loading: 'Loading the message…',
  error: 'The message could not be loaded.',
  notFound: 'The message does not exist, or you are not authorised to read it.',
};

export const printResources = { sv, en } as const;
