/** Seed: Malmö stad, Socialtjänsten barn och unga (Anna's first mailbox). */
import { FA } from '../../personas';
import { dnr, PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';

export const MALMO_BARN_UNGA_MESSAGES: readonly SeedMessage[] = [
  {
    key: 'polisen-orosanmalan-liam',
    from: 'sdk:orosanmalan-syd:0203:polisen.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 6, hours: 3, minutes: 12 }),
    label: 'Orosanmälan – barn närvarande vid ingripande i bostad',
    confidential: true,
    body: `# Orosanmälan enligt 14 kap. 1 § socialtjänstlagen

Polisen gjorde i natt ett ingripande i en lägenhet i **Malmö (Rosengård)** efter larm om bråk. Ett barn var närvarande.

## Uppgifter om barnet
* Liam Andersson, 10 år
* Barnet var vaket och uppgav att det "brukar vara så här"

## Åtgärder
1. Vårdnadshavaren delgavs misstanke om ringa misshandel.
2. Barnet lämnades i mormors vård under natten.

Bifogat finns promemorian från ingripandet. Kontakta gärna undertecknad inför förhandsbedömningen.

Med vänlig hälsning
Inspektör Robert Malm, polisregion Syd`,
    attachments: [
      {
        fileName: 'PM-ingripande-5000-K88231-26.pdf',
        pdf: {
          title: 'Promemoria – ingripande i bostad',
          lines: ['Polisregion Syd, ärende 5000-K88231-26', 'Plats: Malmö (Rosengård)', 'Närvarande barn: 1 (10 år)', 'Handläggare: insp. Robert Malm'],
        },
      },
    ],
    senderReferences: [dnr('5000-K88231-26', 'Polisens ärendenummer')],
    recipientReferences: [PERSON.liam],
  },
  {
    key: 'bup-sip-nora',
    from: 'sdk:bup:0203:skane.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 4, hours: 1 }),
    label: 'Begäran om SIP-möte – Nora Hassan',
    confidential: true,
    body: `Hej,

BUP Malmö önskar en **samordnad individuell plan (SIP)** för Nora Hassan. Vårdnadshavarna har lämnat samtycke.

Förslag på deltagare:
* Vårdnadshavare
* BUP Malmö (behandlare och läkare)
* Socialtjänsten barn och unga
* Elevhälsan, grundskolan

Föreslagna tider: tisdag 10.00 eller torsdag 13.30. Svara gärna med vilken tid som passar.

Jonas Ek
Överläkare, BUP Malmö`,
    senderPersons: [STAFF.bupLakare],
    senderReferences: [dnr('RS 2026-01874')],
    recipientReferences: [PERSON.nora],
  },
  {
    key: 'elevhalsa-franvaro-alva',
    from: 'sdk:elevhalsa:0203:malmo.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 2, hours: 5, minutes: 40 }),
    label: 'Orosanmälan från skolan – omfattande frånvaro',
    confidential: true,
    body: `# Orosanmälan – skolfrånvaro

Eleven **Alva Berg** (åk 9) har sedan höstlovet en frånvaro på cirka 45 %. Skolan har haft två möten med vårdnadshavaren utan att situationen förbättrats.

## Skolans åtgärder hittills
1. Kartläggning av frånvaron (bifogad)
2. Samtal med skolkurator varje vecka
3. Anpassad studiegång i tre ämnen

Vi bedömer att eleven kan vara i behov av stöd från socialtjänsten.

Jessica Nyström, skolkurator`,
    attachments: [
      {
        fileName: 'Franvarokartlaggning-Alva-Berg.pdf',
        pdf: { title: 'Kartläggning av frånvaro', lines: ['Elev: Alva Berg, åk 9', 'Ogiltig frånvaro: 31 %', 'Giltig frånvaro: 14 %', 'Period: vecka 35–48'] },
      },
    ],
    senderPersons: [STAFF.malmoElevhalsa],
    recipientReferences: [PERSON.alva],
  },
  {
    key: 'helsingborg-yttrande-umgange',
    from: 'sdk:socialtjanst-barn-unga:0203:helsingborg.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 3, hours: 2, minutes: 5 }),
    label: 'Begäran om yttrande – umgänge',
    confidential: true,
    body: `Hej!

Helsingborgs familjerätt utreder umgänget för **Nora Hassan**. Fadern är folkbokförd i Malmö. Vi ber om ett **yttrande** om vad som är känt hos er om familjens situation.

Yttrandet behöver vara oss tillhanda inom **tre veckor**.

Tack på förhand!
Karin Svensson, familjerättssekreterare`,
    senderPersons: [STAFF.helsingborgHandlaggare],
    senderReferences: [dnr('SOF 2026/1178')],
    recipientReferences: [PERSON.nora],
  },
  {
    key: 'malmo-svar-yttrande-helsingborg',
    from: FA.malmoBarnUnga,
    to: 'sdk:socialtjanst-barn-unga:0203:helsingborg.se',
    sentAgo: ago({ days: 1, hours: 4 }),
    label: 'Sv: Begäran om yttrande – umgänge',
    confidential: true,
    replyTo: 'helsingborg-yttrande-umgange',
    body: `Hej Karin,

Här kommer vårt yttrande. Socialtjänsten i Malmö har **ingen pågående utredning** gällande Nora. En tidigare förhandsbedömning avslutades utan utredning.

Vänliga hälsningar
Anna Lindqvist, socialsekreterare`,
    attachments: [
      {
        fileName: 'Yttrande-umgange-Nora-Hassan.pdf',
        pdf: { title: 'Yttrande till Helsingborgs familjerätt', lines: ['Avser: Nora Hassan', 'Er referens: SOF 2026/1178', 'Malmö stad, Socialtjänsten barn och unga'] },
      },
    ],
    senderPersons: [STAFF.anna],
    recipientPersons: [STAFF.helsingborgHandlaggare],
    recipientReferences: [dnr('SOF 2026/1178'), PERSON.nora],
  },
  {
    key: 'forsakringskassan-omvardnadsbidrag',
    from: 'sdk:registrator:0203:forsakringskassan.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 15, hours: 6 }),
    label: 'Förfrågan om underlag – omvårdnadsbidrag',
    confidential: true,
    body: `Försäkringskassan handlägger en ansökan om **omvårdnadsbidrag** för Liam Andersson.

Vi önskar ta del av socialtjänstens bedömning av barnets behov av tillsyn och omvårdnad, om sådan finns.

Ange vårt ärendenummer vid svar.`,
    senderReferences: [dnr('FK 2026/0418822')],
    recipientReferences: [PERSON.liam],
  },
  {
    key: 'ivo-begaran-yttrande',
    from: 'sdk:tillsyn-syd:0203:ivo.se',
    to: FA.malmoBarnUnga,
    sentAgo: ago({ days: 20, hours: 2 }),
    label: 'Begäran om yttrande i tillsynsärende',
    confidential: false,
    body: `## Begäran om yttrande

Inspektionen för vård och omsorg (IVO) har inlett tillsyn av handläggningstider för förhandsbedömningar inom socialtjänsten i Malmö stad.

Nämnden ombeds yttra sig över de frågor som framgår av bifogad skrivelse **senast den 30 dagar från dagens datum**.`,
    attachments: [
      {
        fileName: 'IVO-skrivelse-3.5.1-04512-2026.pdf',
        pdf: { title: 'Begäran om yttrande', lines: ['Dnr 3.5.1-04512/2026', 'Tillsyn av handläggningstider för förhandsbedömningar', 'Inspektionen för vård och omsorg, avdelning syd'] },
      },
    ],
    senderPersons: [STAFF.ivoInspektor],
    senderReferences: [dnr('3.5.1-04512/2026')],
  },
  {
    key: 'malmo-forhandsbedomning-bup',
    from: FA.malmoBarnUnga,
    to: 'sdk:bup:0203:skane.se',
    sentAgo: ago({ days: 5, hours: 2, minutes: 30 }),
    label: 'Förhandsbedömning – begäran om uppgifter',
    confidential: true,
    body: `Hej,

Vi gör en **förhandsbedömning** gällande Liam Andersson efter en orosanmälan. Vårdnadshavaren har samtyckt till att vi inhämtar uppgifter från BUP.

Har Liam någon pågående kontakt hos er, och finns det något ni bedömer att socialtjänsten bör känna till?

Anna Lindqvist
Socialsekreterare, Socialtjänsten barn och unga`,
    senderPersons: [STAFF.anna],
    senderReferences: [dnr('ASF-2026-04471')],
    recipientReferences: [PERSON.liam],
  },
  {
    key: 'malmo-begaran-trelleborg-avvisad',
    from: FA.malmoBarnUnga,
    to: 'sdk:socialtjanst:0203:trelleborg.se',
    sentAgo: ago({ days: 3, hours: 6, minutes: 15 }),
    label: 'Begäran om uppgifter – tidigare insatser',
    confidential: true,
    body: `Hej,

Familjen Andersson bodde i Trelleborg fram till förra året. Vi ber om uppgifter om **tidigare insatser** för Liam Andersson. Anteckningar från telefonsamtalet med mamman bifogas.

Anna Lindqvist`,
    attachments: [
      {
        fileName: 'anteckningar-telefonsamtal.txt',
        contentType: 'text/plain',
        text: 'Telefonsamtal med vårdnadshavare.\nMamman uppger att familjen hade stödsamtal i Trelleborg 2024–2025.\n',
      },
    ],
    senderPersons: [STAFF.anna],
    senderReferences: [dnr('ASF-2026-04471')],
    recipientReferences: [PERSON.liam],
    // Trelleborg's service only takes PDF attachments and wants a case number: rejected.
    outcome: {
      kind: 'reject',
      lines: [
        {
          responseCode: 'BV',
          statusReasonCode: 'not-supported',
          statusReason: "In contentType, the value 'text/plain' is not allowed.",
          lineId: '/Message/MessageBody/DigitalDocument[1]/ContentFiles[1]/contentType',
        },
        {
          responseCode: 'BV',
          statusReasonCode: 'RegelID-204',
          statusReason: 'Mottagaren kräver ett diarienummer (root dnr) som mottagarreferens.',
          lineId: '/Message/MessageHeader/Recipient/Attention/Reference',
        },
      ],
    },
  },
  {
    key: 'malmo-landskrona-ingen-kvittens',
    from: FA.malmoBarnUnga,
    to: 'sdk:socialtjanst:0203:landskrona.se',
    sentAgo: ago({ days: 2, hours: 1, minutes: 20 }),
    label: 'Överflyttning av ärende – begäran om övertagande',
    confidential: true,
    body: `Hej,

Familjen till **Nora Hassan** har flyttat till Landskrona. Vi begär att Landskrona stad tar över ärendet enligt 2 a kap. 10 § socialtjänstlagen.

Utredning och beslut bifogas när ni bekräftat mottagandet.

Anna Lindqvist`,
    senderPersons: [STAFF.anna],
    senderReferences: [dnr('ASF-2026-03982')],
    recipientReferences: [PERSON.nora],
    // Landskrona's message service never sends a message receipt.
    outcome: { kind: 'noReceipt' },
  },
  {
    key: 'polisen-orosanmalan-akut',
    from: 'sdk:orosanmalan-syd:0203:polisen.se',
    to: FA.malmoBarnUnga,
    // Sent moments before the clock starts: it arrives a few seconds into the demo.
    sentAgo: ago({ seconds: 3 }),
    label: 'Orosanmälan – ungdom omhändertagen enligt LOB',
    confidential: true,
    body: `**Brådskande.** En ungdom, 16 år, har omhändertagits enligt lagen om omhändertagande av berusade personer (LOB) och hämtats av vårdnadshavare.

Polisen bedömer att socialtjänsten behöver göra en skyndsam bedömning.`,
    senderReferences: [dnr('5000-K90412-26', 'Polisens ärendenummer')],
    recipientReferences: [PERSON.sixten],
  },
  {
    key: 'malmo-fraga-lund-pagaende',
    from: FA.malmoBarnUnga,
    to: FA.lundSocialtjanst,
    // Still on its way when the clock starts: the status moves on within seconds.
    sentAgo: ago({ seconds: 6 }),
    label: 'Fråga om kontaktfamilj – familjen Lind',
    confidential: true,
    replyTo: 'malmo-bekraftelse-lind',
    body: `Hej Erik,

En sista fråga: har kontaktfamiljen i Staffanstorp **avtal direkt med Lunds kommun** eller via ett konsulentstött familjehem?

/Anna`,
    senderPersons: [STAFF.anna],
    recipientPersons: [STAFF.erik],
    recipientReferences: [dnr('SOF 2025/0877')],
  },
];
