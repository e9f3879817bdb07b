import { describe, expect, it } from 'vitest';
import { messageDirection, senderFunctionOf } from './direction';

const from = (extension: unknown) => ({ senderAttention: { subOrganization: { root: 'x', extension } } });

describe('messageDirection', () => {
  it('is sent for a message the mailbox sent, received for any other', () => {
    expect(messageDirection(senderFunctionOf(from('sdk:a:0203:x.se')), 'sdk:a:0203:x.se')).toBe('sent');
    expect(messageDirection(senderFunctionOf(from('sdk:b:0203:y.se')), 'sdk:a:0203:x.se')).toBe('received');
    expect(messageDirection(senderFunctionOf({}), 'sdk:a:0203:x.se')).toBe('received');
  });

  it('reads the sender defensively', () => {
    expect(senderFunctionOf(undefined)).toBeUndefined();
    expect(senderFunctionOf(from(42))).toBeUndefined();
    expect(senderFunctionOf({ senderAttention: 'x' })).toBeUndefined();
  });
});
