import { describe, expect, it } from 'vitest';
import { isUuid } from '../../../sdk/ids';
import { DEFAULT_RULE_OPTIONS } from '../../../sdk/rules/fixtures';
import { buildRequests, checkForm, ensureSendIds } from './buildRequests';
import { emptyValues, type ComposeValues, type SelectedRecipient } from './composeValues';

const FROM = 'sdk:socialtjanst-barn-unga:0203:malmo.se';
const SENDER = { participantIdentifier: '0203:malmo.se', functionName: 'Socialtjänsten barn och unga' };
const to = (fn: string, domain: string): SelectedRecipient => ({
  identifier: `sdk:${fn}:0203:${domain}`,
  participantIdentifier: `0203:${domain}`,
  functionName: fn,
  organizationName: domain,
});
const LUND = to('socialtjanst', 'lund.se');
const YSTAD = to('socialtjanst', 'ystad.se');
const SKANE = to('registrator', 'skane.se');

function complete(change: Partial<ComposeValues> = {}): ComposeValues {
  return { ...emptyValues(FROM), recipients: [LUND], label: 'Kallelse', confidentiality: true, text: 'Hej!', ...change };
}

const rules = (values: ComposeValues) => checkForm(buildRequests({ values, sender: SENDER, files: [] }), DEFAULT_RULE_OPTIONS);
const keys = (values: ComposeValues) => rules(values).map((i) => `${i.field ?? '-'}:${i.key}`);

describe('buildRequests + checkForm: the rules, on the form', () => {
  it('a complete form passes every rule', () => {
    expect(rules(complete())).toEqual([]);
  });

  it('label: required, and at most 256 characters (counted as code points)', () => {
    expect(keys(complete({ label: '  ' }))).toEqual(['label:errors.label.required']);
    expect(keys(complete({ label: 'x'.repeat(257) }))).toEqual(['label:errors.label.tooLong']);
    expect(rules(complete({ label: '😀'.repeat(256) }))).toEqual([]);
  });

  it('confidentiality must be chosen: null is never sent as a default', () => {
    expect(keys(complete({ confidentiality: null }))).toEqual(['confidentiality:errors.confidentiality.required']);
    expect(rules(complete({ confidentiality: false }))).toEqual([]);
  });

  it('at least one recipient is required', () => {
    expect(keys(complete({ recipients: [] }))).toEqual(['recipients:errors.recipients.required']);
  });

  it('text or a file is required', () => {
    expect(keys(complete({ text: '   ' }))).toEqual(['text:errors.text.required']);
    const withFile = buildRequests({ values: complete({ text: '' }), sender: SENDER, files: [{ fileName: 'a.pdf', contentType: 'application/pdf', content: 'AAAA' }] });
    expect(checkForm(withFile, DEFAULT_RULE_OPTIONS)).toEqual([]);
  });

  it('a personnummer reference must have a real date and the right check digit', () => {
    const ref = (value: string) => complete({ references: [{ key: 'r1', kind: 'personnummer', value, label: '' }] });
    expect(keys(ref('19121212-1213'))).toEqual(['reference:r1:errors.reference.personalId.checksum']);
    expect(keys(ref('19121312-1212'))).toEqual(['reference:r1:errors.reference.personalId.date']);
    expect(keys(ref('1912'))).toEqual(['reference:r1:errors.reference.personalId.format']);
    expect(rules(ref('19121212-1212'))).toEqual([]);
  });

  it('a samordningsnummer is checked as day + 60, and the kinds are not mixed up', () => {
    const ref = (kind: 'personnummer' | 'samordningsnummer', value: string) => complete({ references: [{ key: 'r1', kind, value, label: '' }] });
    expect(rules(ref('samordningsnummer', '19701063-2391'))).toEqual([]);
    expect(keys(ref('samordningsnummer', '19701093-2391'))).toEqual(['reference:r1:errors.reference.personalId.date']);
    expect(keys(ref('personnummer', '19701063-2391'))).toEqual(['reference:r1:errors.reference.wrongKind.samordningsnummer']);
  });

  it('an HSA-id must look like one', () => {
    expect(keys(complete({ person: { hsaId: 'anna', name: '' } }))).toEqual(['person.hsaId:errors.person.hsaId']);
    expect(rules(complete({ person: { hsaId: 'SE2321000016-anna', name: 'Anna' } }))).toEqual([]);
  });
});

