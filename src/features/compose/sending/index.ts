/**
 * The composer's sending engine and its UI pieces.
 *
 * Contract with the composer (as agreed):
 *   SendOutcome, MessageSendState, useSendMessages(): { send(requests, { signal }), state, cancel }.
 * Additions (compatible): useSendMessages(options?) for policy/test overrides and `busy`;
 *   SendOutcome 'failed'/'cancelled' may carry `uncertain: true` (an attempt ended without an
 *   answer, so the message may be stored: send the SAME requests again to find out — the
 *   duplicate answer for the same messageId counts as sent); SendProgress, OfflineNotice,
 *   useOnline; policy helpers.
 */
export { useSendMessages, type SendMessages, type UseSendMessagesOptions } from './useSendMessages';
export { SendProgress, type SendProgressProps } from './SendProgress';
export { OfflineNotice } from './OfflineNotice';
export { useOnline } from '../../connectivity';
export { DEFAULT_RETRY_POLICY, isDuplicateOfOwnMessage, type RetryPolicy } from './policy';
export { isFinalPhase, type MessageSendState, type SendOutcome, type SendPhase } from './types';
