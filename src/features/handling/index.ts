/**
 * The handling feature's entry (shared function mailboxes, issue 10): the message page's panel
 * and the composer's reply guard. Both are in chunks loaded on demand (message page, composer);
 * the inbox's column, filter and counts live in the messages and mailboxes features.
 */
export { HandlingPanel } from './HandlingPanel';
export { ReplyGuard } from './ReplyGuard';
