import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingSharedSpec, sharedSpecNote, sharedSpecPath } from '../testing/sharedSpec';
import { canDeleteInStatus, isFinalStatus, isMandatoryStatus, isMessageStatus, MESSAGE_STATUSES, statusInfo } from './status';

const codes = (pred: (code: string) => boolean) => MESSAGE_STATUSES.filter(pred);

describe('KV Meddelandestatus', () => {
  it('has the 12 codes of the spec table, in its order', () => {
    expect(MESSAGE_STATUSES).toEqual([
      'SCHEDULED', 'SUBMITTED', 'SCHEDULED_FOR_RESEND', 'ACKNOWLEDGE', 'WAITING_FOR_RECEIPT', 'MESSAGE_EXCHANGE_ERROR',
      'ACCEPTED', 'REJECTED', 'RETRIEVED', 'RECEIPT_SENT', 'NEW', 'ERROR',
    ]);
  });

  it('marks the "Obligatorisk status" column as mandatory', () => {
    expect(codes(isMandatoryStatus)).toEqual(['WAITING_FOR_RECEIPT', 'MESSAGE_EXCHANGE_ERROR', 'ACCEPTED', 'REJECTED', 'NEW', 'ERROR']);
  });

  it('lets exactly the final statuses NEW, ACCEPTED, MESSAGE_EXCHANGE_ERROR be deleted', () => {
    expect(codes(isFinalStatus)).toEqual(['MESSAGE_EXCHANGE_ERROR', 'ACCEPTED', 'NEW']);
    expect(codes(canDeleteInStatus)).toEqual(codes(isFinalStatus));
  });

  it('describes every code, and no final status is still pending', () => {
    expect(MESSAGE_STATUSES.map((code) => statusInfo(code)?.code)).toEqual([...MESSAGE_STATUSES]);
    const finalOutcomes = MESSAGE_STATUSES.filter(isFinalStatus).map((code) => statusInfo(code)?.outcome);
    expect(finalOutcomes).not.toContain('pending');
    expect(codes((code) => statusInfo(code)?.outcome === 'success')).toEqual(['ACCEPTED', 'NEW']);
  });

  it('tells outgoing from incoming flows and who acts', () => {
    expect(statusInfo('NEW')).toMatchObject({ direction: 'incoming', outcome: 'success' });
    expect(statusInfo('ACCEPTED')).toMatchObject({ direction: 'outgoing', actor: 'recipient', outcome: 'success' });
    expect(statusInfo('REJECTED')).toMatchObject({ actor: 'recipient', outcome: 'failure', final: false });
    expect(statusInfo('ACKNOWLEDGE')).toMatchObject({ actor: 'access-point', outcome: 'pending' });
    expect(statusInfo('MESSAGE_EXCHANGE_ERROR')?.direction).toBe('both');
  });

  it('knows nothing about codes outside the list', () => {
    for (const code of ['WAITING_FOR_ACKNOWLEDGE', 'new', '', 'toString', '__proto__']) {
      expect(statusInfo(code)).toBeUndefined();
      expect(isMessageStatus(code)).toBe(false);
      expect(isFinalStatus(code)).toBe(false);
      expect(canDeleteInStatus(code)).toBe(false);
    }
    expect(isMessageStatus(7)).toBe(false);
    expect(isMessageStatus('NEW')).toBe(true);
  });
});

/** The `- CODE` lines of `enum:` under a schema's key in an OpenAPI YAML text. */
function enumOf(yaml: string, schema: string): string[] {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `${schema}:`);
  const enumAt = lines.findIndex((line, i) => i > start && line.trim() === 'enum:');
  if (start < 0 || enumAt < 0) return [];
  const values: string[] = [];
  for (const line of lines.slice(enumAt + 1)) {
    const m = /^\s+-\s+([A-Z_]+)\s*$/.exec(line);
    if (!m?.[1]) break;
    values.push(m[1]);
  }
  return values;
}

const DIGG_API = 'api/sdk-api-mt-mk-1.0.0.yml';

describe.skipIf(missingSharedSpec(DIGG_API))(`MESSAGE_STATUSES and Digg's OpenAPI messageStatusDef${sharedSpecNote(DIGG_API)}`, () => {
  it('lists the same codes in the same order', () => {
    expect(enumOf(readFileSync(sharedSpecPath(DIGG_API), 'utf8'), 'messageStatusDef')).toEqual([...MESSAGE_STATUSES]);
  });
});

describe("MESSAGE_STATUSES and the project's contract", () => {
  it('match the MessageStatus enum of src/api/openapi.yaml', () => {
    const yaml = readFileSync(path.resolve(import.meta.dirname, '../api/openapi.yaml'), 'utf8');
    expect(enumOf(yaml, 'MessageStatus')).toEqual([...MESSAGE_STATUSES]);
  });
});
