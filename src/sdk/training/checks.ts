/**
 * Exercise checks: pure functions over what a participant actually did in the simulated
 * federation (the messages of her practice mailbox as the message service reports them). When
 * an exercise is not yet done, the result says why, as a code the trainer console translates.
 */
import type { MessageAttributes } from '../model';
import { REFERENCE_ROOTS } from '../references';
import type { Exercise, ExerciseCheck } from './scenario';

export interface ObservedMessage {
  direction: 'sent' | 'received';
  messageId: string;
  refToMessageId?: string;
  confidential: boolean;
  from: string;
  to: string;
  status: MessageAttributes['messageStatus'];
  createdAt: string;
  personnummer: boolean;
  /** Content types of the attachments; undefined when the list answer did not include them. */
  attachmentTypes?: string[];
}

/** One message of the participant's mailbox as the checks see it. */
export function observe(attributes: Omit<MessageAttributes, 'digitalDocument'> & Partial<Pick<MessageAttributes, 'digitalDocument'>>, mailbox: string): ObservedMessage {
  const from = attributes.senderAttention?.subOrganization.extension ?? '';
  const to = attributes.recipientAttention?.subOrganization.extension ?? '';
  const people = [...(attributes.recipientAttention?.attentionPerson ?? []), ...(attributes.senderAttention?.attentionPerson ?? [])];
  const references = [...(attributes.recipientAttention?.referenceId ?? []), ...(attributes.senderAttention?.referenceId ?? [])];
  const documents = attributes.digitalDocument;
  return {
    direction: from === mailbox ? 'sent' : 'received',
    messageId: attributes.messageId,
    ...(attributes.refToMessageId ? { refToMessageId: attributes.refToMessageId } : {}),
    confidential: attributes.confidentiality,
    from,
    to,
    status: attributes.messageStatus,
    createdAt: attributes.creationDateTime,
    personnummer: [...people, ...references].some((id) => id.root === REFERENCE_ROOTS.personnummer && id.extension.trim() !== ''),
    ...(documents ? { attachmentTypes: documents.flatMap((d) => (d.contentFiles ?? []).map((f) => f.contentType)) } : {}),
  };
}

export type NotYet =
  | { code: 'message-not-arrived'; message: string }
  | { code: 'no-reply'; message: string }
  | { code: 'reply-not-confidential' }
  | { code: 'reply-without-personnummer' }
  | { code: 'reply-without-pdf' }
  | { code: 'not-sent'; to: string }
  | { code: 'sent-not-confidential'; to: string }
  | { code: 'no-failure-yet'; to: string }
  | { code: 'not-resent'; to: string; lastTo?: string }
  | { code: 'trainer' };

export type CheckResult = { done: true; at: string } | { done: false; why: NotYet };

export interface CheckInput {
  messages: readonly ObservedMessage[];
  /** The messageId each delivered scenario message got (timeline key → messageId). */
  delivered: Readonly<Record<string, string>>;
  /** Exercises the trainer marked as done (exercise id → when). */
  markedDone?: Readonly<Record<string, string>>;
}

const FAILED: ReadonlySet<MessageAttributes['messageStatus']> = new Set(['REJECTED', 'MESSAGE_EXCHANGE_ERROR']);
const byTime = (a: ObservedMessage, b: ObservedMessage) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

export function checkExercise(exercise: Exercise, input: CheckInput): CheckResult {
  const marked = input.markedDone?.[exercise.id];
  if (marked) return { done: true, at: marked };
  return runCheck(exercise.check, input);
}

function runCheck(check: ExerciseCheck, input: CheckInput): CheckResult {
  const sent = input.messages.filter((m) => m.direction === 'sent').sort(byTime);
  switch (check.kind) {
    case 'reply': {
      const original = input.delivered[check.to];
      if (!original) return { done: false, why: { code: 'message-not-arrived', message: check.to } };
      const replies = sent.filter((m) => m.refToMessageId === original);
      if (replies.length === 0) return { done: false, why: { code: 'no-reply', message: check.to } };
      // The first reply that meets every condition counts; otherwise say what the last one lacks.
      const misses = (m: ObservedMessage): NotYet | undefined => {
        if (check.confidential && !m.confidential) return { code: 'reply-not-confidential' };
        if (check.personnummer && !m.personnummer) return { code: 'reply-without-personnummer' };
        if (check.pdf && !(m.attachmentTypes ?? []).includes('application/pdf')) return { code: 'reply-without-pdf' };
        return undefined;
      };
      const good = replies.find((m) => misses(m) === undefined);
      if (good) return { done: true, at: good.createdAt };
      return { done: false, why: misses(replies[replies.length - 1] as ObservedMessage) as NotYet };
    }
    case 'sent': {
      let last = '';
      for (const to of check.to) {
        const toThis = sent.filter((m) => m.to === to);
        if (toThis.length === 0) return { done: false, why: { code: 'not-sent', to } };
        const ok = check.confidential ? toThis.find((m) => m.confidential) : toThis[0];
        if (!ok) return { done: false, why: { code: 'sent-not-confidential', to } };
        if (ok.createdAt > last) last = ok.createdAt;
      }
      return { done: true, at: last };
    }
    case 'resend': {
      const failed = sent.find((m) => m.to === check.failedTo && FAILED.has(m.status));
      if (!failed) return { done: false, why: { code: 'no-failure-yet', to: check.failedTo } };
      const after = sent.filter((m) => byTime(m, failed) > 0 || (m !== failed && m.createdAt === failed.createdAt && m.messageId !== failed.messageId));
      const resent = after.find((m) => m.to === check.to);
      if (resent) return { done: true, at: resent.createdAt };
      const lastTo = after[after.length - 1]?.to;
      return { done: false, why: { code: 'not-resent', to: check.to, ...(lastTo ? { lastTo } : {}) } };
    }
    case 'trainer':
      return { done: false, why: { code: 'trainer' } };
  }
}
