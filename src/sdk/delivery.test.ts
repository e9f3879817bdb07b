import { describe, expect, it } from 'vitest';
import {
  adviceFor,
  adviceKindOfReceiptLine,
  deliveryResult,
  deliveryTimeline,
  eventsOf,
  isDeliveryOngoing,
  receiptDetailCode,
  receiptWait,
  type AdviceKind,
} from './delivery';
import type { EventIssue } from './model';

const line = (typeCode: string, title: string, detail = 'text', where = 'NA'): EventIssue => ({ typeCode, title, detail, in: where, dateTime: '' });
const step = (typeCode: string, dateTime = '', title = 'NA'): EventIssue => ({ typeCode, title, detail: 'NA', in: 'NA', dateTime });
const kinds = (issues: EventIssue[], status?: string): AdviceKind[] => adviceFor(issues, status).map((a) => a.kind);

describe('adviceFor: one piece of advice per receipt reason (B1.3.3 receipt table)', () => {
  it.each([
    [line('SV', 'NA', 'Element ABC is not allowed under element EFG'), 'structure'],
    [line('SV', 'structure'), 'structure'],
    [line('BV', 'invariant', 'In $path, Timestamp should match pattern'), 'invariant'],
    [line('BV', 'too-long', 'Message size to large.'), 'too-long'],
    [line('BV', 'not-supported', "In contentType, The value 'PNG' is not allowed."), 'not-supported'],
    [line('BV', 'Not-supported'), 'not-supported'],
    [line('BV', 'not-found', 'Wrong or unknown xha:HandlingServiceID'), 'not-found'],
    [line('BV', 'Not-found'), 'not-found'],
    [line('BV', 'duplicate'), 'duplicate'],
    [line('BV', 'multiple-matches'), 'duplicate'],
    [line('BV', 'forbidden'), 'forbidden'],
    [line('BV', 'security', 'originalSender does not match'), 'sender-mismatch'],
    [line('SIG', 'security'), 'signature'],
    [line('SIG', 'NA', 'Signatur ej korrekt'), 'signature'],
    [line('BV', 'RegelID-123', 'Typkoden måste vara A eller B om...'), 'recipient-rule'],
    [line('BV', 'NA', 'not-found: the function address is unknown'), 'not-found'],
    [line('BV (ResponseCode)', 'RegelID-111 (StatusReasonCode)'), 'recipient-rule'],
    [line('SIG (ResponseCode)', 'NA (StatusReasonCode)'), 'signature'],
  ])('%j → %s', (issue, kind) => {
    expect(adviceKindOfReceiptLine(issue)).toBe(kind);
    expect(kinds([step('MESSAGE_EXCHANGE_ERROR'), issue, step('REJECTED')], 'MESSAGE_EXCHANGE_ERROR')).toEqual([kind]);
  });

  it('reads the detail code from the StatusReasonCode (title) first, then from the start of the text', () => {
    expect(receiptDetailCode(line('BV', 'too-long', 'not-found would be wrong'))).toBe('too-long');
    expect(receiptDetailCode(line('BV', 'NA', 'forbidden: malware'))).toBe('forbidden');
    expect(receiptDetailCode(line('BV', 'RegelID-9', 'Referensen saknas'))).toBeUndefined();
  });

  it('gives one advice per kind, in the order reported, naming the recipient rules', () => {
    const advice = adviceFor([
      step('MESSAGE_EXCHANGE_ERROR'),
      line('BV', 'RegelID-123'),
      line('BV', 'not-supported'),
      line('BV', 'RegelID-111'),
      step('REJECTED'),
    ]);
    expect(advice.map((a) => a.kind)).toEqual(['recipient-rule', 'not-supported']);
    expect(advice[0]?.rules).toEqual(['RegelID-123', 'RegelID-111']);
    expect(advice[0]?.issues).toHaveLength(2);
  });

  it('tells a missing message receipt from a missing transport receipt', () => {
    // B1.4.2 "Utebliven kvittens": waited for the receipt, then gave up.
    expect(
      kinds([step('MESSAGE_EXCHANGE_ERROR', '', 'Timeout error. No receipt recived from...'), step('WAITING_FOR_RECEIPT'), step('SCHEDULED')], 'MESSAGE_EXCHANGE_ERROR'),
    ).toEqual(['missing-message-receipt']);
    // The mock: the access point acknowledged, no message receipt came.
    expect(kinds([step('MESSAGE_EXCHANGE_ERROR'), step('WAITING_FOR_RECEIPT'), step('ACKNOWLEDGE'), step('SUBMITTED'), step('SCHEDULED')])).toEqual([
      'missing-message-receipt',
    ]);
    // Submitted to our access point, never acknowledged by theirs.
    expect(kinds([step('MESSAGE_EXCHANGE_ERROR'), step('SCHEDULED_FOR_RESEND'), step('SUBMITTED'), step('SCHEDULED')])).toEqual(['missing-transport-receipt']);
    expect(kinds([step('MESSAGE_EXCHANGE_ERROR', '', 'No transport receipt from the remote access point')])).toEqual(['missing-transport-receipt']);
  });

  it('has a catch-all for a failure without a known reason, and nothing for success or pending', () => {
    expect(kinds([step('MESSAGE_EXCHANGE_ERROR'), step('SCHEDULED')])).toEqual(['unexplained-failure']);
    expect(kinds([step('REJECTED'), step('WAITING_FOR_RECEIPT')], 'REJECTED')).toEqual(['unexplained-failure']);
    expect(kinds([], 'ERROR')).toEqual(['unexplained-failure']);
    expect(kinds([step('ACCEPTED'), step('WAITING_FOR_RECEIPT')], 'ACCEPTED')).toEqual([]);
    expect(kinds([step('WAITING_FOR_RECEIPT')], 'WAITING_FOR_RECEIPT')).toEqual([]);
    expect(kinds([])).toEqual([]);
  });
});

