import { describe, expect, it } from 'vitest';
import type { MessageAttributes } from '../model';
import { REFERENCE_ROOTS } from '../references';
import { checkExercise, observe, type ObservedMessage } from './checks';
import type { Exercise } from './scenario';

const MINE = 'sdk:deltagare-abc234-01:0203:ovning.sdk.se';
const OLD = 'sdk:ifo-gammal:0203:ovning.sdk.se';
const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';

let n = 0;
function sent(to: string, extra: Partial<ObservedMessage> = {}): ObservedMessage {
  n += 1;
  return { direction: 'sent', messageId: `m${n}`, confidential: false, from: MINE, to, status: 'ACCEPTED', createdAt: `2026-03-02T09:${String(n).padStart(2, '0')}:00.000Z`, personnummer: false, ...extra };
}
const exercise = (check: Exercise['check']): Exercise => ({ id: 'x', title: 'X', instructions: 'Gör X', check });

describe('exercise checks', () => {
  const reply = exercise({ kind: 'reply', to: 'fraga', confidential: true, personnummer: true, pdf: true });

  it('a reply must point at the scenario message that arrived', () => {
    expect(checkExercise(reply, { messages: [], delivered: {} })).toEqual({ done: false, why: { code: 'message-not-arrived', message: 'fraga' } });
    expect(checkExercise(reply, { messages: [sent(RIGHT, { refToMessageId: 'other' })], delivered: { fraga: 'orig' } })).toEqual({ done: false, why: { code: 'no-reply', message: 'fraga' } });
  });

  it('says which condition the reply misses: confidentiality, personnummer, PDF', () => {
    const delivered = { fraga: 'orig' };
    expect(checkExercise(reply, { messages: [sent(RIGHT, { refToMessageId: 'orig' })], delivered })).toEqual({ done: false, why: { code: 'reply-not-confidential' } });
    expect(checkExercise(reply, { messages: [sent(RIGHT, { refToMessageId: 'orig', confidential: true })], delivered })).toEqual({ done: false, why: { code: 'reply-without-personnummer' } });
    expect(checkExercise(reply, { messages: [sent(RIGHT, { refToMessageId: 'orig', confidential: true, personnummer: true, attachmentTypes: ['image/png'] })], delivered })).toEqual({ done: false, why: { code: 'reply-without-pdf' } });
    const good = sent(RIGHT, { refToMessageId: 'orig', confidential: true, personnummer: true, attachmentTypes: ['application/pdf'] });
    expect(checkExercise(reply, { messages: [good], delivered })).toEqual({ done: true, at: good.createdAt });
  });

  it('resend: done only for a message to the right address after the failure', () => {
    const resend = exercise({ kind: 'resend', failedTo: OLD, to: RIGHT });
    const before = sent(RIGHT);
    expect(checkExercise(resend, { messages: [before, sent(OLD, { status: 'SUBMITTED' })], delivered: {} })).toEqual({ done: false, why: { code: 'no-failure-yet', to: OLD } });
    const rejected = sent(OLD, { status: 'MESSAGE_EXCHANGE_ERROR' });
    const again = sent(OLD, { status: 'WAITING_FOR_RECEIPT' });
    expect(checkExercise(resend, { messages: [before, rejected, again], delivered: {} })).toEqual({ done: false, why: { code: 'not-resent', to: RIGHT, lastTo: OLD } });
    const right = sent(RIGHT);
    expect(checkExercise(resend, { messages: [right, again, rejected, before], delivered: {} })).toEqual({ done: true, at: right.createdAt });
  });

  it('sent: every address of the list, and the first one missing is named', () => {
    const list = exercise({ kind: 'sent', to: ['sdk:a:0203:x.ovning.sdk.se', 'sdk:b:0203:x.ovning.sdk.se'] });
    expect(checkExercise(list, { messages: [sent('sdk:a:0203:x.ovning.sdk.se')], delivered: {} })).toEqual({ done: false, why: { code: 'not-sent', to: 'sdk:b:0203:x.ovning.sdk.se' } });
    const a = sent('sdk:a:0203:x.ovning.sdk.se');
    const b = sent('sdk:b:0203:x.ovning.sdk.se');
    expect(checkExercise(list, { messages: [b, a], delivered: {} })).toEqual({ done: true, at: b.createdAt });
  });

  it('a trainer check is done only when the trainer marks it', () => {
    const manual = exercise({ kind: 'trainer' });
    expect(checkExercise(manual, { messages: [], delivered: {} })).toEqual({ done: false, why: { code: 'trainer' } });
    expect(checkExercise(manual, { messages: [], delivered: {}, markedDone: { x: '2026-03-02T10:00:00.000Z' } })).toEqual({ done: true, at: '2026-03-02T10:00:00.000Z' });
  });

  it('observes direction, personnummer reference and attachments from the message service attributes', () => {
    const attributes: MessageAttributes = {
      messageStatus: 'ACCEPTED',
      creationDateTime: '2026-03-02T09:00:00.000Z',
      messageId: 'm',
      conversationId: 'c',
      refToMessageId: 'orig',
      confidentiality: true,
      sender: '0203:ovning.sdk.se',
      recipient: '0203:ovning.sdk.se',
      label: 'Svar',
      senderAttention: { subOrganization: { root: 'r', extension: MINE } },
      recipientAttention: { subOrganization: { root: 'r', extension: RIGHT }, referenceId: [{ root: REFERENCE_ROOTS.personnummer, extension: '201201012384', label: 'Personnummer' }] },
      digitalDocument: [{ documentId: 'd', contentFiles: [{ fileName: 'a.pdf', contentType: 'application/pdf', content: '' }] }],
    };
    expect(observe(attributes, MINE)).toMatchObject({ direction: 'sent', to: RIGHT, personnummer: true, attachmentTypes: ['application/pdf'], refToMessageId: 'orig' });
    expect(observe(attributes, RIGHT).direction).toBe('received');
  });
});
