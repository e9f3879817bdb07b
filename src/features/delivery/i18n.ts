/**
 * Texts of the 'delivery' namespace: the delivery status, its timeline, the advice per receipt
 * reason and the late-receipt warning. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../i18n/texts';

const sv = {
  heading: 'Leveransstatus',
  current: 'Nuvarande status',
  result: {
    accepted: 'Levererat: mottagaren har tagit emot meddelandet.',
    rejected: 'Avvisat: mottagaren har inte tagit emot meddelandet.',
    failed: 'Inte levererat: meddelandet har inte kommit fram till mottagaren.',
    pending: 'Leveransen pågår. Statusen uppdateras automatiskt.',
    unknown: 'Statusen är okänd.',
  },
  timeline: 'Händelser, senaste först',
  noEvents: 'Meddelandetjänsten har inte rapporterat några händelser ännu.',
  actedBy: 'Utfört av {{actor}}',
  actor: {
    'message-service': 'meddelandetjänsten',
    'access-point': 'accesspunkten',
    recipient: 'mottagaren',
  },
  explain: {
    SCHEDULED: 'Meddelandetjänsten har tagit emot meddelandet och lagt det i kö för att skickas.',
    SUBMITTED: 'Meddelandet har paketerats, förseglats och lämnats till den egna accesspunkten.',
    SCHEDULED_FOR_RESEND: 'Sändningen misslyckades tillfälligt. Meddelandetjänsten försöker skicka igen.',
    ACKNOWLEDGE: 'Mottagarens accesspunkt har bekräftat att meddelandet kommit fram (transportkvittens).',
    WAITING_FOR_RECEIPT: 'Meddelandet har lämnats till mottagaren. Meddelandetjänsten väntar på mottagarens meddelandekvittens.',
    MESSAGE_EXCHANGE_ERROR: 'Meddelandeutbytet har avslutats med fel. Mottagaren har inte tagit emot meddelandet.',
    ACCEPTED: 'Mottagaren har tagit emot meddelandet och skickat en godkänd meddelandekvittens.',
    REJECTED: 'Mottagaren har avvisat meddelandet med en meddelandekvittens. Orsakerna står i händelserna.',
    RETRIEVED: 'Meddelandetjänsten har hämtat ett inkommande meddelande.',
    RECEIPT_SENT: 'Meddelandetjänsten har skickat kvittens på det inkomna meddelandet till avsändaren.',
    NEW: 'Meddelandet har kommit in, är kvitterat och kan läsas.',
    ERROR: 'Ett oväntat fel uppstod i meddelandeflödet.',
  },
  receiptLine: 'Orsak i mottagarens kvittens: {{code}}',
  responseCode: {
    SV: 'SV – meddelandets struktur (schema)',
    BV: 'BV – regel hos mottagaren eller i specifikationen',
    SIG: 'SIG – signatur eller säkerhet',
  },
  unknownCode: 'Händelse som inte finns i kodverket: {{code}}',
  fields: {
    typeCode: 'Kod',
    title: 'Orsak',
    detail: 'Beskrivning',
    in: 'Gäller',
  },
  timeUnknown: 'Tidpunkt saknas',
  adviceHeading: 'Vad du behöver göra',
  advice: {
    structure: {
      what: 'Meddelandet var tekniskt felaktigt uppbyggt (schemafel). Felet ligger inte i det du skrev.',
      todo: 'Kontakta er support för meddelandeklienten och ange meddelandets id och felbeskrivningen. Skicka inte samma meddelande igen förrän felet är rättat.',
    },
    invariant: {
      what: 'Meddelandet bröt mot en regel i innehållsspecifikationen, till exempel ett fält med fel format.',
      todo: 'Kontrollera uppgiften som anges under ”Gäller”, rätta den och skicka ett nytt meddelande. Kontakta support om du inte ser vad som är fel.',
    },
    'too-long': {
      what: 'Meddelandet var för stort för mottagaren. Hela meddelandet får vara högst 30 MB, bilagor inräknade.',
      todo: 'Dela upp innehållet på flera meddelanden med färre eller mindre bilagor, till exempel komprimerade PDF-filer, och skicka igen.',
    },
    'not-supported': {
      what: 'Mottagaren tar inte emot något i meddelandet, oftast en bilaga av en filtyp som inte stöds.',
      todo: 'Spara om bilagan som PDF (eller annan filtyp som mottagaren tar emot) och skicka meddelandet igen.',
    },
    'not-found': {
      what: 'Mottagarens funktionsadress finns inte eller är felaktig.',
      todo: 'Sök upp mottagaren i adressboken igen – adressen kan ha ändrats eller tagits bort – och skicka till rätt funktionsadress. Kontakta mottagande organisation om du är osäker.',
    },
    duplicate: {
      what: 'Mottagaren har redan fått ett meddelande med samma meddelande-id.',
      todo: 'Kontrollera i konversationen om meddelandet redan har kommit fram. Skicka i så fall inte igen; annars skriv ett nytt meddelande.',
    },
    forbidden: {
      what: 'Mottagarens kontroll hittade misstänkt skadlig kod i meddelandet eller i en bilaga.',
      todo: 'Skicka inte om bilagan. Kontakta er IT-säkerhetsfunktion omgående; en incident kan behöva rapporteras.',
    },
    'sender-mismatch': {
      what: 'Avsändaruppgifterna stämde inte med den avsändande accesspunkten.',
      todo: 'Det är ett inställningsfel hos er organisation, inte i meddelandet. Kontakta er support för SDK och skicka inte om förrän felet är rättat.',
    },
    signature: {
      what: 'Mottagaren kunde inte verifiera meddelandets signatur eller kryptering.',
      todo: 'Felet ligger i den tekniska överföringen, inte i innehållet. Kontakta er support för SDK med tidpunkt och meddelandets id, och skicka om när de bekräftat att felet är åtgärdat.',
    },
    'recipient-rule': {
      what: 'Mottagaren avvisade meddelandet enligt en egen regel.',
      whatRules: 'Mottagaren avvisade meddelandet enligt sina regler ({{rules}}).',
      todo: 'Läs mottagarens förklaring i händelserna, rätta det som efterfrågas och skicka ett nytt meddelande. Kontakta mottagaren om förklaringen är oklar.',
    },
    'missing-transport-receipt': {
      what: 'Mottagarens accesspunkt bekräftade aldrig att meddelandet kom fram (transportkvittens saknas).',
      todo: 'Meddelandet har troligen inte nått mottagaren. Skicka det igen senare, och kontakta mottagaren på annat sätt om ärendet är brådskande. Kontakta er support om felet upprepas.',
    },
    'missing-message-receipt': {
      what: 'Meddelandet kom fram till mottagarens accesspunkt, men mottagaren skickade aldrig någon meddelandekvittens.',
      todo: 'Det är oklart om mottagaren har tagit emot meddelandet. Kontakta mottagaren på annat sätt, till exempel per telefon, innan du skickar igen – annars kan det komma fram två gånger.',
    },
    'unexplained-failure': {
      what: 'Meddelandeutbytet misslyckades utan att någon orsak angavs.',
      todo: 'Kontakta er support och ange meddelandets id. Skicka igen först när orsaken är känd.',
    },
  },
  wait: {
    title: 'Kvittensen dröjer',
    body: 'Meddelandet har väntat på mottagarens meddelandekvittens sedan {{since}} ({{duration}}), längre än de {{limit}} som är normalt.',
    meaning: 'Meddelandet har kommit fram till mottagarens accesspunkt, men mottagaren har ännu inte bekräftat att det tagits emot.',
    todo: 'Vänta, eller kontakta mottagaren på annat sätt om ärendet är brådskande. Skicka inte om meddelandet – då kan det komma fram två gånger.',
    minutes_one: '{{count}} minut',
    minutes_other: '{{count}} minuter',
    hours_one: '{{count}} timme',
    hours_other: '{{count}} timmar',
    days_one: '{{count}} dygn',
    days_other: '{{count}} dygn',
  },
} as const;

const en: Texts<typeof sv> = {
  heading: 'Delivery status',
  current: 'Current status',
  result: {
    accepted: 'Delivered: the recipient has accepted the message.',
    rejected: 'Rejected: the recipient has not accepted the message.',
    failed: 'Not delivered: the message has not reached the recipient.',
    pending: 'Delivery in progress. The status updates automatically.',
    unknown: 'The status is unknown.',
  },
  timeline: 'Events, newest first',
  noEvents: 'The message service has not reported any events yet.',
  actedBy: 'Done by {{actor}}',
  actor: {
    'message-service': 'the message service',
    'access-point': 'the access point',
    recipient: 'the recipient',
  },
  explain: {
    SCHEDULED: 'The message service has received the message and queued it for sending.',
    SUBMITTED: 'The message has been packaged, sealed and handed to our own access point.',
    SCHEDULED_FOR_RESEND: 'Sending failed for now. The message service will try again.',
    ACKNOWLEDGE: "The recipient's access point has confirmed that the message arrived (transport receipt).",
    WAITING_FOR_RECEIPT: "The message has been handed over. The message service is waiting for the recipient's message receipt.",
    MESSAGE_EXCHANGE_ERROR: 'The message exchange ended with an error. The recipient has not accepted the message.',
    ACCEPTED: 'The recipient has accepted the message and sent a positive message receipt.',
    REJECTED: 'The recipient has rejected the message with a message receipt. The reasons are among the events.',
    RETRIEVED: 'The message service has fetched an incoming message.',
    RECEIPT_SENT: 'The message service has sent a receipt for the incoming message to the sender.',
    NEW: 'The message has arrived, has been acknowledged and can be read.',
    ERROR: 'An unexpected error occurred in the message flow.',
  },
  receiptLine: "Reason in the recipient's receipt: {{code}}",
  responseCode: {
    SV: "SV – the message's structure (schema)",
    BV: "BV – a rule of the recipient's or of the specification",
    SIG: 'SIG – signature or security',
  },
  unknownCode: 'Event not in the code list: {{code}}',
  fields: {
    typeCode: 'Code',
    title: 'Reason',
    detail: 'Description',
    in: 'Concerns',
  },
  timeUnknown: 'No time given',
  adviceHeading: 'What you need to do',
  advice: {
    structure: {
      what: 'The message was technically malformed (schema error). The fault is not in what you wrote.',
      todo: "Contact your message client's support with the message id and the error description. Do not send the same message again until the fault is fixed.",
    },
    invariant: {
      what: 'The message broke a rule of the content specification, for example a field in the wrong format.',
      todo: 'Check the item named under “Concerns”, correct it and send a new message. Contact support if you cannot see what is wrong.',
    },
    'too-long': {
      what: 'The message was too large for the recipient. The whole message may be at most 30 MB, attachments included.',
      todo: 'Split the content over several messages with fewer or smaller attachments, for example compressed PDF files, and send again.',
    },
    'not-supported': {
      what: 'The recipient does not accept something in the message, usually an attachment of an unsupported file type.',
      todo: 'Save the attachment as PDF (or another file type the recipient accepts) and send the message again.',
    },
    'not-found': {
      what: "The recipient's function address does not exist or is wrong.",
      todo: 'Look the recipient up in the address book again – the address may have changed or been removed – and send to the right function address. Contact the receiving organisation if unsure.',
    },
    duplicate: {
      what: 'The recipient has already received a message with the same message id.',
      todo: 'Check the conversation to see whether the message has already arrived. If so, do not send it again; otherwise write a new message.',
    },
    forbidden: {
      what: "The recipient's checks found suspected malicious code in the message or an attachment.",
      todo: 'Do not resend the attachment. Contact your IT security function at once; an incident may need to be reported.',
    },
    'sender-mismatch': {
      what: 'The sender details did not match the sending access point.',
      todo: "This is a configuration fault in your organisation, not in the message. Contact your SDK support and do not resend until it is fixed.",
    },
    signature: {
      what: "The recipient could not verify the message's signature or encryption.",
      todo: 'The fault is in the technical transfer, not the content. Contact your SDK support with the time and the message id, and resend once they confirm the fault is fixed.',
    },
    'recipient-rule': {
      what: 'The recipient rejected the message under a rule of its own.',
      whatRules: 'The recipient rejected the message under its rules ({{rules}}).',
      todo: "Read the recipient's explanation among the events, correct what is asked for and send a new message. Contact the recipient if the explanation is unclear.",
    },
    'missing-transport-receipt': {
      what: "The recipient's access point never confirmed that the message arrived (no transport receipt).",
      todo: 'The message has probably not reached the recipient. Send it again later, and contact the recipient another way if the matter is urgent. Contact your support if it happens again.',
    },
    'missing-message-receipt': {
      what: "The message reached the recipient's access point, but the recipient never sent a message receipt.",
      todo: 'It is unclear whether the recipient has the message. Contact the recipient another way, for example by phone, before sending again – otherwise it may arrive twice.',
    },
    'unexplained-failure': {
      what: 'The message exchange failed without a stated reason.',
      todo: 'Contact your support with the message id. Send again only once the cause is known.',
    },
  },
  wait: {
    title: 'The receipt is late',
    body: "The message has been waiting for the recipient's message receipt since {{since}} ({{duration}}), longer than the usual {{limit}}.",
    meaning: "The message has reached the recipient's access point, but the recipient has not yet confirmed receiving it.",
    todo: 'Wait, or contact the recipient another way if the matter is urgent. Do not send the message again – it may then arrive twice.',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
};

export const deliveryResources = { sv, en } as const;
