/** The mailboxes feature's entry: what other features and pages may use (docs/architecture.md). */
export { NotYourMailbox } from './NotYourMailbox';
export { useActiveMailbox } from './useActiveMailbox';
export { useFunctionAddressDirectory } from './useFunctionAddressDirectory';
export { useUnreadCount } from './useUnreadCount';
