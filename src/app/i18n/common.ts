/** Texts of the 'common' namespace: app frame, navigation, generic pages. */
import type { Texts } from '../../i18n/texts';

const sv = {
  appName: 'SDK Meddelandeklient',
  skipToContent: 'Hoppa till innehållet',
  environment: {
    label: 'Miljö',
    DEMO: 'DEMO',
    QA: 'QA',
    PROD: 'PROD',
    description: {
      DEMO: 'Demomiljö – fiktiva uppgifter',
      QA: 'Testmiljö',
      PROD: 'Produktion',
    },
  },
  language: {
    label: 'Språk',
    switchTo: 'In English',
  },
  user: {
    signedInAs: 'Inloggad som',
    signOut: 'Logga ut',
    signingOut: 'Loggar ut…',
  },
  nav: {
    label: 'Funktionsbrevlådor',
  },
  // Header buttons of features whose own texts load on demand (shortcuts help, settings page).
  header: {
    shortcutHelp: 'Kortkommandon',
    settings: 'Inställningar',
    console: 'Konsol',
  },
  loading: 'Laddar…',
  flash: { dismiss: 'Stäng' },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen leder inte till någon sida i Meddelandeklienten. Den kan vara felskriven eller inaktuell.',
    home: 'Till startsidan',
  },
} as const;

const en: Texts<typeof sv> = {
  appName: 'SDK Message Client',
  skipToContent: 'Skip to content',
  environment: {
    label: 'Environment',
    DEMO: 'DEMO',
    QA: 'QA',
    PROD: 'PROD',
    description: {
      DEMO: 'Demo environment – fictitious data',
      QA: 'Test environment',
      PROD: 'Production',
    },
  },
  language: {
    label: 'Language',
    switchTo: 'På svenska',
  },
  user: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
  },
  nav: {
    label: 'Function mailboxes',
  },
  header: {
    shortcutHelp: 'Keyboard shortcuts',
    settings: 'Settings',
    console: 'Console',
  },
  loading: 'Loading…',
  flash: { dismiss: 'Close' },
  notFound: {
    title: 'Page not found',
    body: 'The address does not lead to any page in the Message Client. It may be misspelt or out of date.',
    home: 'Go to the start page',
  },
};

export const commonResources = { sv, en } as const;
