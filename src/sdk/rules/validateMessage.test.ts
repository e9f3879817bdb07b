import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_OPTIONS, validCreateRequest } from './fixtures';
import { LABEL_MAX_LENGTH } from './limits';
import { REMOVE, violationsWith } from './testing';
import { validateCreateMessage } from './validateMessage';

const A = 'data.attributes';
const long = (n: number) => 'x'.repeat(n);

describe('validateCreateMessage: the fixture', () => {
  it('accepts a complete, correct message', () => {
    expect(validateCreateMessage(validCreateRequest(), DEFAULT_RULE_OPTIONS)).toEqual([]);
  });
});

type Case = [path: string, value: unknown, rule: string, code: 'SV' | 'BV', reason: string, at?: string];

// Each case changes one member of the valid fixture and expects exactly one violation.
const HEADER_CASES: Case[] = [
  ['data.type', 'message', 'type.not-messages', 'SV', 'structure'],
  ['data.type', REMOVE, 'type.not-messages', 'SV', 'structure'],
  ['data.id', 'abc', 'id.uuid', 'BV', 'invariant'],
  [`${A}.messageStatus`, 'NEW', 'messageStatus.not-allowed', 'SV', 'structure'],
  [`${A}.messageId`, 'teststring', 'messageId.uuid', 'BV', 'invariant'],
  [`${A}.messageId`, 42, 'messageId.type', 'SV', 'structure'],
  [`${A}.messageId`, '', 'messageId.empty', 'BV', 'invariant'],
  [`${A}.conversationId`, 'a8480ada-6a1f-44a3-a960', 'conversationId.uuid', 'BV', 'invariant'],
  [`${A}.refToMessageId`, '{ff325210-0690-42fe-b86f-95ecab821223}', 'refToMessageId.uuid', 'BV', 'invariant'],
  [`${A}.creationDateTime`, '3 Sept. 2019', 'creationDateTime.invalid', 'SV', 'structure'],
  [`${A}.creationDateTime`, '2019-02-30T12:00:00Z', 'creationDateTime.invalid', 'SV', 'structure'],
  [`${A}.creationDateTime`, '2019-09-03T12:04:13.123', 'creationDateTime.not-utc', 'BV', 'invariant'],
  [`${A}.creationDateTime`, '2019-09-03T12:04:13+02:00', 'creationDateTime.not-utc', 'BV', 'invariant'],
  [`${A}.label`, REMOVE, 'label.required', 'SV', 'structure'],
  [`${A}.label`, 123, 'label.type', 'SV', 'structure'],
  [`${A}.label`, '   ', 'label.empty', 'BV', 'invariant'],
  [`${A}.label`, long(LABEL_MAX_LENGTH + 1), 'label.max-length', 'BV', 'structure'],
  [`${A}.confidentiality`, REMOVE, 'confidentiality.required', 'SV', 'structure'],
  [`${A}.confidentiality`, 'true', 'confidentiality.type', 'SV', 'structure'],
  [`${A}.generatingSystem`, 'mk', 'generatingSystem.type', 'SV', 'structure'],
  [`${A}.generatingSystem`, { root: 'kodverk' }, 'generatingSystem.extension.required', 'SV', 'structure', `${A}.generatingSystem.extension`],
  [`${A}.generatingSystem`, { root: '', extension: 'mk-1' }, 'generatingSystem.root.empty', 'BV', 'invariant', `${A}.generatingSystem.root`],
];

