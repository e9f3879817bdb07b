/** Seed: Region Skåne, Utbildning – övningsbrevlåda (Tove's mailbox). */
import { FA } from '../../personas';
import { PERSON, STAFF } from '../people';
import { ago, type SeedMessage } from '../seedMessage';
import { TRAINING } from '../trainingAddresses';

export const TRAINING_MESSAGES: readonly SeedMessage[] = [
  {
    key: 'digg-valkommen-ovning',
    from: 'sdk:registrator:0203:digg.se',
    to: FA.regionSkaneUtbildning,
    sentAgo: ago({ days: 14, hours: 3 }),
    label: 'Välkommen till övningsbrevlådan',
    confidential: false,
    body: `# Välkommen!

Den här brevlådan används för **utbildning i SDK**. Skicka övningsmeddelanden till testfunktionerna hos Digg:

* *Testfunktion – tar emot meddelanden*: leveransen lyckas (ACCEPTED)
* *Testfunktion – avvisar meddelanden*: mottagaren avvisar meddelandet
* *Testfunktion – avvisar (signaturfel)*: avvisas med orsakskod SIG
* *Testfunktion – kvittens uteblir*: ingen meddelandekvittens kommer

---

Använd aldrig riktiga personuppgifter. Testpersonen **Tolvan Tolvansson** (19121212-1212) går bra.`,
  },
  {
    key: 'tove-ovning-avvisas',
    from: FA.regionSkaneUtbildning,
    to: TRAINING.rejects,
    sentAgo: ago({ days: 2, hours: 4 }),
    label: 'Övning 1 – meddelande som avvisas',
    confidential: false,
    body: `Övningsmeddelande till en funktion som **avvisar** alla meddelanden.`,
    senderPersons: [STAFF.tove],
    recipientReferences: [PERSON.tolvan],
  },
  {
    key: 'tove-ovning-kvittens-uteblir',
    from: FA.regionSkaneUtbildning,
    to: TRAINING.noReceipt,
    sentAgo: ago({ days: 1, hours: 6 }),
    label: 'Övning 2 – utebliven kvittens',
    confidential: false,
    body: `Övningsmeddelande till en funktion som **aldrig skickar meddelandekvittens**.`,
    senderPersons: [STAFF.tove],
  },
  {
    key: 'tove-ovning-lyckad',
    from: FA.regionSkaneUtbildning,
    to: TRAINING.accepts,
    sentAgo: ago({ days: 1, hours: 5, minutes: 30 }),
    label: 'Övning 3 – lyckad leverans',
    confidential: false,
    body: `Övningsmeddelande med **bilaga** som tas emot.`,
    attachments: [{ fileName: 'Ovningsbilaga.pdf', pdf: { title: 'Övningsbilaga', lines: ['Detta är en bilaga för utbildning i SDK.'] } }],
    senderPersons: [STAFF.tove],
  },
  {
    key: 'tove-bekraftelse-utbildning',
    from: FA.regionSkaneUtbildning,
    to: FA.malmoRegistrator,
    sentAgo: ago({ days: 5, hours: 5 }),
    label: 'Sv: Anmälan till SDK-utbildning',
    confidential: false,
    replyTo: 'malmo-anmalan-utbildning',
    body: `Hej Sara,

Tack för anmälan! Alla fyra har fått plats. Utbildningen hålls **digitalt**; länk skickas dagen innan.

Tove Persson, utbildare`,
    senderPersons: [STAFF.tove],
    recipientPersons: [STAFF.sara],
  },
];
