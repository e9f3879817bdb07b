/**
 * Texts of sending (progress, outcome, the confirmation and its warnings): part of the 'compose' namespace, merged by ../i18n.ts under the top-level keys
 * `sending`, `send`, `sent`, `confirm` and `warnings`. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  sending: {
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
  },
  send: {
    cancelled: 'Sändningen avbröts. Inget har gått förlorat: utkastet finns kvar och du kan skicka igen.',
    encodeFailed: 'Bilagorna kunde inte förberedas: {{detail}}. Utkastet finns kvar.',
    failed: 'Meddelandet kunde inte skickas. Rätta felen nedan och försök igen; utkastet finns kvar.',
    partly: 'Skickat till {{sent}}. Inte skickat till {{failed}} – rätta felen och skicka igen. Samma meddelande skickas aldrig två gånger.',
    unknownFailure: 'Meddelandet kunde inte skickas ({{detail}}). Utkastet finns kvar, försök igen.',
  },
  sent: {
    notice_one: 'Meddelandet ”{{label}}” är skickat. Du ser dess status här i Skickat.',
    notice_other: '{{count}} meddelanden ”{{label}}” är skickade. Du ser deras status här i Skickat.',
  },
  confirm: {
    title_one: 'Skicka meddelandet?',
    title_other: 'Skicka {{count}} meddelanden?',
    list_one: '1 meddelande skickas:',
    list_other: '{{count}} meddelanden skickas:',
    conversationShared: 'Alla meddelanden hör till samma konversation.',
    conversationSeparate: 'Varje meddelande blir en egen konversation.',
    send_one: 'Skicka',
    send_other: 'Skicka {{count}} meddelanden',
    sendAnyway: 'Skicka ändå',
    back: 'Tillbaka till meddelandet',
  },
  warnings: {
    title: 'Vill du skicka ändå?',
    'empty-text': 'Meddelandet har ingen text.',
    'mentions-attachment': 'Texten nämner en bilaga, men ingen fil är bifogad.',
    'confidential-without-reference': 'Meddelandet omfattas av sekretess men har ingen referens (till exempel personnummer eller diarienummer).',
    'many-recipients': 'Meddelandet skickas till {{count}} mottagare.',
  },
} as const;

const en: Texts<typeof sv> = {
  sending: {
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
  },
  send: {
    cancelled: 'Sending was cancelled. Nothing is lost: the draft is kept and you can send again.',
    encodeFailed: 'The attachments could not be prepared: {{detail}}. The draft is kept.',
    failed: 'The message could not be sent. Correct the problems below and try again; the draft is kept.',
    partly: 'Sent to {{sent}}. Not sent to {{failed}} – correct the problems and send again. The same message is never sent twice.',
    unknownFailure: 'The message could not be sent ({{detail}}). The draft is kept; please try again.',
  },
  sent: {
    notice_one: 'The message “{{label}}” has been sent. You can follow its status here in Sent.',
    notice_other: '{{count}} messages “{{label}}” have been sent. You can follow their status here in Sent.',
  },
  confirm: {
    title_one: 'Send the message?',
    title_other: 'Send {{count}} messages?',
    list_one: '1 message will be sent:',
    list_other: '{{count}} messages will be sent:',
    conversationShared: 'All messages belong to the same conversation.',
    conversationSeparate: 'Each message starts a conversation of its own.',
    send_one: 'Send',
    send_other: 'Send {{count}} messages',
    sendAnyway: 'Send anyway',
    back: 'Back to the message',
  },
  warnings: {
    title: 'Send anyway?',
    'empty-text': 'The message has no text.',
    'mentions-attachment': 'The text mentions an attachment, but no file is attached.',
    'confidential-without-reference': 'The message is confidential but has no reference (such as a personal identity number or registry number).',
    'many-recipients': 'The message goes to {{count}} recipients.',
  },
};

export const sendingTexts = { sv, en } as const;
