/**
 * Texts of the 'export' namespace: exporting a message as SDK message XML for filing.
 * Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  button: 'Exportera som XML (SDK-meddelande)',
  working: 'Skapar XML-filen…',
  hint:
    'Sparar meddelandet med text, bilagor och referenser som en XML-fil i SDK:s meddelandeformat, för diarieföring i ett ärende- eller dokumenthanteringssystem.',
  confidentialHint: 'Meddelandet omfattas av sekretess. Spara filen bara där sådana uppgifter får förvaras.',
  done: 'XML-filen {{fileName}} har skapats. Din webbläsare sparar den bland dina hämtade filer.',
  failed: 'Meddelandet kunde inte exporteras.',
  failedUnexpected: 'Meddelandet kunde inte exporteras på grund av ett oväntat fel. Försök igen.',
  issuesIntro: 'En giltig SDK-XML kan inte skapas eftersom:',
  issue: {
    missing: 'en uppgift som formatet kräver saknas',
    'too-long': 'en text är längre än 256 tecken',
    'not-uuid': 'ett id är inte ett giltigt UUID',
    'bad-date-time': 'tidpunkten för meddelandet saknar tidszon eller är ogiltig',
    'not-base64': 'innehållet i en bilaga kunde inte läsas',
    'wrong-root': 'en funktionsadress har fel kodverk',
    'no-content': 'meddelandet har varken text eller bilagor',
    unreadableFile: 'en bilaga kunde inte läsas och kan därför inte tas med',
  },
  issueSubject: '”{{subject}}”',
  issueWhere: 'fält: {{path}}',
};

const en: Texts<typeof sv> = {
  button: 'Export as XML (SDK message)',
  working: 'Creating the XML file…',
  hint: 'Saves the message with its text, attachments and references as an XML file in the SDK message format, for filing in a case or records management system.',
  confidentialHint: 'This message is confidential. Only save the file where such information may be stored.',
  done: 'The XML file {{fileName}} has been created. Your browser saves it with your downloads.',
  failed: 'The message could not be exported.',
  failedUnexpected: 'The message could not be exported because of an unexpected error. Please try again.',
  issuesIntro: 'A valid SDK XML file cannot be created because:',
  issue: {
    missing: 'a value the format requires is missing',
    'too-long': 'a text is longer than 256 characters',
    'not-uuid': 'an id is not a valid UUID',
    'bad-date-time': 'the message time has no time zone or is invalid',
    'not-base64': 'the content of an attachment could not be read',
    'wrong-root': 'a function address has the wrong code system',
    'no-content': 'the message has neither text nor attachments',
    unreadableFile: 'an attachment could not be read and so cannot be included',
  },
  issueSubject: '“{{subject}}”',
  issueWhere: 'field: {{path}}',
};

export const exportResources = { sv, en } as const;
