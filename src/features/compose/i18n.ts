/**
 * Texts of the 'compose' namespace: the composer's own texts here (page, fields, checks), and
 * those of its sub-features from their folders (attachments, drafts, recipients, references,
 * sending), merged into one namespace. Swedish is the source; English has exactly the same keys.
 */
import { mergeTexts, type Texts } from '../../i18n/texts';
import { attachmentsTexts } from './attachments/i18n';
import { draftsTexts } from './drafts/i18n';
import { recipientsTexts } from './recipients/i18n';
import { referencesTexts } from './references/i18n';
import { sendingTexts } from './sending/i18n';

const own = {
  page: {
    title: { new: 'Nytt meddelande', reply: 'Svara', complement: 'Komplettera' },
    labelPrefix: { reply: 'SV: ', complement: 'Komplettering: ' },
    backToMailbox: 'Tillbaka till inkorgen',
    backToMessage: 'Tillbaka till meddelandet',
    toDrafts: 'Alla utkast',
    newMessage: 'Skriv ett nytt meddelande',
    loadingOriginal: 'Hämtar meddelandet du svarar på…',
    originalNotFound: 'Meddelandet finns inte längre, så det går inte att svara på eller komplettera det.',
    originalError: 'Meddelandet kunde inte hämtas. Försök igen om en stund.',
    retry: 'Försök igen',
    cannotPrefill: {
      'not-yours': 'Meddelandet hör inte till någon av dina funktionsbrevlådor, så du kan inte svara på eller komplettera det härifrån.',
      incomplete: 'Meddelandet saknar uppgifter om avsändare eller mottagare, så det går inte att svara på eller komplettera det.',
    },
    draftMissingTitle: 'Utkastet finns inte',
    draftMissing:
      'Utkastet finns inte längre. Det kan ha skickats eller tagits bort, eller så har du loggat ut sedan det sparades (utkast sparas bara i den här fliken tills du loggar ut).',
  },
  from: {
    label: 'Från',
    hint: 'Funktionsbrevlådan som meddelandet skickas från.',
    threadHint: 'Skickas från funktionsbrevlådan som konversationen hör till.',
  },
  conversation: {
    legend: 'Konversation för de {{count}} meddelandena',
    hint: 'Mottagarna ser inte varandra. Välj om svaren ska samlas i en gemensam konversation.',
    fixed: 'Valet är låst eftersom ett försök att skicka redan har gjorts.',
    separate: 'En egen konversation för varje mottagare',
    shared: 'Samma konversation för alla',
  },
  label: {
    label: 'Rubrik',
    counter: '{{count}} av {{max}} tecken',
    counterOver_one: '{{count}} tecken för mycket (högst {{max}})',
    counterOver_other: '{{count}} tecken för mycket (högst {{max}})',
  },
  confidentiality: {
    legend: 'Omfattas meddelandet av sekretess?',
    hint: 'Du måste välja. Mottagaren ser din bedömning.',
    originalYes: 'Du måste välja. Meddelandet du svarar på omfattades av sekretess.',
    originalNo: 'Du måste välja. Meddelandet du svarar på omfattades inte av sekretess.',
    yes: 'Ja, omfattas av sekretess',
    no: 'Nej',
  },
  text: {
    label: 'Meddelande',
    hint: 'Du kan formatera texten med verktygsraden: rubriker, fetstil, kursiv, listor, linje och radbrytning.',
    toolbar: 'Formatering av texten',
    actions: {
      h1: 'Rubrik nivå 1',
      h2: 'Rubrik nivå 2',
      h3: 'Rubrik nivå 3',
      h4: 'Rubrik nivå 4',
      h5: 'Rubrik nivå 5',
      h6: 'Rubrik nivå 6',
      bold: 'Fetstil (Ctrl+B)',
      italic: 'Kursiv (Ctrl+I)',
      bullet: 'Punktlista',
      numbered: 'Numrerad lista',
      rule: 'Horisontell linje',
      lineBreak: 'Radbrytning',
    },
    showPreview: 'Förhandsgranska',
    hidePreview: 'Dölj förhandsgranskningen',
    previewLabel: 'Förhandsgranskning – så ser mottagaren texten',
    previewEmpty: 'Ingen text ännu.',
  },
  summary: {
    title: 'Det finns fel i meddelandet',
  },
  errors: {
    prefix: 'Fel:',
    generic: 'Fel i meddelandet: {{detail}}',
    label: {
      required: 'Skriv en rubrik',
      tooLong: 'Rubriken får vara högst {{max}} tecken',
    },
    confidentiality: {
      required: 'Välj om meddelandet omfattas av sekretess',
    },
    recipients: {
      required: 'Välj minst en mottagare',
      notFound: 'Mottagaren finns inte i adressboken längre. Ta bort den och välj en annan.',
      invalid: 'Mottagaren kan inte användas. Ta bort den och välj igen.',
    },
    from: {
      invalid: 'Du kan inte skicka från den här funktionsbrevlådan. Välj en annan.',
    },
    text: {
      required: 'Skriv ett meddelande eller bifoga en fil',
    },
    attachments: {
      type: 'En bilaga har en filtyp som inte tas emot. Ta bort den.',
      tooBig: 'Meddelandet är för stort. Ta bort bilagor eller korta texten.',
      invalid: 'En bilaga kunde inte läsas. Ta bort den och lägg till den igen.',
      failed: 'Ta bort bilagorna som inte kan skickas',
      checking: 'Vänta tills bilagorna har kontrollerats',
    },
    reference: {
      required: 'Skriv referensen eller ta bort raden',
      tooLong: 'Referensen får vara högst {{max}} tecken',
      labelTooLong: 'Benämningen får vara högst {{max}} tecken',
      invalid: 'En referens kan inte användas. Kontrollera referenserna.',
      personalId: {
        empty: 'Skriv personnumret eller ta bort raden',
        format: 'Skriv numret med 10 eller 12 siffror, till exempel 19121212-1212',
        date: 'Numret innehåller inget giltigt datum. Kontrollera siffrorna',
        checksum: 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet',
        'wrong-kind': 'Numret är av fel typ',
      },
      wrongKind: {
        personnummer: 'Det här är ett personnummer. Välj typen Personnummer',
        samordningsnummer: 'Det här är ett samordningsnummer. Välj typen Samordningsnummer',
      },
    },
    person: {
      hsaId: 'Skriv ett HSA-id som SE följt av 10 siffror, bindestreck och högst {{max}} tecken totalt, eller lämna fältet tomt',
      nameTooLong: 'Namnet får vara högst {{max}} tecken',
      invalid: 'Personen kan inte användas. Kontrollera HSA-id och namn.',
    },
  },
  actions: {
    send: 'Skicka',
    sendMany: 'Skicka {{count}} meddelanden',
    sending: 'Skickar…',
    sendHint: 'Innan meddelandet skickas kontrolleras det. Du får bekräfta om något ser ut att saknas.',
    sendManyHint: 'Varje mottagare får ett eget meddelande. Du får se en sammanfattning innan något skickas.',
    discard: 'Släng utkastet',
  },
} as const;

