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
} as const;

export const paths = {
  home: () => '/',
  signedOut: () => routePatterns.signedOut,
  noMailbox: () => routePatterns.noMailbox,
  mailbox: (mailbox: string, view: MailboxView = 'inbox') =>
    `/brevlada/${encodeURIComponent(mailbox)}/${VIEW_SEGMENT[view]}`,
  message: (mailbox: string, messageId: string) =>
    `/brevlada/${encodeURIComponent(mailbox)}/meddelande/${encodeURIComponent(messageId)}`,
};
