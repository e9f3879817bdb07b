/**
 * URL builders for every page, in one place so features can link to each other without
 * importing the app shell (which would create import cycles).
 *
 * A function address (e.g. sdk:socialtjanst-barn-unga:0203:malmo.se) is one path segment,
 * URI-encoded.
 */
export type MailboxView = 'inbox' | 'sent';

const VIEW_SEGMENT: Record<MailboxView, string> = { inbox: 'inkorg', sent: 'skickat' };

export const routePatterns = {
  home: '/',
  authCallback: '/auth/callback',
  signedOut: '/utloggad',
  noMailbox: '/ingen-brevlada',
  inbox: '/brevlada/:mailbox/inkorg',
  sent: '/brevlada/:mailbox/skickat',
  message: '/brevlada/:mailbox/meddelande/:messageId',
  /** Print view of one message, without the app's chrome. */
  print: '/brevlada/:mailbox/meddelande/:messageId/utskrift',
  /** The composer: new message, or ?svar=<id> (reply) / ?komplettera=<id> (complement) / ?utkast=<draftId>. */
  compose: '/brevlada/:mailbox/nytt',
  drafts: '/brevlada/:mailbox/utkast',
  settings: '/installningar',
  /** The superuser console; its sections are /konsol/<segment> (features/console/sections.ts). */
  console: '/konsol/*',
  /** The trainer's console (ADR 0016); its pages are features/training/trainingPaths.ts. */
  training: '/utbildning/*',
} as const;

/** What the composer starts from (query parameters of routePatterns.compose). */
export type ComposeIntent =
  | { kind: 'new' }
  | { kind: 'reply'; messageId: string }
  | { kind: 'complement'; messageId: string }
  | { kind: 'draft'; draftId: string };

export const COMPOSE_PARAMS = { reply: 'svar', complement: 'komplettera', draft: 'utkast' } as const;

export const paths = {
  home: () => '/',
  signedOut: () => routePatterns.signedOut,
  noMailbox: () => routePatterns.noMailbox,
  mailbox: (mailbox: string, view: MailboxView = 'inbox') =>
    `/brevlada/${encodeURIComponent(mailbox)}/${VIEW_SEGMENT[view]}`,
  message: (mailbox: string, messageId: string) =>
    `/brevlada/${encodeURIComponent(mailbox)}/meddelande/${encodeURIComponent(messageId)}`,
  print: (mailbox: string, messageId: string) => `${paths.message(mailbox, messageId)}/utskrift`,
  compose: (mailbox: string, intent: ComposeIntent = { kind: 'new' }) => {
    const base = `/brevlada/${encodeURIComponent(mailbox)}/nytt`;
    switch (intent.kind) {
      case 'new':
        return base;
      case 'reply':
        return `${base}?${COMPOSE_PARAMS.reply}=${encodeURIComponent(intent.messageId)}`;
      case 'complement':
        return `${base}?${COMPOSE_PARAMS.complement}=${encodeURIComponent(intent.messageId)}`;
      case 'draft':
        return `${base}?${COMPOSE_PARAMS.draft}=${encodeURIComponent(intent.draftId)}`;
    }
  },
  drafts: (mailbox: string) => `/brevlada/${encodeURIComponent(mailbox)}/utkast`,
  settings: () => routePatterns.settings,
  console: (section?: string) => (section ? `/konsol/${section}` : '/konsol'),
};

/** Reads the composer's starting point from its query string. */
export function composeIntentFrom(search: string): ComposeIntent {
  const params = new URLSearchParams(search);
  const reply = params.get(COMPOSE_PARAMS.reply);
  if (reply) return { kind: 'reply', messageId: reply };
  const complement = params.get(COMPOSE_PARAMS.complement);
  if (complement) return { kind: 'complement', messageId: complement };
  const draft = params.get(COMPOSE_PARAMS.draft);
  if (draft) return { kind: 'draft', draftId: draft };
  return { kind: 'new' };
}