const ownEn: Texts<typeof own> = {
  page: {
    title: { new: 'New message', reply: 'Reply', complement: 'Complement' },
    labelPrefix: { reply: 'RE: ', complement: 'Complement: ' },
    backToMailbox: 'Back to the inbox',
    backToMessage: 'Back to the message',
    toDrafts: 'All drafts',
    newMessage: 'Write a new message',
    loadingOriginal: 'Loading the message you are answering…',
    originalNotFound: 'The message no longer exists, so it cannot be answered or complemented.',
    originalError: 'The message could not be loaded. Please try again in a moment.',
    retry: 'Try again',
    cannotPrefill: {
      'not-yours': 'The message does not belong to any of your function mailboxes, so you cannot answer or complement it from here.',
      incomplete: 'The message lacks sender or recipient details, so it cannot be answered or complemented.',
    },
    draftMissingTitle: 'Draft not found',
    draftMissing:
      'The draft no longer exists. It may have been sent or deleted, or you have signed out since it was saved (drafts are kept only in this tab until you sign out).',
  },
  from: {
    label: 'From',
    hint: 'The function mailbox the message is sent from.',
    threadHint: 'Sent from the function mailbox the conversation belongs to.',
  },
  conversation: {
    legend: 'Conversation of the {{count}} messages',
    hint: 'Recipients do not see each other. Choose whether their replies belong to one shared conversation.',
    fixed: 'This choice is locked because sending has already been attempted.',
    separate: 'A conversation of its own for each recipient',
    shared: 'The same conversation for all',
  },
  label: {
    label: 'Subject',
    counter: '{{count}} of {{max}} characters',
    counterOver_one: '{{count}} character too many (at most {{max}})',
    counterOver_other: '{{count}} characters too many (at most {{max}})',
  },
  confidentiality: {
    legend: 'Is the message confidential?',
    hint: 'You must choose. The recipient sees your assessment.',
    originalYes: 'You must choose. The message you are answering was confidential.',
    originalNo: 'You must choose. The message you are answering was not confidential.',
    yes: 'Yes, confidential',
    no: 'No',
  },
  text: {
    label: 'Message',
    hint: 'You can format the text with the toolbar: headings, bold, italic, lists, rule and line break.',
    toolbar: 'Text formatting',
    actions: {
      h1: 'Heading level 1',
      h2: 'Heading level 2',
      h3: 'Heading level 3',
      h4: 'Heading level 4',
      h5: 'Heading level 5',
      h6: 'Heading level 6',
      bold: 'Bold (Ctrl+B)',
      italic: 'Italic (Ctrl+I)',
      bullet: 'Bulleted list',
      numbered: 'Numbered list',
      rule: 'Horizontal rule',
      lineBreak: 'Line break',
    },
    showPreview: 'Preview',
    hidePreview: 'Hide the preview',
    previewLabel: 'Preview – the text as the recipient sees it',
    previewEmpty: 'No text yet.',
  },
  summary: {
    title: 'There is a problem with the message',
  },
  errors: {
    prefix: 'Error:',
    generic: 'Problem in the message: {{detail}}',
    label: {
      required: 'Enter a subject',
      tooLong: 'The subject must be {{max}} characters or fewer',
    },
    confidentiality: {
      required: 'Choose whether the message is confidential',
    },
    recipients: {
      required: 'Choose at least one recipient',
      notFound: 'The recipient is no longer in the address book. Remove it and choose another.',
      invalid: 'The recipient cannot be used. Remove it and choose again.',
    },
    from: {
      invalid: 'You cannot send from this function mailbox. Choose another.',
    },
    text: {
      required: 'Write a message or attach a file',
    },
    attachments: {
      type: 'An attachment has a file type that is not accepted. Remove it.',
      tooBig: 'The message is too large. Remove attachments or shorten the text.',
      invalid: 'An attachment could not be read. Remove it and add it again.',
      failed: 'Remove the attachments that cannot be sent',
      checking: 'Wait until the attachments have been checked',
    },
    reference: {
      required: 'Enter the reference or remove the row',
      tooLong: 'The reference must be {{max}} characters or fewer',
      labelTooLong: 'The description must be {{max}} characters or fewer',
      invalid: 'A reference cannot be used. Check the references.',
      personalId: {
        empty: 'Enter the number or remove the row',
        format: 'Enter the number with 10 or 12 digits, e.g. 19121212-1212',
        date: 'The number does not contain a valid date. Check the digits',
        checksum: 'The check digit does not match. Check that the number is typed correctly',
        'wrong-kind': 'The number is of the wrong kind',
      },
      wrongKind: {
        personnummer: 'This is a personal identity number. Choose the kind Personal identity number',
        samordningsnummer: 'This is a coordination number. Choose the kind Coordination number',
      },
    },
    person: {
      hsaId: 'Enter an HSA id as SE, 10 digits, a hyphen, at most {{max}} characters in all, or leave the field empty',
      nameTooLong: 'The name must be {{max}} characters or fewer',
      invalid: 'The person cannot be used. Check the HSA id and the name.',
    },
  },
  actions: {
    send: 'Send',
    sendMany: 'Send {{count}} messages',
    sending: 'Sending…',
    sendHint: 'The message is checked before it is sent. You confirm if something seems to be missing.',
    sendManyHint: 'Each recipient gets a message of its own. You see a summary before anything is sent.',
    discard: 'Discard the draft',
  },
};

const sv = mergeTexts(own, attachmentsTexts.sv, draftsTexts.sv, recipientsTexts.sv, referencesTexts.sv, sendingTexts.sv);
const en: Texts<typeof sv> = mergeTexts(ownEn, attachmentsTexts.en, draftsTexts.en, recipientsTexts.en, referencesTexts.en, sendingTexts.en);

export const composeResources = { sv, en } as const;
