/**
 * Seed: a conversation between Lund (Erik) and Malmö (Anna) about moving a case when a
 * family moves: four messages, one conversationId, each answering the previous one.
 */
import { FA } from '../../personas';
import { dnr, PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';

export const THREAD_MALMO_LUND: readonly SeedMessage[] = [
  {
    key: 'lund-overflyttning-lind',
    from: FA.lundSocialtjanst,
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 12, hours: 4, minutes: 10 }),
    label: 'Överflyttning av ärende – familjen Lind',
    confidential: true,
    body: `Hej,

Familjen **Lind** har flyttat från Lund till Malmö. Lunds kommun har ett pågående ärende med insatsen *kontaktfamilj* för Ebbe och Sixten Lind.

Vi begär att Malmö stad **tar över ärendet** enligt 2 a kap. 10 § socialtjänstlagen. Beslut och senaste uppföljning bifogas.

Med vänlig hälsning
Erik Johansson, socialsekreterare, Lunds kommun`,
    attachments: [
      {
        fileName: 'Beslut-kontaktfamilj-Lind.pdf',
        pdf: { title: 'Beslut om insats – kontaktfamilj', lines: ['Avser: Ebbe Lind och Sixten Lind', 'Beslutsdatum: 2025-09-04', 'Lunds kommun, Socialförvaltningen', 'Dnr SOF 2025/0877'] },
      },
      {
        fileName: 'Uppfoljning-Lind.pdf',
        pdf: { title: 'Uppföljning av insats', lines: ['Insatsen har fungerat väl.', 'Barnen uttrycker att de vill fortsätta träffa kontaktfamiljen.'] },
      },
    ],
    senderPersons: [STAFF.erik],
    senderReferences: [dnr('SOF 2025/0877')],
    recipientReferences: [PERSON.ebbe, PERSON.sixten, PERSON.maja],
  },
  {
    key: 'malmo-svar-overflyttning-lind',
    from: FA.malmoBarnUnga,
    to: FA.lundSocialtjanst,
    sentAgo: ago({ days: 10, hours: 7 }),
    label: 'Sv: Överflyttning av ärende – familjen Lind',
    confidential: true,
    replyTo: 'lund-overflyttning-lind',
    body: `Hej Erik,

Tack, vi har tagit emot begäran. Innan nämnden kan besluta behöver vi:

1. **Senaste barnavårdsutredningen**
2. Uppgift om vilken kontaktfamilj som används och om den kan fortsätta

Vänliga hälsningar
Anna Lindqvist`,
    senderPersons: [STAFF.anna],
    senderReferences: [dnr('ASF-2026-03310')],
    recipientPersons: [STAFF.erik],
    recipientReferences: [dnr('SOF 2025/0877')],
  },
  {
    key: 'lund-komplettering-lind',
    from: FA.lundSocialtjanst,
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 9, hours: 2, minutes: 45 }),
    label: 'Sv: Sv: Överflyttning av ärende – familjen Lind',
    confidential: true,
    replyTo: 'malmo-svar-overflyttning-lind',
    body: `Hej Anna,

Här kommer **utredningen**. Kontaktfamiljen bor i Staffanstorp och kan fortsätta, om Malmö vill teckna nytt avtal.

/Erik`,
    attachments: [
      {
        fileName: 'Barnavardsutredning-Lind.pdf',
        pdf: { title: 'Barnavårdsutredning (sammanfattning)', lines: ['Avser: Ebbe och Sixten Lind', 'Utredningen avslutad 2025-08-20', 'Bedömning: behov av stöd i form av kontaktfamilj'] },
      },
    ],
    senderPersons: [STAFF.erik],
    senderReferences: [dnr('SOF 2025/0877')],
    recipientPersons: [STAFF.anna],
    recipientReferences: [dnr('ASF-2026-03310')],
  },
  {
    key: 'malmo-bekraftelse-lind',
    from: FA.malmoBarnUnga,
    to: FA.lundSocialtjanst,
    sentAgo: ago({ days: 8, hours: 1 }),
    label: 'Sv: Sv: Sv: Överflyttning av ärende – familjen Lind',
    confidential: true,
    replyTo: 'lund-komplettering-lind',
    body: `Hej Erik,

Nämnden har i dag **beslutat att ta över ärendet**. Ni kan avsluta det hos er från och med måndag.

Tack för gott samarbete!
Anna`,
    senderPersons: [STAFF.anna],
    senderReferences: [dnr('ASF-2026-03310')],
    recipientPersons: [STAFF.erik],
    recipientReferences: [dnr('SOF 2025/0877')],
  },
];