describe('buildRequests: what is sent', () => {
  it('maps references to the content specification’s code systems in senderAttention', () => {
    const { messages } = buildRequests({
      values: complete({
        references: [
          { key: 'a', kind: 'personnummer', value: '19121212-1212', label: 'Tolvan' },
          { key: 'b', kind: 'samordningsnummer', value: '197010632391', label: '' },
          { key: 'c', kind: 'diarienummer', value: 'SOC 2026/123', label: '' },
          { key: 'd', kind: 'arendenummer', value: 'Ä-77', label: '' },
          { key: 'e', kind: 'other', value: 'Vår ref 9', label: 'Intern' },
        ],
        person: { hsaId: 'SE2321000016-erik', name: 'Erik Johansson' },
      }),
      sender: SENDER,
      files: [],
    });
    const attrs = messages[0]?.request.data.attributes;
    expect(attrs?.senderAttention?.referenceId).toEqual([
      { root: '1.2.752.129.2.1.3.1', extension: '191212121212', label: 'Tolvan' },
      // Digg's API requires a label: without the user's own, the (Swedish) name of the kind.
      { root: '1.2.752.129.2.1.3.3', extension: '197010632391', label: 'Samordningsnummer' },
      { root: 'dnr', extension: 'SOC 2026/123', label: 'Diarienummer' },
      { root: 'unregistred', extension: 'Ä-77', label: 'Ärendenummer' },
      { root: 'unregistred', extension: 'Vår ref 9', label: 'Intern' },
    ]);
    expect(attrs?.recipientAttention?.attentionPerson).toEqual([{ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-erik', label: 'Erik Johansson' }]);
    expect(attrs?.senderAttention?.subOrganization).toEqual({ root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FROM, label: SENDER.functionName });
    expect(attrs?.confidentiality).toBe(true);
    expect(attrs?.digitalDocument?.[0]).toMatchObject({ documentId: 'SDK meddelande', documentName: 'Kallelse', index: '1', contentTextBody: ['Hej!'] });
  });

  it('a send list gives one message per recipient, each with its own messageId', () => {
    const values = complete({ recipients: [LUND, YSTAD, SKANE], conversationMode: 'separate' });
    const { ids } = ensureSendIds(values, {}, undefined);
    const { messages } = buildRequests({ values, sender: SENDER, files: [], ids });
    expect(messages.map((m) => m.request.data.attributes.recipientAttention?.subOrganization.extension)).toEqual([
      LUND.identifier,
      YSTAD.identifier,
      SKANE.identifier,
    ]);
    expect(messages.map((m) => m.request.data.attributes.recipient)).toEqual(['0203:lund.se', '0203:ystad.se', '0203:skane.se']);
    const messageIds = messages.map((m) => m.request.data.attributes.messageId);
    expect(new Set(messageIds).size).toBe(3);
    expect(messageIds.every(isUuid)).toBe(true);
    // Separate conversations: three different conversation ids.
    expect(new Set(messages.map((m) => m.request.data.attributes.conversationId)).size).toBe(3);
  });

  it('"samma konversation för alla" shares one conversationId, still one messageId each', () => {
    const values = complete({ recipients: [LUND, YSTAD, SKANE], conversationMode: 'shared' });
    const { ids, sharedConversationId } = ensureSendIds(values, {}, undefined);
    const { messages } = buildRequests({ values, sender: SENDER, files: [], ids });
    expect(new Set(messages.map((m) => m.request.data.attributes.conversationId))).toEqual(new Set([sharedConversationId]));
    expect(new Set(messages.map((m) => m.request.data.attributes.messageId)).size).toBe(3);
  });

  it('ids made once are reused on the next attempt; a new recipient gets new ones', () => {
    const first = ensureSendIds(complete({ recipients: [LUND], conversationMode: 'shared' }), {}, undefined);
    const again = ensureSendIds(complete({ recipients: [LUND, YSTAD], conversationMode: 'shared' }), first.ids, first.sharedConversationId);
    expect(again.ids[LUND.identifier]).toEqual(first.ids[LUND.identifier]);
    expect(again.ids[YSTAD.identifier]?.messageId).not.toBe(first.ids[LUND.identifier]?.messageId);
    expect(again.ids[YSTAD.identifier]?.conversationId).toBe(first.sharedConversationId);
  });

  it('a reply stays in its conversation and points at the answered message', () => {
    const values = complete({
      thread: {
        kind: 'reply',
        originId: 'res-1',
        conversationId: '7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e001',
        refToMessageId: '7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e002',
        recipientReferences: [{ root: 'dnr', extension: 'LUND 2026/9' }],
        extraRecipientPersons: [],
      },
    });
    const { ids } = ensureSendIds(values, {}, undefined);
    const attrs = buildRequests({ values, sender: SENDER, files: [], ids }).messages[0]?.request.data.attributes;
    expect(attrs?.conversationId).toBe('7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e001');
    expect(attrs?.refToMessageId).toBe('7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e002');
    // Their reference goes back as it came, with the label Digg's API requires added.
    expect(attrs?.recipientAttention?.referenceId).toEqual([{ root: 'dnr', extension: 'LUND 2026/9', label: 'Diarienummer' }]);
  });

  it('every person and reference is sent with a label: theirs as they were, a name, or the kind', () => {
    const values = complete({
      references: [{ key: 'a', kind: 'other', value: 'Vår ref 9', label: '' }],
      person: { hsaId: 'SE2321000016-erik', name: '' },
      thread: {
        kind: 'complement',
        originId: 'res-1',
        conversationId: '7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e001',
        refToMessageId: '7d3a1b0e-95c4-4b8e-9b59-55a3f4b9e002',
        recipientReferences: [{ root: '37.3.818.dummy', extension: 'X-1', label: 'Deras ärende' }],
        extraRecipientPersons: [{ root: '1.2.752.129.2.1.2.1', extension: 'Karin Svensson' }],
      },
    });
    const attrs = buildRequests({ values, sender: SENDER, files: [] }).messages[0]?.request.data.attributes;
    expect(attrs?.senderAttention?.referenceId).toEqual([{ root: 'unregistred', extension: 'Vår ref 9', label: 'Övrig referens' }]);
    expect(attrs?.recipientAttention?.referenceId).toEqual([{ root: '37.3.818.dummy', extension: 'X-1', label: 'Deras ärende' }]);
    expect(attrs?.recipientAttention?.attentionPerson).toEqual([
      { root: '1.2.752.29.6.2.1', extension: 'SE2321000016-erik', label: 'HSA-id' },
      { root: '1.2.752.129.2.1.2.1', extension: 'Karin Svensson', label: 'Karin Svensson' },
    ]);
  });
});
