import { describe, expect, it } from 'vitest';
import type { MessageResource } from '../../../sdk/model';
import { prefillFrom } from './prefill';

const MALMO = 'sdk:socialtjanst-barn-unga:0203:malmo.se';
const LUND = 'sdk:socialtjanst:0203:lund.se';
const FA_ROOT = 'urn:riv:infrastructure:messaging:functionalAddress';

const received: MessageResource = {
  type: 'messages',
  id: 'res-7',
  attributes: {
    messageStatus: 'ACCEPTED',
    creationDateTime: '2026-03-01T10:00:00Z',
    messageId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0001',
    conversationId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0000',
    confidentiality: true,
    label: 'Begäran om yttrande',
    sender: '0203:lund.se',
    recipient: '0203:malmo.se',
    senderAttention: {
      subOrganization: { root: FA_ROOT, extension: LUND, label: 'Socialtjänsten' },
      attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE2120001553-erik', label: 'Erik Johansson' }],
      referenceId: [{ root: 'dnr', extension: 'LUND 2026/9' }],
    },
    recipientAttention: {
      subOrganization: { root: FA_ROOT, extension: MALMO },
      referenceId: [{ root: 'dnr', extension: 'SOC 2026/1' }],
    },
  },
};
const names = { functionName: (id: string) => (id === LUND ? 'Socialtjänsten' : undefined), organizationName: () => 'Lunds kommun' };

describe('prefillFrom', () => {
  it('reply: to the sender’s function, same conversation, their references echoed, our references kept, no silent confidentiality', () => {
    const result = prefillFrom('reply', received, [MALMO], names, 'SV: ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values).toMatchObject({
      from: MALMO,
      recipients: [{ identifier: LUND, participantIdentifier: '0203:lund.se', functionName: 'Socialtjänsten', organizationName: 'Lunds kommun' }],
      label: 'SV: Begäran om yttrande',
      confidentiality: null,
      person: { hsaId: 'SE2120001553-erik', name: 'Erik Johansson' },
      thread: {
        kind: 'reply',
        originId: 'res-7',
        conversationId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0000',
        refToMessageId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0001',
        recipientReferences: [{ root: 'dnr', extension: 'LUND 2026/9' }],
      },
    });
    expect(result.values.references).toEqual([{ key: 'prefill-0', kind: 'diarienummer', value: 'SOC 2026/1', label: '' }]);
    expect(result.originalConfidentiality).toBe(true);
  });

  it('reply: a label that only names the kind (what the composer sends without one) is not put into the form', () => {
    const labelled: MessageResource = {
      ...received,
      attributes: {
        ...received.attributes,
        senderAttention: { ...received.attributes.senderAttention!, attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE2120001553-erik', label: 'HSA-id' }] },
        recipientAttention: {
          subOrganization: { root: FA_ROOT, extension: MALMO },
          referenceId: [
            { root: 'dnr', extension: 'SOC 2026/1', label: 'Diarienummer' },
            { root: 'unregistred', extension: 'Ä-7', label: 'Ärendenummer' },
            { root: 'unregistred', extension: 'Vår 9', label: 'Övrig referens' },
            { root: 'unregistred', extension: 'Vår 10', label: 'Intern' },
          ],
        },
      },
    };
    const result = prefillFrom('reply', labelled, [MALMO], names, 'SV: ');
    expect(result.ok && result.values.person).toEqual({ hsaId: 'SE2120001553-erik', name: '' });
    expect(result.ok && result.values.references).toEqual([
      { key: 'prefill-0', kind: 'diarienummer', value: 'SOC 2026/1', label: '' },
      { key: 'prefill-1', kind: 'arendenummer', value: 'Ä-7', label: '' },
      { key: 'prefill-2', kind: 'other', value: 'Vår 9', label: '' },
      { key: 'prefill-3', kind: 'other', value: 'Vår 10', label: 'Intern' },
    ]);
  });

  it('complement: same recipient and conversation as the message we sent', () => {
    const sent: MessageResource = {
      ...received,
      attributes: {
        ...received.attributes,
        sender: '0203:malmo.se',
        recipient: '0203:lund.se',
        senderAttention: { subOrganization: { root: FA_ROOT, extension: MALMO } },
        recipientAttention: { subOrganization: { root: FA_ROOT, extension: LUND } },
      },
    };
    const result = prefillFrom('complement', sent, [MALMO], names, 'Komplettering: ');
    expect(result.ok && result.values).toMatchObject({
      from: MALMO,
      recipients: [{ identifier: LUND }],
      label: 'Komplettering: Begäran om yttrande',
      thread: { kind: 'complement', conversationId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0000', refToMessageId: '0d7c6fd4-4a4e-4a55-9a58-1d6d0a5a0001' },
    });
  });

  it('refuses a message none of the user’s mailboxes can answer', () => {
    expect(prefillFrom('reply', received, ['sdk:other:0203:malmo.se'], names, 'SV: ')).toEqual({ ok: false, reason: 'not-yours' });
  });
});
