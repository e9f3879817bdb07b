/**
 * Texts of references and the recipient person: part of the 'compose' namespace, merged by ../i18n.ts under the top-level keys
 * `references`, `person`. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  references: {
    legend: 'Referenser (valfritt)',
    hint: 'Hjälper mottagaren att koppla meddelandet till rätt ärende eller person.',
    add: 'Lägg till referens',
    kind: 'Typ av referens {{n}}',
    value: 'Referens {{n}}',
    label: 'Benämning av referens {{n}} (valfritt)',
    remove: 'Ta bort referens {{n}}',
    normalized: 'Skickas som {{value}}.',
    kinds: {
      personnummer: 'Personnummer',
      samordningsnummer: 'Samordningsnummer',
      diarienummer: 'Diarienummer',
      arendenummer: 'Ärendenummer',
      other: 'Övrig referens',
      custom: 'Annan kod ({{root}})',
    },
    valueHints: {
      personnummer: '12 siffror, till exempel 19121212-1212.',
      samordningsnummer: '12 siffror, födelsedagen plus 60, till exempel 19701063-2391.',
      diarienummer: 'Till exempel SOC 2026/123.',
      arendenummer: 'Ärendets nummer i ert verksamhetssystem.',
      other: 'Valfri referens som mottagaren känner igen.',
      custom: 'Referens från meddelandet du svarar på.',
    },
    theirs: 'Mottagarens referenser (skickas tillbaka oförändrade)',
    rootKinds: {
      personnummer: 'Personnummer',
      samordningsnummer: 'Samordningsnummer',
      hsaId: 'HSA-id',
      nationalReserveId: 'Reservnummer',
      diarienummer: 'Diarienummer',
      gln: 'GLN',
      email: 'E-post',
      otherPerson: 'Person',
      unregistered: 'Referens',
      unknown: 'Referens',
    },
  },
  person: {
    legend: 'Till person hos mottagaren (valfritt)',
    hint: 'Meddelandet adresseras alltid till funktionen; en person är en upplysning för mottagaren.',
    hsaId: 'HSA-id',
    hsaHint: 'Till exempel SE2321000016-abcd.',
    name: 'Namn',
  },
} as const;

const en: Texts<typeof sv> = {
  references: {
    legend: 'References (optional)',
    hint: 'Help the recipient connect the message to the right case or person.',
    add: 'Add a reference',
    kind: 'Kind of reference {{n}}',
    value: 'Reference {{n}}',
    label: 'Description of reference {{n}} (optional)',
    remove: 'Remove reference {{n}}',
    normalized: 'Sent as {{value}}.',
    kinds: {
      personnummer: 'Personal identity number',
      samordningsnummer: 'Coordination number',
      diarienummer: 'Registry number',
      arendenummer: 'Case number',
      other: 'Other reference',
      custom: 'Other code ({{root}})',
    },
    valueHints: {
      personnummer: '12 digits, e.g. 19121212-1212.',
      samordningsnummer: '12 digits, the birth day plus 60, e.g. 19701063-2391.',
      diarienummer: 'E.g. SOC 2026/123.',
      arendenummer: 'The case number in your case system.',
      other: 'Any reference the recipient will recognise.',
      custom: 'A reference from the message you are answering.',
    },
    theirs: 'The recipient’s references (sent back unchanged)',
    rootKinds: {
      personnummer: 'Personal identity number',
      samordningsnummer: 'Coordination number',
      hsaId: 'HSA id',
      nationalReserveId: 'Reserve number',
      diarienummer: 'Registry number',
      gln: 'GLN',
      email: 'E-mail',
      otherPerson: 'Person',
      unregistered: 'Reference',
      unknown: 'Reference',
    },
  },
  person: {
    legend: 'To a person at the recipient (optional)',
    hint: 'Messages are always addressed to the function; a person is information for the recipient.',
    hsaId: 'HSA id',
    hsaHint: 'E.g. SE2321000016-abcd.',
    name: 'Name',
  },
};

export const referencesTexts = { sv, en } as const;
