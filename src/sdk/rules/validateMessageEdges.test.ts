import { describe, expect, it } from 'vitest';
import { FUNCTIONAL_ADDRESS_ROOT } from '../ids';
import { DEFAULT_RULE_OPTIONS, TINY_PDF_BASE64, validCreateRequest } from './fixtures';
import { LABEL_MAX_LENGTH } from './limits';
import { REMOVE, setAtPath, violationsWith } from './testing';
import { encodedMessageBytes, validateCreateMessage } from './validateMessage';

const A = 'data.attributes';
const D = `${A}.digitalDocument`;
const F = `${D}[0].contentFiles[0]`;

// Correct variations of the fixture: each must stay free of violations.
const VALID: [path: string, value: unknown][] = [
  ['data.id', '19C7E876-EF6F-4FB0-BCCB-E93E3AB6E69F'],
  [`${A}.messageId`, 'ff325210-0690-42fe-b86f-95ecab821223'],
  [`${A}.conversationId`, 'a8480ada-6a1f-44a3-a960-9acaf4efcdcd'],
  [`${A}.refToMessageId`, 'ff325210-0690-42fe-b86f-95ecab821223'],
  [`${A}.refToMessageId`, null],
  [`${A}.messageStatus`, null],
  [`${A}.creationDateTime`, '2019-08-15T17:52:58.1Z'],
  [`${A}.creationDateTime`, '2018-09-12T15:06:00Z'],
  [`${A}.label`, 'x'.repeat(LABEL_MAX_LENGTH)],
  [`${A}.label`, '📨'.repeat(LABEL_MAX_LENGTH)],
  [`${A}.confidentiality`, false],
  [`${A}.generatingSystem`, { root: 'kodverk-id', extension: 'system-id-123456789' }],
  [`${A}.sender`, '0203:myndighetA.org'],
  [`${A}.recipient`, '0203:test.recipient.inera.se'],
  [`${A}.senderAttention.attentionPerson`, REMOVE],
  [`${A}.senderAttention.attentionPerson`, []],
  [`${A}.recipientAttention.subOrganization.label`, REMOVE],
  [`${D}[0].index`, REMOVE],
  [`${D}[0].documentName`, REMOVE],
  [`${D}[0].contentFiles`, REMOVE],
  [`${D}[0].contentTextBody`, REMOVE],
  [`${D}[0].contentTextBody`, []],
  [`${F}.contentType`, 'Application/PDF; name=kallelse.pdf'],
  [`${F}.contentType`, 'image/png'],
  [`${F}.content`, 'JVBE\nRi0x\r\nLjQK'],
  [`${F}.content`, 'QQ=='],
];

describe('validateCreateMessage accepts correct variations', () => {
  it.each(VALID)('%s = %j', (path, value) => {
    expect(violationsWith(path, value)).toEqual([]);
  });

  it('always accepts PDF, even when no other type is allowed', () => {
    expect(violationsWith(`${F}.contentType`, 'application/pdf', { ...DEFAULT_RULE_OPTIONS, allowedAttachmentTypes: [] })).toEqual([]);
  });

  it('accepts wildcard types from the options', () => {
    const options = { ...DEFAULT_RULE_OPTIONS, allowedAttachmentTypes: ['image/*'] };
    expect(violationsWith(`${F}.contentType`, 'image/jpeg', options)).toEqual([]);
    expect(violationsWith(`${F}.contentType`, 'text/plain', options).map((v) => v.rule)).toEqual(['attachment.type-not-allowed']);
  });
});

