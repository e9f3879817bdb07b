/** Seed: Lunds kommun, Socialtjänsten (Erik's mailbox) and Överförmyndare. */
import { FA } from '../../personas';
import { dnr, PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';

export const LUND_MESSAGES: readonly SeedMessage[] = [
  {
    key: 'polisen-orosanmalan-lund',
    from: 'sdk:orosanmalan-syd:0203:polisen.se',
    to: FA.lundSocialtjanst,
    sentAgo: ago({ days: 5, hours: 9 }),
    label: 'Orosanmälan – ungdom vid misstänkt brott',
    confidential: true,
    body: `Polisen har hört en ungdom, 17 år, som **misstänkt för snatteri** i Lund centrum. Vårdnadshavare har underrättats.

Polisen gör en orosanmälan enligt 14 kap. 1 § socialtjänstlagen.`,
    senderReferences: [dnr('5000-K87719-26', 'Polisens ärendenummer')],
    recipientReferences: [PERSON.amir],
  },
  {
    key: 'kristianstad-yttrande-vardnad',
    from: 'sdk:socialtjanst:0203:kristianstad.se',
    to: FA.lundSocialtjanst,
    sentAgo: ago({ days: 11, hours: 3 }),
    label: 'Begäran om yttrande – vårdnadsutredning',
    confidential: true,
    body: `Hej,

Kristianstads familjerätt gör en **vårdnadsutredning** efter uppdrag från tingsrätten. Mamman, Maja Lind, var tidigare bosatt i Lund.

Vi ber om ett yttrande om eventuella tidigare insatser **inom två veckor**.

Sofia Eriksson, familjerättssekreterare`,
    senderPersons: [STAFF.kristianstad],
    senderReferences: [dnr('SN 2026/0734')],
    recipientReferences: [PERSON.maja],
  },
  {
    key: 'psykiatri-sip-lund',
    from: 'sdk:vuxenpsykiatri:0203:skane.se',
    to: FA.lundSocialtjanst,
    sentAgo: ago({ days: 2, hours: 7 }),
    label: 'Kallelse till SIP – Yusuf Karimi',
    confidential: true,
    body: `Vuxenpsykiatrin kallar till **SIP-möte** för Yusuf Karimi. Kallelsen med förslag på tid bifogas.`,
    attachments: [
      {
        fileName: 'Kallelse-SIP-vuxenpsykiatri.pdf',
        pdf: { title: 'Kallelse till SIP-möte', lines: ['Datum: fredag kl. 09.30', 'Plats: Psykiatrimottagning Lund', 'Kontakt: Mats Olsson, sjuksköterska'] },
      },
    ],
    senderPersons: [STAFF.psykiatriSsk],
    recipientReferences: [PERSON.yusuf],
  },
  {
    key: 'lund-samverkan-af',
    from: FA.lundSocialtjanst,
    to: 'sdk:kommunsamverkan:0203:arbetsformedlingen.se',
    sentAgo: ago({ days: 4, hours: 1 }),
    label: 'Samordning av insatser – ung vuxen',
    confidential: true,
    body: `Hej,

Vi vill samordna insatserna för **Amir Rahimi** (samordningsnummer), som har försörjningsstöd och är inskriven hos er. Kan vi boka ett trepartsmöte?

Erik Johansson`,
    senderPersons: [STAFF.erik],
    senderReferences: [dnr('SOF 2026/0298')],
    recipientReferences: [PERSON.amir],
  },
  {
    key: 'skatteverket-lund-overformyndare',
    from: 'sdk:registrator:0203:skatteverket.se',
    to: FA.lundOverformyndare,
    sentAgo: ago({ days: 13, hours: 2 }),
    label: 'Underrättelse om dödsfall – huvudman med god man',
    confidential: true,
    body: `Skatteverket underrättar överförmyndaren om att en huvudman med **god man** har avlidit. Underrättelsen skickas enligt gällande rutin.`,
    recipientReferences: [PERSON.tolvan],
  },
];
