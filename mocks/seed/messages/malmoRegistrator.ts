/** Seed: Malmö stad, Registrator (Sara's mailbox). */
import { FA } from '../../personas';
import { dnr, PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';

export const MALMO_REGISTRATOR_MESSAGES: readonly SeedMessage[] = [
  {
    key: 'ivo-beslut-tillsyn',
    from: 'sdk:registrator:0203:ivo.se',
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 10, hours: 4 }),
    label: 'Beslut i tillsynsärende 3.5.1-02211/2026',
    confidential: false,
    body: `IVO har avslutat tillsynen av **Hälsa-, vård- och omsorgsnämnden** i Malmö stad. Beslutet bifogas.

IVO avslutar ärendet.`,
    attachments: [
      {
        fileName: 'IVO-beslut-3.5.1-02211-2026.pdf',
        pdf: { title: 'Beslut', lines: ['Dnr 3.5.1-02211/2026', 'Tillsyn av rutiner för avvikelsehantering', 'IVO avslutar ärendet.'] },
      },
    ],
    senderReferences: [dnr('3.5.1-02211/2026')],
  },
  {
    key: 'skatteverket-folkbokforing',
    from: 'sdk:folkbokforing:0203:skatteverket.se',
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 4, hours: 6, minutes: 30 }),
    label: 'Underrättelse – ändrad folkbokföring',
    confidential: true,
    body: `Skatteverket underrättar om att en person med **samordningsnummer** har registrerats med adress i Malmö kommun. Underrättelsen skickas för kännedom till kommunens socialtjänst.`,
    senderReferences: [dnr('131 48812-26/4533')],
    recipientReferences: [PERSON.yusuf],
  },
  {
    key: 'af-overenskommelse',
    from: 'sdk:kommunsamverkan:0203:arbetsformedlingen.se',
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 16, hours: 2 }),
    label: 'Överenskommelse om lokal samverkan 2026',
    confidential: false,
    body: `## Överenskommelse om lokal samverkan

Bifogat finns förslaget till **överenskommelse** mellan Arbetsförmedlingen och Malmö stad för 2026.

Synpunkter önskas senast den **sista i månaden**.`,
    attachments: [
      {
        fileName: 'Overenskommelse-lokal-samverkan-2026.pdf',
        pdf: { title: 'Överenskommelse om lokal samverkan 2026', lines: ['Parter: Arbetsförmedlingen och Malmö stad', 'Målgrupp: unga 16–24 år och personer med försörjningsstöd', 'Utkast för synpunkter'] },
      },
    ],
    senderReferences: [dnr('Af-2026/0031 7788')],
  },
  {
    key: 'kronofogden-loneutmatning',
    from: 'sdk:registrator:0203:kronofogden.se',
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 2, hours: 3 }),
    label: 'Beslut om löneutmätning – arbetsgivarens skyldigheter',
    confidential: true,
    body: `Kronofogden har beslutat om **löneutmätning** för en person anställd hos Malmö stad. Beslutet och instruktioner till arbetsgivaren bifogas.`,
    attachments: [
      {
        fileName: 'Beslut-loneutmatning.pdf',
        pdf: { title: 'Beslut om löneutmätning', lines: ['Arbetsgivare: Malmö stad (212000-1124)', 'Belopp att innehålla per månad: se beslut', 'Kronofogdemyndigheten'] },
      },
    ],
    senderReferences: [dnr('KFM 2026-118834')],
  },
  {
    key: 'digg-underhall',
    from: 'sdk:registrator:0203:digg.se',
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 1, hours: 8 }),
    label: 'Information: planerat underhåll i SDK-federationen',
    confidential: false,
    body: `# Planerat underhåll

Natten mot **lördag** uppdateras federationens adressbok.

* Tidsfönster: 01.00–04.00
* Meddelanden köas och levereras när underhållet är klart
* Ingen åtgärd krävs av er

Frågor? Svara på detta meddelande.`,
  },
  {
    key: 'malmo-remissvar-region',
    from: FA.malmoRegistrator,
    to: 'sdk:registrator:0203:skane.se',
    sentAgo: ago({ days: 8, hours: 5 }),
    label: 'Remissvar – regional handlingsplan för psykisk hälsa',
    confidential: false,
    body: `Malmö stad lämnar härmed **remissvar** på Region Skånes förslag till regional handlingsplan för psykisk hälsa. Kommunstyrelsens beslut bifogas.`,
    attachments: [
      {
        fileName: 'Remissvar-handlingsplan-psykisk-halsa.pdf',
        pdf: { title: 'Remissvar', lines: ['Regional handlingsplan för psykisk hälsa', 'Malmö stad, kommunstyrelsen', 'Er referens: RS 2026-00871'] },
      },
    ],
    senderPersons: [STAFF.sara],
    senderReferences: [dnr('STK-2026-0412')],
    recipientReferences: [dnr('RS 2026-00871')],
  },
  {
    key: 'malmo-anmalan-utbildning',
    from: FA.malmoRegistrator,
    to: FA.regionSkaneUtbildning,
    sentAgo: ago({ days: 6, hours: 2 }),
    label: 'Anmälan till SDK-utbildning',
    confidential: false,
    body: `Hej Tove,

Malmö stad anmäler **fyra deltagare** till SDK-utbildningen för registratorer:

1. Sara Nilsson
2. Mohammed Aziz
3. Elin Bengtsson
4. Oskar Wallin

Sara Nilsson, registrator`,
    senderPersons: [STAFF.sara],
    recipientPersons: [STAFF.tove],
  },
];
