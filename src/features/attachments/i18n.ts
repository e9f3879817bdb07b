/**
 * Texts of the 'attachments' namespace: the attachment list, preview and download. Swedish is
 * the source; the English table must have exactly the same keys (checked by the Texts type).
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  list: {
    caption: 'Bilagor',
    captionOf: 'Bilagor – {{document}}',
    columns: {
      name: 'Filnamn',
      type: 'Filtyp',
      size: 'Storlek',
      actions: 'Åtgärder',
    },
    noName: '(namn saknas)',
    problem: {
      empty: 'Filen är tom: meddelandet innehöll inget innehåll för den.',
      'not-base64': 'Filen kan inte öppnas: innehållet är skadat (inte giltig base64). Be avsändaren skicka den igen.',
    },
  },
  type: {
    pdf: 'PDF-dokument',
    image: '{{format}}-bild',
    text: 'Textfil',
    unknown: 'Okänd filtyp',
  },
  actions: {
    preview: 'Förhandsgranska',
    download: 'Ladda ner',
  },
  confirm: {
    title: 'Ladda ner bilagan?',
    body: 'Filen kan innehålla sekretessbelagda uppgifter. Spara den bara där obehöriga inte kommer åt den – till exempel i ert ärendehanteringssystem eller en skyddad mapp som din organisation har anvisat – och inte på en delad eller privat dator.',
    savedAs: 'Filen sparas som',
    confirm: 'Ladda ner',
    cancel: 'Avbryt',
  },
  preview: {
    title: 'Förhandsgranskning: {{name}}',
    frameTitle: 'Förhandsgranskning av {{name}}',
    frameDocumentTitle: 'Förhandsgranskning',
    close: 'Stäng förhandsgranskningen',
    loading: 'Förbereder förhandsgranskningen…',
    failed: 'Filen kunde inte visas. Den kan vara skadad eller i ett format som förhandsgranskningen inte klarar. Du kan fortfarande ladda ner den.',
    isolated: 'Filen visas i ett isolerat fönster som inte kommer åt appen eller nätverket.',
    toolbar: 'Sidor och zoom',
    page: 'Sida {{page}} av {{count}}',
    pageImage: 'Sida {{page}} av {{count}} i {{name}}',
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    zoomOut: 'Zooma ut',
    zoomIn: 'Zooma in',
    zoomReset: 'Anpassa till bredden',
    zoomLevel: 'Zoom {{percent}}\u00a0%',
    keys: 'Tangenter: Page Down och Page Up byter sida, + och − zoomar, Esc stänger.',
    textAlternative:
      'PDF-sidorna visas som bilder. Texten som kan läsas ut ur sidan finns nedan; vill du läsa hela filen med skärmläsare eller i ett annat program, ladda ner den.',
    pageText: 'Text på sida {{page}}',
    noPageText: 'Sidan har ingen text som kan läsas ut (den kan till exempel vara skannad).',
    imageAlt: 'Bilaga: {{name}}',
  },
};

const en: Texts<typeof sv> = {
  list: {
    caption: 'Attachments',
    captionOf: 'Attachments – {{document}}',
    columns: {
      name: 'File name',
      type: 'File type',
      size: 'Size',
      actions: 'Actions',
    },
    noName: '(no name)',
    problem: {
      empty: 'The file is empty: the message contained no content for it.',
      'not-base64': 'The file cannot be opened: its content is damaged (not valid base64). Ask the sender to send it again.',
    },
  },
  type: {
    pdf: 'PDF document',
    image: '{{format}} image',
    text: 'Text file',
    unknown: 'Unknown file type',
  },
  actions: {
    preview: 'Preview',
    download: 'Download',
  },
  confirm: {
    title: 'Download the attachment?',
    body: 'The file may contain confidential information. Save it only where unauthorised people cannot reach it – for example in your case management system or a protected folder your organisation has designated – and not on a shared or private computer.',
    savedAs: 'The file will be saved as',
    confirm: 'Download',
    cancel: 'Cancel',
  },
  preview: {
    title: 'Preview: {{name}}',
    frameTitle: 'Preview of {{name}}',
    frameDocumentTitle: 'Preview',
    close: 'Close the preview',
    loading: 'Preparing the preview…',
    failed: 'The file could not be shown. It may be damaged or in a format the preview cannot handle. You can still download it.',
    isolated: 'The file is shown in an isolated frame that cannot reach the app or the network.',
    toolbar: 'Pages and zoom',
    page: 'Page {{page}} of {{count}}',
    pageImage: 'Page {{page}} of {{count}} of {{name}}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    zoomOut: 'Zoom out',
    zoomIn: 'Zoom in',
    zoomReset: 'Fit to width',
    zoomLevel: 'Zoom {{percent}}\u00a0%',
    keys: 'Keys: Page Down and Page Up change page, + and − zoom, Esc closes.',
    textAlternative:
      'The PDF pages are shown as images. The text that can be extracted from the page is below; to read the whole file with a screen reader or another program, download it.',
    pageText: 'Text on page {{page}}',
    noPageText: 'The page has no text that can be extracted (it may be scanned, for example).',
    imageAlt: 'Attachment: {{name}}',
  },
};

export const attachmentsResources = { sv, en } as const;
