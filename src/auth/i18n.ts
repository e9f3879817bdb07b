/** Texts of the 'auth' namespace: sign-in, sign-out, no mailbox. */
import type { Texts } from '../i18n/texts';

const sv = {
  checking: 'Kontrollerar inloggningen…',
  redirecting: 'Du skickas vidare till inloggningen…',
  completing: 'Slutför inloggningen…',
  error: {
    title: 'Inloggningen misslyckades',
    unreachable: 'Inloggningstjänsten svarar inte just nu. Det kan bero på ett tillfälligt fel eller på nätverket.',
    denied: 'Inloggningen avbröts eller nekades av inloggningstjänsten.',
    callback: 'Svaret från inloggningstjänsten kunde inte tas emot. Det händer till exempel om inloggningen påbörjades i en annan flik eller tog för lång tid.',
    incomplete: 'Inloggningen blev inte klar. Du kom tillbaka till Meddelandeklienten utan att vara inloggad.',
    whatToDo: 'Försök igen om en stund. Om felet kvarstår, kontakta din organisations IT-support och berätta vad som hände.',
    retry: 'Försök igen',
    technical: 'Teknisk information',
  },
  signedOut: {
    title: 'Du är utloggad',
    body: 'Du har loggats ut från Meddelandeklienten. Stäng webbläsaren om du använder en delad dator.',
    signInAgain: 'Logga in igen',
  },
  noMailbox: {
    title: 'Du har ingen funktionsbrevlåda',
    body: 'Du är inloggad, men ditt konto är inte kopplat till någon funktionsbrevlåda. Utan en funktionsbrevlåda kan du inte läsa eller skicka meddelanden.',
    whoToAsk: 'Be superanvändaren för Meddelandeklienten i din organisation att ge dig behörighet till rätt funktionsbrevlåda. Logga sedan ut och in igen.',
    you: 'Dina uppgifter',
    name: 'Namn',
    organization: 'Organisation',
    unknownOrganization: 'Okänd organisation',
    signOut: 'Logga ut',
  },
  sessionExpired: 'Din inloggning har gått ut.',
  signInAgain: 'Logga in igen',
} as const;

const en: Texts<typeof sv> = {
  checking: 'Checking sign-in…',
  redirecting: 'Taking you to the sign-in page…',
  completing: 'Completing sign-in…',
  error: {
    title: 'Sign-in failed',
    unreachable: 'The sign-in service is not responding right now. This may be a temporary fault or a network problem.',
    denied: 'The sign-in was cancelled or refused by the sign-in service.',
    callback: 'The answer from the sign-in service could not be received. This happens, for example, if sign-in was started in another tab or took too long.',
    incomplete: 'Sign-in did not complete. You came back to the Message Client without being signed in.',
    whatToDo: 'Try again in a while. If the problem persists, contact your organisation’s IT support and tell them what happened.',
    retry: 'Try again',
    technical: 'Technical details',
  },
  signedOut: {
    title: 'You are signed out',
    body: 'You have been signed out of the Message Client. Close the browser if you are using a shared computer.',
    signInAgain: 'Sign in again',
  },
  noMailbox: {
    title: 'You have no function mailbox',
    body: 'You are signed in, but your account is not linked to any function mailbox. Without one you cannot read or send messages.',
    whoToAsk: 'Ask the Message Client superuser in your organisation to give you access to the right function mailbox. Then sign out and in again.',
    you: 'Your details',
    name: 'Name',
    organization: 'Organisation',
    unknownOrganization: 'Unknown organisation',
    signOut: 'Sign out',
  },
  sessionExpired: 'Your sign-in has expired.',
  signInAgain: 'Sign in again',
};

export const authResources = { sv, en } as const;
