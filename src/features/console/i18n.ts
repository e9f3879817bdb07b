/**
 * Texts of the 'console' namespace: the superuser console's frame and its sections, loaded on
 * demand with the console (its header link's label is in 'common'). Sections added by other
 * features may bring namespaces of their own (sections.ts); their nav labels are here.
 */
import { mergeTexts, type Texts } from '../../i18n/texts';
import { accessTexts } from './access/i18n';
import { logTexts } from './log/i18n';
import { mailboxesTexts } from './mailboxes/i18n';

const own = {
  title: 'Konsol för superanvändare',
  intro: 'Här administrerar du {{organization}}s funktionsbrevlådor och anslutningen till SDK.',
  navLabel: 'Konsolens delar',
  sections: {
    mailboxes: 'Funktionsbrevlådor',
    access: 'Behörigheter',
    log: 'Logg',
    addressBook: 'Adressbok',
    connectionTest: 'Anslutningstest',
    retention: 'Gallring',
    status: 'Driftstatus',
    rollout: 'Införande',
  },
  loadingSection: 'Laddar…',
  noAccess: {
    title: 'Du har inte tillgång till konsolen',
    body: 'Konsolen är bara för superanvändare. Din inloggning har inte rollen superanvändare.',
    whoToAsk: 'Behöver du administrera funktionsbrevlådor? Fråga din organisations superanvändare eller IT-avdelning.',
    back: 'Till startsidan',
  },
} as const;

const ownEn: Texts<typeof own> = {
  title: 'Superuser console',
  intro: "Here you administer {{organization}}'s function mailboxes and its connection to SDK.",
  navLabel: 'Console sections',
  sections: {
    mailboxes: 'Function mailboxes',
    access: 'Access',
    log: 'Log',
    addressBook: 'Address book',
    connectionTest: 'Connection test',
    retention: 'Retention',
    status: 'System status',
    rollout: 'Rollout',
  },
  loadingSection: 'Loading…',
  noAccess: {
    title: 'You do not have access to the console',
    body: 'The console is for superusers only. Your sign-in does not have the superuser role.',
    whoToAsk: "Do you need to administer function mailboxes? Ask your organisation's superuser or IT department.",
    back: 'Go to the start page',
  },
};

const sv = mergeTexts(own, mailboxesTexts.sv, accessTexts.sv, logTexts.sv);
const en: Texts<typeof sv> = mergeTexts(ownEn, mailboxesTexts.en, accessTexts.en, logTexts.en);

export const consoleResources = { sv, en } as const;
