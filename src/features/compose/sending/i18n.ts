/** Texts of the 'sending' namespace (send progress, offline notice). Swedish is the source. */
import type { Texts } from '../../../i18n/texts';

const sv = {
  title: 'Sändning',
  summary: 'Skickat {{sent}} av {{total}}',
  recipientFallback: 'Meddelande {{number}}',
  to: 'Till {{recipient}}',
  phase: {
    queued: 'I kö',
    sending: 'Skickar…',
    sendingAgain: 'Skickar… (försök {{attempt}})',
    waitingRetry: 'Tjänsten svarar inte just nu. Nytt försök om {{seconds}} s',
    waitingRetryStatus: 'Tjänsten svarade med fel ({{status}}). Nytt försök om {{seconds}} s',
    waitingRetryAnnouncement: 'Tjänsten svarar inte just nu. Nytt försök görs automatiskt',
    offlineWaiting: 'Väntar på anslutning – skickas när du är online igen',
    sent: 'Skickat',
    failed: 'Misslyckades: {{reason}}',
    cancelled: 'Avbrutet – skickades inte',
    cancelledUncertain: 'Avbrutet – kan ha hunnit skickas. Skicka igen för att kontrollera; meddelandet kan aldrig bli dubbelt.',
  },
  reason: {
    unauthorized: 'inloggningen har gått ut. Logga in igen och skicka på nytt – utkastet finns kvar.',
    forbidden: 'du får inte skicka från den här funktionsbrevlådan.',
    rejected: 'tjänsten godtog inte meddelandet. Rätta felen och skicka igen.',
    httpStatus: 'tjänsten svarade med fel ({{status}}).',
    unknown: 'okänt fel.',
  },
  cancel: 'Avbryt sändningen',
  cancelNote: 'Meddelanden som redan har skickats påverkas inte.',
  offline: {
    title: 'Du är offline',
    body: 'Du kan fortsätta skriva – utkastet sparas i den här fliken. När du skickar väntar meddelandet på anslutningen och skickas så snart du är online igen.',
  },
} as const;

const en: Texts<typeof sv> = {
  title: 'Sending',
  summary: '{{sent}} of {{total}} sent',
  recipientFallback: 'Message {{number}}',
  to: 'To {{recipient}}',
  phase: {
    queued: 'Queued',
    sending: 'Sending…',
    sendingAgain: 'Sending… (attempt {{attempt}})',
    waitingRetry: 'The service is not answering right now. Retrying in {{seconds}} s',
    waitingRetryStatus: 'The service answered with an error ({{status}}). Retrying in {{seconds}} s',
    waitingRetryAnnouncement: 'The service is not answering right now. It will be retried automatically',
    offlineWaiting: 'Waiting for a connection – sent as soon as you are online again',
    sent: 'Sent',
    failed: 'Failed: {{reason}}',
    cancelled: 'Cancelled – not sent',
    cancelledUncertain: 'Cancelled – it may have been sent. Send again to check; the message can never be duplicated.',
  },
  reason: {
    unauthorized: 'your sign-in has expired. Sign in again and resend – the draft is kept.',
    forbidden: 'you may not send from this function mailbox.',
    rejected: 'the service did not accept the message. Correct the errors and send again.',
    httpStatus: 'the service answered with an error ({{status}}).',
    unknown: 'unknown error.',
  },
  cancel: 'Cancel sending',
  cancelNote: 'Messages already sent are not affected.',
  offline: {
    title: 'You are offline',
    body: 'You can keep writing – the draft is saved in this tab. When you send, the message waits for the connection and is sent as soon as you are online again.',
  },
};

export const sendingResources = { sv, en } as const;