describe('validateCreateMessage: rules over several members', () => {
  it('requires text or a file in every document', () => {
    const request = validCreateRequest();
    setAtPath(request, `${D}[0].contentTextBody`, []);
    setAtPath(request, `${D}[0].contentFiles`, REMOVE);
    expect(validateCreateMessage(request, DEFAULT_RULE_OPTIONS)).toEqual([
      { in: `${D}[0]`, rule: 'document.content-required', detail: expect.any(String), receipt: { code: 'BV', reason: 'invariant' } },
    ]);
  });

  it('requires an index on every document when there are several', () => {
    const request = validCreateRequest();
    setAtPath(request, `${D}[1]`, { documentId: 'bilaga', contentFiles: [{ fileName: 'a.pdf', contentType: 'application/pdf', content: TINY_PDF_BASE64 }] });
    expect(validateCreateMessage(request, DEFAULT_RULE_OPTIONS).map((v) => [v.in, v.rule])).toEqual([[`${D}[1].index`, 'document.index.required']]);
    setAtPath(request, `${D}[1].index`, '2');
    expect(validateCreateMessage(request, DEFAULT_RULE_OPTIONS)).toEqual([]);
  });

  it('reports every fault, in document order', () => {
    const request = validCreateRequest();
    setAtPath(request, `${A}.label`, '');
    setAtPath(request, `${A}.recipient`, 'lund');
    setAtPath(request, `${F}.contentType`, 'application/zip');
    expect(validateCreateMessage(request, DEFAULT_RULE_OPTIONS).map((v) => v.rule)).toEqual([
      'label.empty',
      'recipient.participant-id',
      'attachment.type-not-allowed',
    ]);
  });

  it('never echoes the subject in the detail (B1.3.3)', () => {
    const [v] = violationsWith(`${A}.label`, 'HEMLIGT '.repeat(40));
    expect(v?.rule).toBe('label.max-length');
    expect(v?.detail).not.toContain('HEMLIGT');
    expect(v?.detail).toContain('320');
  });
});

describe('message size', () => {
  it('rejects a message over the limit as BV/too-long', () => {
    const request = validCreateRequest();
    const size = encodedMessageBytes(request);
    expect(validateCreateMessage(request, { ...DEFAULT_RULE_OPTIONS, maxMessageBytes: size })).toEqual([]);
    expect(validateCreateMessage(request, { ...DEFAULT_RULE_OPTIONS, maxMessageBytes: size - 1 })).toEqual([
      { in: 'data', rule: 'message.too-long', detail: expect.stringContaining(String(size)), receipt: { code: 'BV', reason: 'too-long' } },
    ]);
  });

  it('counts UTF-8 bytes of the JSON text', () => {
    expect(encodedMessageBytes({ a: 'å' })).toBe('{"a":""}'.length + 2);
    expect(encodedMessageBytes('📨')).toBe(2 + 4);
  });

  it('gives 0 for what JSON cannot encode', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(encodedMessageBytes(cyclic)).toBe(0);
    expect(encodedMessageBytes(undefined)).toBe(0);
  });
});

describe('validateCreateMessage never throws', () => {
  const odd: unknown[] = [
    undefined, null, 0, 'text', [], [1], { data: null }, { data: [] }, { data: { type: 'messages' } },
    { data: { type: 'messages', attributes: [] } },
    { data: { type: 'messages', attributes: { label: {}, sender: [], recipientAttention: 'x', senderAttention: { subOrganization: 5, attentionPerson: {} }, digitalDocument: [null, [], { contentFiles: [null, { content: 7 }] }] } } },
    { data: { type: 'messages', attributes: { recipientAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: null } } } } },
  ];
  it.each(odd)('%j', (request) => {
    const result = validateCreateMessage(request, DEFAULT_RULE_OPTIONS);
    expect(result.length).toBeGreaterThan(0);
    for (const v of result) expect(['SV', 'BV']).toContain(v.receipt.code);
  });

  it('reports a body without data as a structure fault', () => {
    expect(validateCreateMessage({}, DEFAULT_RULE_OPTIONS)).toEqual([
      { in: 'data', rule: 'request.structure', detail: expect.any(String), receipt: { code: 'SV', reason: 'structure' } },
    ]);
  });
});
