/** Plain-language words for a message's send state (kept out of the component so they can be tested). */
import type { TFunction } from 'i18next';
import type { MessageSendState } from './types';

/** Why a send failed, from the HTTP status and the service's problem. */
export function failureReason(t: TFunction<'compose', 'sending'>, state: Pick<MessageSendState, 'problem' | 'httpStatus'>): string {
  const status = state.httpStatus ?? state.problem?.status;
  if (status === 401) return t('reason.unauthorized');
  if (status === 403) return t('reason.forbidden');
  if (status === 400) return t('reason.rejected');
  if (status !== undefined) return t('reason.httpStatus', { status });
  return t('reason.unknown');
}

/** "Nytt försök om 8 s" etc. `now` drives the countdown. */
export function phaseText(t: TFunction<'compose', 'sending'>, state: MessageSendState, now: number): string {
  switch (state.phase) {
    case 'queued':
      return t('phase.queued');
    case 'sending':
      return state.attempt > 1 ? t('phase.sendingAgain', { attempt: state.attempt }) : t('phase.sending');
    case 'waiting-retry': {
      const seconds = Math.max(0, Math.ceil(((state.nextAttemptAt ?? now) - now) / 1000));
      return state.httpStatus !== undefined
        ? t('phase.waitingRetryStatus', { seconds, status: state.httpStatus })
        : t('phase.waitingRetry', { seconds });
    }
    case 'offline-waiting':
      return t('phase.offlineWaiting');
    case 'sent':
      return t('phase.sent');
    case 'failed':
      return t('phase.failed', { reason: failureReason(t, state) });
    case 'cancelled':
      return state.uncertain ? t('phase.cancelledUncertain') : t('phase.cancelled');
  }
}

/** The words for the live region: like phaseText, but without the moving countdown. */
export function phaseAnnouncement(t: TFunction<'compose', 'sending'>, state: MessageSendState): string {
  if (state.phase === 'waiting-retry') return t('phase.waitingRetryAnnouncement');
  return phaseText(t, state, 0);
}