describe('eventsOf', () => {
  it('reads `events` (the contract), `event` (B1.4.2 examples) and Digg\u2019s misspelt eventsIssue', () => {
    expect(eventsOf({ events: { eventIssues: [step('SCHEDULED')] } })?.eventIssues).toHaveLength(1);
    expect(eventsOf({ event: { title: 'ACCEPTED', eventIssues: [step('ACCEPTED')] } })?.title).toBe('ACCEPTED');
    const xsdFel = eventsOf({ events: { title: 'MESSAGE_EXCHANGE_ERROR', eventsIssue: [step('MESSAGE_EXCHANGE_ERROR'), line('SV (ResponseCode)', 'NA (StatusReasonCode)')] } });
    expect(adviceFor(xsdFel?.eventIssues ?? []).map((a) => a.kind)).toEqual(['structure']);
    expect(eventsOf({})).toBeNull();
    expect(eventsOf(null)).toBeNull();
  });
});

describe('deliveryTimeline', () => {
  it('is newest first, whatever order the service used; undated issues keep their place after dated ones', () => {
    const timeline = deliveryTimeline({
      eventIssues: [
        step('SCHEDULED', '2026-03-02T09:00:00Z'),
        step('ACCEPTED', '2026-03-02T09:00:08Z'),
        step('WAITING_FOR_RECEIPT', '2026-03-02T09:00:05Z'),
        step('WAITING_FOR_ACKNOWLEDGE', ''),
      ],
    });
    expect(timeline.map((e) => e.code)).toEqual(['ACCEPTED', 'WAITING_FOR_RECEIPT', 'SCHEDULED', 'WAITING_FOR_ACKNOWLEDGE']);
    expect(timeline.map((e) => e.kind)).toEqual(['status', 'status', 'status', 'unknown']);
    expect(timeline[0]).toMatchObject({ final: true, outcome: 'success' });
  });

  it('classifies receipt lines and strips Digg\u2019s annotations from codes', () => {
    const timeline = deliveryTimeline({ eventIssues: [step('MESSAGE_EXCHANGE_ERROR'), line('BV (ResponseCode)', 'RegelID-123 (StatusReasonCode)')] });
    expect(timeline.map((e) => [e.kind, e.code])).toEqual([
      ['status', 'MESSAGE_EXCHANGE_ERROR'],
      ['receipt-reason', 'BV'],
    ]);
    expect(deliveryTimeline(null)).toEqual([]);
  });
});

describe('deliveryResult and isDeliveryOngoing', () => {
  it.each([
    ['ACCEPTED', 'accepted', false],
    ['REJECTED', 'rejected', true],
    ['MESSAGE_EXCHANGE_ERROR', 'failed', false],
    ['ERROR', 'failed', true],
    ['WAITING_FOR_RECEIPT', 'pending', true],
    ['SCHEDULED', 'pending', true],
    ['SOMETHING_NEW', 'unknown', true],
    [undefined, 'unknown', true],
  ] as const)('%s → %s (ongoing %s)', (status, result, ongoing) => {
    expect(deliveryResult(status)).toBe(result);
    expect(isDeliveryOngoing(status)).toBe(ongoing);
  });
});

describe('receiptWait', () => {
  const issues = [step('WAITING_FOR_RECEIPT', '2026-03-02T09:00:05Z'), step('SCHEDULED', '2026-03-02T09:00:00Z')];
  const at = (iso: string) => Date.parse(iso);

  it('counts from the WAITING_FOR_RECEIPT step and is overdue only past the limit', () => {
    expect(receiptWait('WAITING_FOR_RECEIPT', issues, undefined, at('2026-03-02T10:00:05Z'), 60)).toEqual({
      since: '2026-03-02T09:00:05Z',
      minutes: 60,
      overdue: false,
    });
    expect(receiptWait('WAITING_FOR_RECEIPT', issues, undefined, at('2026-03-02T10:00:06Z'), 60)?.overdue).toBe(true);
  });

  it('falls back to the creation time, and never warns without a usable time', () => {
    expect(receiptWait('WAITING_FOR_RECEIPT', [], '2026-03-02T08:00:00Z', at('2026-03-02T10:00:00Z'), 60)).toMatchObject({ minutes: 120, overdue: true });
    expect(receiptWait('WAITING_FOR_RECEIPT', [step('WAITING_FOR_RECEIPT')], 'igår', at('2026-03-02T10:00:00Z'), 1)).toEqual({
      since: undefined,
      minutes: 0,
      overdue: false,
    });
  });

  it('is null in any other status', () => {
    expect(receiptWait('ACCEPTED', issues, undefined, at('2026-03-09T00:00:00Z'), 60)).toBeNull();
  });
});
