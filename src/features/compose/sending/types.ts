/** What the sending engine reports, per message (one message per recipient). */
import type { Problem } from '../../../sdk/problem';

export type SendOutcome =
  | { messageId: string; status: 'sent'; location?: string }
  | {
      messageId: string;
      status: 'failed';
      problem: Problem | null;
      httpStatus?: number;
      /** An earlier attempt ended without an answer (timeout, lost connection): it may have been stored. */
      uncertain?: boolean;
    }
  | {
      messageId: string;
      status: 'cancelled';
      /** The cancel interrupted an attempt, or an earlier one ended without an answer: it may have been stored. */
      uncertain?: boolean;
    };

export type SendPhase = 'queued' | 'sending' | 'waiting-retry' | 'offline-waiting' | 'sent' | 'failed' | 'cancelled';

export type MessageSendState = {
  messageId: string;
  phase: SendPhase;
  /** Attempts started so far (0 while queued). */
  attempt: number;
  /** Epoch ms of the next attempt while phase is 'waiting-retry' (for a countdown). */
  nextAttemptAt?: number;
  problem?: Problem | null;
  httpStatus?: number;
  /** See SendOutcome. */
  uncertain?: boolean;
};

/** Phases after which nothing more happens to the message. */
export function isFinalPhase(phase: SendPhase): boolean {
  return phase === 'sent' || phase === 'failed' || phase === 'cancelled';
}
