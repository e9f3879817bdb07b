/**
 * The connection test (Anslutningstest) of a function mailbox, as data and rules: Digg's four
 * test functions (accepted; rejected with BV reasons; signature error; missing receipt) plus a
 * reception test against a test function that answers back. For each case: where the test
 * message goes, what outcome is expected, and `judgeCase`, which compares what was observed
 * with that expectation. The gateway runs the cases; the console and the printed report show
 * the same verdicts and reasons.
 *
 * Expected outcomes follow KV Meddelandestatus (B1.4.2, see status.ts) and the receipt → event
 * mapping: an accepted message ends in ACCEPTED; a rejected one passes REJECTED, carries the
 * receipt's ResponseCode (BV, SIG) as event issues and ends in MESSAGE_EXCHANGE_ERROR; a
 * message whose receipt never comes waits (WAITING_FOR_RECEIPT) and ends in
 * MESSAGE_EXCHANGE_ERROR without passing ACCEPTED or REJECTED.
 */
import { FUNCTIONAL_ADDRESS_ROOT } from './ids';
import type { CreateMessageRequest, EventIssue, MessageStatus } from './model';
import { isFinalStatus, isMessageStatus } from './status';

export const CONNECTION_TEST_CASE_KINDS = ['accepted', 'rejectedBv', 'signatureError', 'missingReceipt', 'reception'] as const;
export type ConnectionTestCaseKind = (typeof CONNECTION_TEST_CASE_KINDS)[number];

/** The organisation (participant) that owns the test functions. */
export const TEST_FUNCTION_PARTICIPANT = '0203:digg.se';

/** The test function each case sends to. */
export const TEST_FUNCTIONS: Readonly<Record<ConnectionTestCaseKind, string>> = {
  accepted: 'sdk:test-tar-emot:0203:digg.se',
  rejectedBv: 'sdk:test-avvisar:0203:digg.se',
  signatureError: 'sdk:test-signaturfel:0203:digg.se',
  missingReceipt: 'sdk:test-kvittens-uteblir:0203:digg.se',
  reception: 'sdk:test-svarar:0203:digg.se',
};

export type ReceiptResponseCode = 'BV' | 'SIG';

export interface ExpectedOutcome {
  /** The final status the message must end in. */
  finalStatus: MessageStatus;
  /** Statuses it must have passed on the way (besides the final one). */
  passes: readonly MessageStatus[];
  /** Statuses it must never have had. */
  never: readonly MessageStatus[];
  /** A receipt reason code the events must carry. */
  receiptCode?: ReceiptResponseCode;
  /** An answer must arrive in the mailbox (reception test). */
  reply?: true;
}

export const EXPECTED_OUTCOMES: Readonly<Record<ConnectionTestCaseKind, ExpectedOutcome>> = {
  accepted: { finalStatus: 'ACCEPTED', passes: [], never: ['REJECTED'] },
  rejectedBv: { finalStatus: 'MESSAGE_EXCHANGE_ERROR', passes: ['REJECTED'], never: ['ACCEPTED'], receiptCode: 'BV' },
  signatureError: { finalStatus: 'MESSAGE_EXCHANGE_ERROR', passes: ['REJECTED'], never: ['ACCEPTED'], receiptCode: 'SIG' },
  missingReceipt: { finalStatus: 'MESSAGE_EXCHANGE_ERROR', passes: ['WAITING_FOR_RECEIPT'], never: ['ACCEPTED', 'REJECTED'] },
  reception: { finalStatus: 'ACCEPTED', passes: [], never: ['REJECTED'], reply: true },
};

/** The statuses of the expectation in the order a report names them ("REJECTED → MESSAGE_EXCHANGE_ERROR"). */
export function expectedStatuses(kind: ConnectionTestCaseKind): MessageStatus[] {
  const expected = EXPECTED_OUTCOMES[kind];
  return [...expected.passes, expected.finalStatus];
}

export interface CaseObservation {
  /** Every status seen, oldest first (from polling and from the events' history). */
  statuses: readonly MessageStatus[];
  /** typeCodes of the event issues that are not statuses (receipt reasons: BV, SV, SIG). */
  receiptCodes: readonly string[];
  /** The answer that arrived (reception test). */
  reply?: { messageId: string; status: MessageStatus };
  /** The deadline passed before the case finished. */
  timedOut?: boolean;
  /** The message service refused the test message (its HTTP status). */
  sendFailedStatus?: number;
}

export type CaseVerdict = 'pass' | 'fail' | 'pending';

export type CaseReason =
  | 'asExpected'
  | 'waiting'
  | 'sendFailed'
  | 'timedOut'
  | 'wrongFinalStatus'
  | 'missingStatus'
  | 'unexpectedStatus'
  | 'missingReceiptCode'
  | 'noReply';

export interface CaseJudgement {
  verdict: CaseVerdict;
  reason: CaseReason;
  /** The status or code the reason is about (e.g. the unexpected status). */
  about?: string;
}

