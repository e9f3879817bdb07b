import { describe, expect, it } from 'vitest';
import { complementFields, replyFields, type ThreadOrigin } from './conversation';
import { FUNCTIONAL_ADDRESS_ROOT } from './ids';

// A message from Lund's social services to Malmö, about Tolvan.
const original: ThreadOrigin = {
  messageId: 'ff325210-0690-42fe-b86f-95ecab821223',
  conversationId: 'a8480ada-6a1f-44a3-a960-9acaf4efcdcd',
  sender: '0203:lund.se',
  recipient: '0203:malmo.se',
  label: 'Begäran om uppgifter',
  confidentiality: true,
  senderAttention: {
    subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst:0203:lund.se', label: 'Socialtjänsten' },
    attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE-erik', label: 'Erik Johansson' }],
    referenceId: [{ root: 'dnr', extension: 'SOC 2026/77', label: 'Diarienummer' }],
  },
  recipientAttention: {
    subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst-barn-unga:0203:malmo.se' },
    referenceId: [{ root: '1.2.752.129.2.1.3.1', extension: '19121212-1212', label: 'Tolvan Tolvansson' }],
  },
};

describe('replyFields', () => {
  it('answers the sender, from the receiving function, in the same conversation', () => {
    const reply = replyFields(original);
    expect(reply).toEqual({
      conversationId: original.conversationId,
      refToMessageId: original.messageId,
      sender: '0203:malmo.se',
      recipient: '0203:lund.se',
      label: 'Begäran om uppgifter',
      confidentiality: true,
      // The sender's own references come back to them (B1.3.3).
      recipientAttention: original.senderAttention,
      senderAttention: original.recipientAttention,
    });
  });

  it('copies, so editing the draft never changes the original', () => {
    const reply = replyFields(original);
    reply.recipientAttention?.referenceId?.push({ root: 'dnr', extension: 'new' });
    if (reply.recipientAttention) reply.recipientAttention.subOrganization.label = 'changed';
    expect(original.senderAttention?.referenceId).toHaveLength(1);
    expect(original.senderAttention?.subOrganization.label).toBe('Socialtjänsten');
  });

  it('adds a label prefix once and keeps the label within 256 characters', () => {
    expect(replyFields(original, { labelPrefix: 'SV: ' }).label).toBe('SV: Begäran om uppgifter');
    expect(replyFields({ ...original, label: 'SV: x' }, { labelPrefix: 'SV: ' }).label).toBe('SV: x');
    expect(Array.from(replyFields({ ...original, label: '📨'.repeat(256) }, { labelPrefix: 'SV: ' }).label)).toHaveLength(256);
  });

  it('starts a conversation from the messageId when the original has none', () => {
    expect(replyFields({ ...original, conversationId: '' }).conversationId).toBe(original.messageId);
  });

  it('leaves out attention blocks the original lacks', () => {
    const bare = replyFields({ ...original, senderAttention: undefined, recipientAttention: undefined });
    expect(bare).not.toHaveProperty('recipientAttention');
    expect(bare).not.toHaveProperty('senderAttention');
  });
});

describe('complementFields', () => {
  it('writes again to the same recipient, referring to the complemented message', () => {
    expect(complementFields(original)).toEqual({
      conversationId: original.conversationId,
      refToMessageId: original.messageId,
      sender: original.sender,
      recipient: original.recipient,
      label: original.label,
      confidentiality: true,
      senderAttention: original.senderAttention,
      recipientAttention: original.recipientAttention,
    });
  });

  it('copies the attention blocks', () => {
    const draft = complementFields(original);
    expect(draft.recipientAttention).not.toBe(original.recipientAttention);
    expect(draft.recipientAttention?.referenceId).not.toBe(original.recipientAttention?.referenceId);
  });
});
