import { describe, expect, it } from 'vitest';
import {
  connectionTestMessage,
  expectedStatuses,
  judgeCase,
  observeMessage,
  summarizeCases,
  TEST_FUNCTIONS,
  type CaseObservation,
} from './connectionTest';
import type { MessageStatus } from './model';
import { validateCreateMessage } from './rules/validateMessage';
import { DEFAULT_RULE_OPTIONS } from './rules/testing/validRequest';

const seen = (statuses: MessageStatus[], more: Partial<CaseObservation> = {}): CaseObservation => ({ statuses, receiptCodes: [], ...more });
const UP_TO_WAITING: MessageStatus[] = ['SCHEDULED', 'SUBMITTED', 'ACKNOWLEDGE', 'WAITING_FOR_RECEIPT'];

describe('judgeCase', () => {
  it('passes each case when the test function answers as Digg describes', () => {
    expect(judgeCase('accepted', seen([...UP_TO_WAITING, 'ACCEPTED']))).toEqual({ verdict: 'pass', reason: 'asExpected' });
    expect(judgeCase('rejectedBv', seen([...UP_TO_WAITING, 'REJECTED', 'MESSAGE_EXCHANGE_ERROR'], { receiptCodes: ['BV'] })).verdict).toBe('pass');
    expect(judgeCase('signatureError', seen([...UP_TO_WAITING, 'REJECTED', 'MESSAGE_EXCHANGE_ERROR'], { receiptCodes: ['SIG'] })).verdict).toBe('pass');
    expect(judgeCase('missingReceipt', seen([...UP_TO_WAITING, 'MESSAGE_EXCHANGE_ERROR'])).verdict).toBe('pass');
    expect(judgeCase('reception', seen([...UP_TO_WAITING, 'ACCEPTED'], { reply: { messageId: 'm', status: 'NEW' } })).verdict).toBe('pass');
  });

  it('is pending until the final status, and fails on the deadline', () => {
    expect(judgeCase('accepted', seen(UP_TO_WAITING))).toEqual({ verdict: 'pending', reason: 'waiting' });
    expect(judgeCase('accepted', seen(UP_TO_WAITING, { timedOut: true }))).toEqual({ verdict: 'fail', reason: 'timedOut', about: 'WAITING_FOR_RECEIPT' });
    expect(judgeCase('accepted', seen([], { timedOut: true }))).toEqual({ verdict: 'fail', reason: 'timedOut' });
  });

  it('waits for the reply of the reception test after ACCEPTED, and fails without one', () => {
    expect(judgeCase('reception', seen([...UP_TO_WAITING, 'ACCEPTED'])).verdict).toBe('pending');
    expect(judgeCase('reception', seen([...UP_TO_WAITING, 'ACCEPTED'], { timedOut: true }))).toEqual({ verdict: 'fail', reason: 'noReply' });
  });

  it('names what differs from the expectation', () => {
    expect(judgeCase('accepted', seen([...UP_TO_WAITING, 'MESSAGE_EXCHANGE_ERROR']))).toEqual({ verdict: 'fail', reason: 'wrongFinalStatus', about: 'MESSAGE_EXCHANGE_ERROR' });
    expect(judgeCase('rejectedBv', seen([...UP_TO_WAITING, 'ACCEPTED']))).toEqual({ verdict: 'fail', reason: 'unexpectedStatus', about: 'ACCEPTED' });
    expect(judgeCase('rejectedBv', seen([...UP_TO_WAITING, 'MESSAGE_EXCHANGE_ERROR'], { receiptCodes: ['BV'] }))).toEqual({ verdict: 'fail', reason: 'missingStatus', about: 'REJECTED' });
    expect(judgeCase('signatureError', seen([...UP_TO_WAITING, 'REJECTED', 'MESSAGE_EXCHANGE_ERROR'], { receiptCodes: ['BV'] }))).toEqual({
      verdict: 'fail',
      reason: 'missingReceiptCode',
      about: 'SIG',
    });
    // A receipt that came after all is not a missing receipt.
    expect(judgeCase('missingReceipt', seen([...UP_TO_WAITING, 'REJECTED', 'MESSAGE_EXCHANGE_ERROR']))).toEqual({ verdict: 'fail', reason: 'unexpectedStatus', about: 'REJECTED' });
    expect(judgeCase('accepted', seen([], { sendFailedStatus: 400 }))).toEqual({ verdict: 'fail', reason: 'sendFailed', about: '400' });
  });
});

describe('observeMessage', () => {
  it('takes the history from the event issues (newest first) so a status passed between two polls still counts', () => {
    const observed = observeMessage(
      { statuses: ['SCHEDULED'], receiptCodes: [] },
      {
        messageStatus: 'MESSAGE_EXCHANGE_ERROR',
        eventIssues: [
          { typeCode: 'MESSAGE_EXCHANGE_ERROR' },
          { typeCode: 'REJECTED' },
          { typeCode: 'BV' },
          { typeCode: 'BV' },
          { typeCode: 'WAITING_FOR_RECEIPT' },
          { typeCode: 'SCHEDULED' },
        ],
      },
    );
    expect(observed).toEqual({ statuses: ['SCHEDULED', 'WAITING_FOR_RECEIPT', 'REJECTED', 'MESSAGE_EXCHANGE_ERROR'], receiptCodes: ['BV'] });
    expect(judgeCase('rejectedBv', observed).verdict).toBe('pass');
  });
});

describe('summarizeCases', () => {
  it('counts verdicts; all passed only when every case passed', () => {
    expect(summarizeCases(['pass', 'pass'])).toEqual({ passed: 2, failed: 0, pending: 0, total: 2, allPassed: true });
    expect(summarizeCases(['pass', 'fail', 'pending']).allPassed).toBe(false);
    expect(summarizeCases([]).allPassed).toBe(false);
  });
});

describe('connectionTestMessage', () => {
  it('is a valid message from the mailbox to the case’s test function', () => {
    const request = connectionTestMessage('signatureError', { id: 'sdk:registrator:0203:malmo.se', organizationId: '0203:malmo.se', name: 'Registrator' }, 'AT-1');
    expect(validateCreateMessage(request, DEFAULT_RULE_OPTIONS)).toEqual([]);
    expect(request.data.attributes.recipientAttention?.subOrganization.extension).toBe(TEST_FUNCTIONS.signatureError);
    expect(request.data.attributes.label).toContain('AT-1');
  });

  it('names the expected statuses in report order', () => {
    expect(expectedStatuses('rejectedBv')).toEqual(['REJECTED', 'MESSAGE_EXCHANGE_ERROR']);
    expect(expectedStatuses('accepted')).toEqual(['ACCEPTED']);
  });
});