/** The last status seen, or undefined before the first. */
export function lastStatus(observation: Pick<CaseObservation, 'statuses'>): MessageStatus | undefined {
  return observation.statuses[observation.statuses.length - 1];
}

/**
 * Judges one case: pending while the message is not in a final status (or the reply has not
 * come) and the deadline has not passed; otherwise pass or fail, with the first reason found.
 */
export function judgeCase(kind: ConnectionTestCaseKind, observation: CaseObservation): CaseJudgement {
  const expected = EXPECTED_OUTCOMES[kind];
  if (observation.sendFailedStatus !== undefined) return { verdict: 'fail', reason: 'sendFailed', about: String(observation.sendFailedStatus) };
  const seen = new Set(observation.statuses);
  const unexpected = expected.never.find((status) => seen.has(status));
  if (unexpected) return { verdict: 'fail', reason: 'unexpectedStatus', about: unexpected };

  const last = lastStatus(observation);
  const finished = last !== undefined && isFinalStatus(last);
  const replied = observation.reply !== undefined;
  if (!finished || (expected.reply && last === expected.finalStatus && !replied)) {
    if (!observation.timedOut) return { verdict: 'pending', reason: 'waiting' };
    if (!finished) return { verdict: 'fail', reason: 'timedOut', ...(last ? { about: last } : {}) };
    return { verdict: 'fail', reason: 'noReply' };
  }
  if (last !== expected.finalStatus) return { verdict: 'fail', reason: 'wrongFinalStatus', about: last };
  const missing = expected.passes.find((status) => !seen.has(status));
  if (missing) return { verdict: 'fail', reason: 'missingStatus', about: missing };
  if (expected.receiptCode && !observation.receiptCodes.includes(expected.receiptCode)) {
    return { verdict: 'fail', reason: 'missingReceiptCode', about: expected.receiptCode };
  }
  return { verdict: 'pass', reason: 'asExpected' };
}

/**
 * Adds what one read of the message shows to an observation: its current status and the
 * history in its event issues (newest first in the API; kept oldest first here, each status
 * once). Receipt reason codes (typeCodes that are not statuses) are collected apart.
 */
export function observeMessage(
  before: Pick<CaseObservation, 'statuses' | 'receiptCodes'>,
  read: { messageStatus?: string; eventIssues?: readonly EventIssue[] },
): { statuses: MessageStatus[]; receiptCodes: string[] } {
  const statuses = [...before.statuses];
  const receiptCodes = [...before.receiptCodes];
  const fromHistory = [...(read.eventIssues ?? [])].reverse().map((issue) => issue.typeCode ?? '');
  for (const code of [...fromHistory, read.messageStatus ?? '']) {
    if (code === '') continue;
    if (isMessageStatus(code)) {
      if (!statuses.includes(code)) statuses.push(code);
    } else if (!receiptCodes.includes(code)) {
      receiptCodes.push(code);
    }
  }
  return { statuses, receiptCodes };
}

export interface ConnectionTestSummary {
  passed: number;
  failed: number;
  pending: number;
  total: number;
  /** Every case passed. */
  allPassed: boolean;
}

export function summarizeCases(verdicts: readonly CaseVerdict[]): ConnectionTestSummary {
  const count = (v: CaseVerdict) => verdicts.filter((x) => x === v).length;
  const passed = count('pass');
  return { passed, failed: count('fail'), pending: count('pending'), total: verdicts.length, allPassed: verdicts.length > 0 && passed === verdicts.length };
}

export interface TestMailbox {
  /** The function address, e.g. sdk:registrator:0203:malmo.se. */
  id: string;
  /** Its organisation's participant identifier, e.g. 0203:malmo.se. */
  organizationId: string;
  name: string;
}

const CASE_LABELS: Readonly<Record<ConnectionTestCaseKind, string>> = {
  accepted: 'tar emot',
  rejectedBv: 'avvisar (BV)',
  signatureError: 'signaturfel',
  missingReceipt: 'kvittens uteblir',
  reception: 'mottagning (svar)',
};

/**
 * The test message of one case: from the mailbox to the case's test function, with a label
 * that names the run, and a short text. No personal data: the test functions are outside parties.
 */
export function connectionTestMessage(kind: ConnectionTestCaseKind, mailbox: TestMailbox, runId: string): CreateMessageRequest {
  return {
    data: {
      type: 'messages',
      attributes: {
        label: `Anslutningstest ${runId} – ${CASE_LABELS[kind]}`,
        confidentiality: false,
        sender: mailbox.organizationId,
        recipient: TEST_FUNCTION_PARTICIPANT,
        senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: mailbox.id, label: mailbox.name } },
        recipientAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: TEST_FUNCTIONS[kind], label: 'Testfunktion' } },
        digitalDocument: [
          {
            documentId: 'SDK-Meddelande',
            documentName: 'Anslutningstest',
            index: '1',
            contentTextBody: [`Anslutningstest ${runId} från ${mailbox.id}: ${CASE_LABELS[kind]}.`],
          },
        ],
      },
    },
  };
}