const PARTY_CASES: Case[] = [
  [`${A}.sender`, REMOVE, 'sender.required', 'SV', 'structure'],
  [`${A}.sender`, 'malmo.se', 'sender.participant-id', 'BV', 'invariant'],
  [`${A}.recipient`, '0203:', 'recipient.participant-id', 'BV', 'invariant'],
  [`${A}.recipient`, '0203:http://inera.se', 'recipient.participant-id', 'BV', 'invariant'],
  [`${A}.recipient`, '0007:lund.se', 'recipient.participant-id', 'BV', 'invariant'],
  [`${A}.recipientAttention`, REMOVE, 'recipientAttention.required', 'SV', 'structure'],
  [`${A}.senderAttention`, REMOVE, 'senderAttention.required', 'SV', 'structure'],
  [`${A}.senderAttention`, [], 'senderAttention.type', 'SV', 'structure'],
  [`${A}.recipientAttention.subOrganization`, REMOVE, 'recipientAttention.subOrganization.required', 'SV', 'structure'],
  [`${A}.recipientAttention.subOrganization.root`, 'urn:other', 'recipientAttention.subOrganization.root.value', 'BV', 'invariant'],
  [`${A}.recipientAttention.subOrganization.root`, REMOVE, 'recipientAttention.subOrganization.root.required', 'SV', 'structure'],
  [`${A}.senderAttention.subOrganization.extension`, REMOVE, 'senderAttention.subOrganization.extension.required', 'SV', 'structure'],
  [`${A}.senderAttention.subOrganization.extension`, '', 'senderAttention.subOrganization.extension.empty', 'BV', 'invariant'],
  [`${A}.senderAttention.subOrganization.extension`, long(257), 'senderAttention.subOrganization.extension.max-length', 'SV', 'structure'],
  [`${A}.recipientAttention.subOrganization.label`, long(257), 'recipientAttention.subOrganization.label.max-length', 'SV', 'structure'],
  [`${A}.recipientAttention.subOrganization.label`, ' ', 'recipientAttention.subOrganization.label.empty', 'BV', 'invariant'],
  [`${A}.senderAttention.attentionPerson[0].extension`, long(257), 'senderAttention.attentionPerson.extension.max-length', 'SV', 'structure'],
  [`${A}.senderAttention.attentionPerson[0].root`, REMOVE, 'senderAttention.attentionPerson.root.required', 'SV', 'structure'],
  [`${A}.senderAttention.attentionPerson[0].label`, long(257), 'senderAttention.attentionPerson.label.max-length', 'SV', 'structure'],
  [`${A}.senderAttention.attentionPerson[0]`, 'Anna', 'senderAttention.attentionPerson.type', 'SV', 'structure'],
  [`${A}.recipientAttention.referenceId`, 'dnr', 'recipientAttention.referenceId.type', 'SV', 'structure'],
  [`${A}.recipientAttention.referenceId[0].extension`, '', 'recipientAttention.referenceId.extension.empty', 'BV', 'invariant'],
  [`${A}.senderAttention.referenceId[0].label`, '', 'senderAttention.referenceId.label.empty', 'BV', 'invariant'],
  // Digg's referenceDef / personDef require the label (B1.3.3's XSD does not: reading stays tolerant).
  [`${A}.recipientAttention.referenceId[0].label`, REMOVE, 'recipientAttention.referenceId.label.required', 'SV', 'structure'],
  [`${A}.senderAttention.attentionPerson[0].label`, REMOVE, 'senderAttention.attentionPerson.label.required', 'SV', 'structure'],
];

const D = `${A}.digitalDocument`;
const F = `${D}[0].contentFiles[0]`;
const DOCUMENT_CASES: Case[] = [
  [D, REMOVE, 'digitalDocument.required', 'SV', 'structure'],
  [D, [], 'digitalDocument.required', 'SV', 'structure'],
  [D, {}, 'digitalDocument.type', 'SV', 'structure'],
  [`${D}[0]`, 'text', 'document.type', 'SV', 'structure'],
  [`${D}[0].documentId`, REMOVE, 'document.documentId.required', 'SV', 'structure'],
  [`${D}[0].documentName`, ' ', 'document.documentName.empty', 'BV', 'invariant'],
  [`${D}[0].index`, '0', 'document.index.format', 'BV', 'invariant'],
  [`${D}[0].index`, 'första', 'document.index.format', 'BV', 'invariant'],
  [`${D}[0].index`, 1, 'document.index.type', 'SV', 'structure'],
  [`${D}[0].contentTextBody`, ['\n'], 'document.contentTextBody.empty', 'BV', 'invariant', `${D}[0].contentTextBody[0]`],
  [`${D}[0].contentTextBody`, [5], 'document.contentTextBody.type', 'SV', 'structure', `${D}[0].contentTextBody[0]`],
  [`${D}[0].contentFiles`, 'file', 'attachment.list.type', 'SV', 'structure'],
  [`${D}[0].contentFiles[0]`, 'file', 'attachment.type', 'SV', 'structure'],
  [`${F}.fileName`, REMOVE, 'attachment.fileName.required', 'SV', 'structure'],
  [`${F}.contentType`, '', 'attachment.contentType.empty', 'BV', 'invariant'],
  [`${F}.contentType`, 'image/jpeg', 'attachment.type-not-allowed', 'BV', 'not-supported'],
  [`${F}.content`, REMOVE, 'attachment.content.required', 'SV', 'structure'],
  [`${F}.content`, '', 'attachment.content.empty', 'BV', 'invariant'],
  [`${F}.content`, 'not base64!', 'attachment.content.base64', 'BV', 'invariant'],
  [`${F}.content`, 'QUJD=', 'attachment.content.base64', 'BV', 'invariant'],
  [`${F}.content`, 'QU=JD', 'attachment.content.base64', 'BV', 'invariant'],
];

describe.each([
  ['envelope and header', HEADER_CASES],
  ['sender, recipient and attention', PARTY_CASES],
  ['documents and attachments', DOCUMENT_CASES],
])('validateCreateMessage rejects faults in the %s', (_group, cases) => {
  it.each(cases)('%s = %j → %s', (path, value, rule, code, reason, at) => {
    expect(violationsWith(path, value)).toEqual([
      { in: at ?? path, rule, detail: expect.any(String), receipt: { code, reason } },
    ]);
  });
});
