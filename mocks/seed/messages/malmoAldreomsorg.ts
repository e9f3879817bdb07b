/** Seed: Malmö stad, Äldreomsorg (Anna's second mailbox). */
import { FA } from '../../personas';
import { dnr, PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';

export const MALMO_ALDREOMSORG_MESSAGES: readonly SeedMessage[] = [
  {
    key: 'sus-inskrivning-karl-erik',
    from: 'sdk:vardplanering:0203:skane.se',
    to: FA.malmoAldreomsorg,
    sentAgo: ago({ days: 1, hours: 2, minutes: 15 }),
    label: 'Inskrivningsmeddelande – Karl-Erik Nilsson',
    confidential: true,
    body: `# Inskrivningsmeddelande

**Karl-Erik Nilsson** skrevs in på SUS Malmö, geriatrisk avdelning, efter en fallolycka i hemmet.

* Beräknad utskrivning: om cirka fem dagar
* Patienten har i dag hemtjänst två gånger per dag
* Behov av **korttidsplats** kan bli aktuellt

Fast vårdkontakt: Lena Strand, vårdplanerare.`,
    senderPersons: [STAFF.vardplanerare],
    recipientReferences: [PERSON.karlErik],
  },
  {
    key: 'malmo-svar-inskrivning-karl-erik',
    from: FA.malmoAldreomsorg,
    to: 'sdk:vardplanering:0203:skane.se',
    sentAgo: ago({ hours: 20 }),
    label: 'Sv: Inskrivningsmeddelande – Karl-Erik Nilsson',
    confidential: true,
    replyTo: 'sus-inskrivning-karl-erik',
    body: `Tack! Biståndshandläggare är utsedd och **hemtjänsten förbereds**. Vi deltar gärna i vårdplaneringen via Skype eller telefon.

Anna Lindqvist, biståndshandläggare`,
    senderPersons: [STAFF.anna],
    recipientPersons: [STAFF.vardplanerare],
    recipientReferences: [PERSON.karlErik],
  },
  {
    key: 'sus-kallelse-sip-karl-erik',
    from: 'sdk:vardplanering:0203:skane.se',
    to: FA.malmoAldreomsorg,
    sentAgo: ago({ days: 3, hours: 5 }),
    label: 'Kallelse till samordnad vårdplanering',
    confidential: true,
    body: `Välkommen till **samordnad vårdplanering (SIP)** inför utskrivning. Kallelsen bifogas.

Meddela om tiden inte passar.`,
    attachments: [
      {
        fileName: 'Kallelse-SIP.pdf',
        pdf: { title: 'Kallelse till SIP-möte', lines: ['Datum: onsdag kl. 13.00', 'Plats: SUS Malmö, avdelning 5, samtalsrum 2', 'Deltagare: patient, anhörig, slutenvård, hemsjukvård, biståndshandläggare'] },
      },
    ],
    senderPersons: [STAFF.vardplanerare],
    recipientReferences: [PERSON.karlErik],
  },
  {
    key: 'hjalpmedel-entre-ingrid',
    from: 'sdk:hjalpmedel:0203:skane.se',
    to: FA.malmoAldreomsorg,
    sentAgo: ago({ days: 5, hours: 3, minutes: 50 }),
    label: 'Hjälpmedelsbedömning – entré och trappa',
    confidential: true,
    body: `Hej,

Vid hembesöket hos **Ingrid Holm** bedömde arbetsterapeuten att trappan vid entrén är ett hinder för rollator. Foto bifogas.

Vi rekommenderar att en **ramp** utreds inom bostadsanpassningen.

Fatima Ali, arbetsterapeut`,
    attachments: [{ fileName: 'entre-trappa.png', png: { width: 96, height: 64 } }],
    senderPersons: [STAFF.arbetsterapeut],
    recipientReferences: [PERSON.ingrid],
  },
  {
    key: 'lund-sarskilt-boende',
    from: 'sdk:aldreomsorg:0203:lund.se',
    to: FA.malmoAldreomsorg,
    sentAgo: ago({ days: 9, hours: 6 }),
    label: 'Ansökan om särskilt boende i annan kommun',
    confidential: true,
    body: `Hej,

En brukare i Lund, **Birgitta Åström**, har ansökt om särskilt boende i Malmö för att bo nära sin dotter (2 a kap. 8 § SoL).

Vi bifogar **utredningen** och ber er bekräfta vem som handlägger ansökan.

Peter Holmberg, biståndshandläggare`,
    attachments: [
      {
        fileName: 'Utredning-sarskilt-boende.pdf',
        pdf: { title: 'Utredning – ansökan om särskilt boende', lines: ['Sökande: Birgitta Åström', 'Önskad kommun: Malmö', 'Lunds kommun, Vård- och omsorgsförvaltningen'] },
      },
    ],
    senderPersons: [STAFF.lundAldre],
    senderReferences: [dnr('VOF 2026/0233')],
    recipientReferences: [PERSON.birgitta],
  },
  {
    key: 'malmo-overformyndare-god-man',
    from: 'sdk:overformyndare:0203:malmo.se',
    to: FA.malmoAldreomsorg,
    sentAgo: ago({ days: 6, hours: 1 }),
    label: 'Begäran om uppgifter – behov av god man',
    confidential: true,
    body: `Överförmyndarförvaltningen har fått en anmälan om behov av **god man** för Karl-Erik Nilsson. Vi ber om uppgifter om hans nuvarande insatser och om han bedöms kunna ta tillvara sin rätt.`,
    recipientReferences: [PERSON.karlErik],
  },
  {
    key: 'malmo-anmalan-god-man-lund',
    from: FA.malmoAldreomsorg,
    to: FA.lundOverformyndare,
    sentAgo: ago({ days: 7, hours: 3 }),
    label: 'Anmälan om behov av god man',
    confidential: true,
    body: `Hej,

Vi anmäler att **Birgitta Åström**, folkbokförd i Lund, kan vara i behov av god man. Hon har svårt att sköta sin ekonomi och sina kontakter med myndigheter.

Anna Lindqvist, biståndshandläggare, Malmö stad`,
    senderPersons: [STAFF.anna],
    recipientReferences: [PERSON.birgitta],
  },
];
