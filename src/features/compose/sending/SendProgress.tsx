/**
 * One line per recipient with what is happening to that message, a summary, and a cancel
 * button while anything is still under way.
 *
 * The live region (polite) holds one line per message in words that change only with the
 * phase; screen readers announce just the line that changed. The per-second countdown is
 * visible but not announced (it would drown everything else).
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseAnnouncement, phaseText } from './describeSendState';
import { isFinalPhase, type MessageSendState } from './types';
import { isolate } from '../../../i18n/bidi';
import './sending.css';

export interface SendProgressProps {
  state: MessageSendState[];
  /** messageId → "Funktion, Organisation". */
  recipients?: Readonly<Record<string, string>>;
  onCancel(): void;
}

/**
 * A clock with one-second resolution for countdowns: ticks (and re-renders its users) only
 * while someone is subscribed, and is never more than a second stale when read.
 */
const secondClock = {
  now: Date.now(),
  listeners: new Set<() => void>(),
  timer: undefined as ReturnType<typeof setInterval> | undefined,
};

function subscribeToSeconds(onTick: () => void): () => void {
  secondClock.listeners.add(onTick);
  secondClock.timer ??= setInterval(() => {
    secondClock.now = Date.now();
    secondClock.listeners.forEach((listener) => listener());
  }, 1000);
  return () => {
    secondClock.listeners.delete(onTick);
    if (secondClock.listeners.size === 0) {
      clearInterval(secondClock.timer);
      secondClock.timer = undefined;
    }
  };
}

const noSubscription = () => () => undefined;

function readSeconds(): number {
  const now = Date.now();
  if (Math.abs(now - secondClock.now) >= 1000) secondClock.now = now; // also when the clock was set back
  return secondClock.now;
}

/** The current time, updated every second while `ticking`. */
function useSecondClock(ticking: boolean): number {
  return useSyncExternalStore(ticking ? subscribeToSeconds : noSubscription, readSeconds, readSeconds);
}

const NO_RECIPIENTS: Readonly<Record<string, string>> = {};

export function SendProgress({ state, recipients = NO_RECIPIENTS, onCancel }: SendProgressProps) {
  const { t } = useTranslation('compose', { keyPrefix: 'sending' });
  const now = useSecondClock(state.some((s) => s.phase === 'waiting-retry'));

  if (state.length === 0) return null;
  const sent = state.filter((s) => s.phase === 'sent').length;
  const active = state.some((s) => !isFinalPhase(s.phase));
  const recipientOf = (s: MessageSendState, index: number) => {
    const recipient = recipients[s.messageId];
    return t('to', { recipient: recipient ? isolate(recipient) : t('recipientFallback', { number: index + 1 }) });
  };

  return (
    <div className="send-progress">
      <p className="send-progress__summary">
        <strong>{t('title')}:</strong> {t('summary', { sent, total: state.length })}
      </p>
      <ul className="send-progress__list">
        {state.map((s, index) => (
          <li key={s.messageId || index} className="send-progress__item" data-phase={s.phase}>
            <span className="send-progress__recipient">{recipientOf(s, index)}</span>
            <span className="send-progress__phase">{phaseText(t, s, now)}</span>
          </li>
        ))}
      </ul>
      {active ? (
        <p className="send-progress__actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('cancel')}
          </button>{' '}
          <span className="send-progress__note">{t('cancelNote')}</span>
        </p>
      ) : null}
      <output className="visually-hidden">
        {state.map((s, index) =>
          s.phase === 'queued' ? null : (
            <span key={s.messageId || index} className="send-progress__announcement">
              {`${recipientOf(s, index)}: ${phaseAnnouncement(t, s)}. `}
            </span>
          ),
        )}
      </output>
    </div>
  );
}
