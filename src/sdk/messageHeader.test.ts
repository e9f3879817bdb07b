import { describe, expect, it } from 'vitest';
import { readIdentifiers, readMessageHeader } from './messageHeader';

describe('readMessageHeader', () => {
  it('reads a well-formed message without notes', () => {
    const header = readMessageHeader({
      messageStatus: 'NEW',
      creationDateTime: '2026-03-02T09:00:00Z',
      messageId: 'm1',
      conversationId: 'c1',
      refToMessageId: 'm0',
      confidentiality: false,
      sender: '0203:lund.se',
      recipient: '0203:malmo.se',
      label: 'Hej',
      generatingSystem: { root: '1.2.3', extension: 'Sys' },
      senderAttention: {
        subOrganization: { root: 'x', extension: 'sdk:a:0203:lund.se', label: 'A' },
        attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE-1', label: 'Erik' }],
      },
      recipientAttention: { subOrganization: { root: 'x', extension: 'sdk:b:0203:malmo.se' }, referenceId: [{ root: 'dnr', extension: 'D 1' }] },
    });
    expect(header.notes).toEqual([]);
    expect(header).toMatchObject({ label: 'Hej', dateValid: true, confidential: false, conversationId: 'c1', refToMessageId: 'm0' });
    expect(header.sender).toMatchObject({ organization: '0203:lund.se', functionAddress: 'sdk:a:0203:lund.se', functionLabel: 'A' });
    expect(header.sender.persons).toEqual([{ root: '1.2.752.29.6.2.1', extension: 'SE-1', label: 'Erik', kind: 'hsaId' }]);
    expect(header.recipient.references).toEqual([{ root: 'dnr', extension: 'D 1', label: undefined, kind: 'diarienummer' }]);
    expect(header.generatingSystem).toEqual({ root: '1.2.3', extension: 'Sys', label: undefined });
  });

  it('never throws on garbage and says what is missing', () => {
    for (const raw of [undefined, null, 42, 'text', [], {}]) {
      const header = readMessageHeader(raw);
      expect(header.confidential).toBe(true);
      expect(header.notes.map((n) => n.code)).toEqual(['no-label', 'no-date', 'no-status', 'no-confidentiality', 'no-sender', 'no-recipient']);
    }
  });

  it('notes bad dates, unknown statuses and unusable identifiers', () => {
    const header = readMessageHeader({
      label: 'x',
      creationDateTime: '2018-09-12T15:06:00Z2023-',
      messageStatus: 'WAITING_FOR_ACKNOWLEDGE',
      confidentiality: 'ja',
      sender: '0203:a.se',
      recipient: '0203:b.se',
      senderAttention: { subOrganization: {}, referenceId: 'dnr 5' },
      recipientAttention: { subOrganization: {}, attentionPerson: [{ root: 'dnr' }, null, { extension: 'E', root: 7 }] },
    });
    expect(header.notes).toEqual([
      { code: 'bad-date', value: '2018-09-12T15:06:00Z2023-' },
      { code: 'unknown-status', value: 'WAITING_FOR_ACKNOWLEDGE' },
      { code: 'no-confidentiality' },
      { code: 'bad-identifier', count: 3 },
    ]);
    expect(header.recipient.persons).toEqual([{ root: '', extension: 'E', label: undefined, kind: 'unknown' }]);
  });
});

describe('readIdentifiers', () => {
  it('keeps usable identifiers with their kind and counts the rest', () => {
    expect(readIdentifiers(undefined)).toEqual({ ids: [], skipped: 0 });
    const read = readIdentifiers([{ root: ' 1.2.752.129.2.1.3.3 ', extension: '20050181-9981' }, { extension: '' }]);
    expect(read.ids.map((id) => id.kind)).toEqual(['samordningsnummer']);
    expect(read.skipped).toBe(1);
  });
});
