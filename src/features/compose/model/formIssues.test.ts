import { describe, expect, it } from 'vitest';
import { fieldOfPath, issueOfEventIssue } from './formIssues';

const context = { referenceKeys: ['k0', 'k1'] };

describe('fieldOfPath: request paths (`in`) back to form fields', () => {
  it.each([
    ['data.attributes.label', 'label'],
    ['data.attributes.digitalDocument[0].documentName', 'label'],
    ['data.attributes.confidentiality', 'confidentiality'],
    ['data.attributes.recipient', 'recipients'],
    ['data.attributes.recipientAttention.subOrganization.extension', 'recipients'],
    ['data.attributes.sender', 'from'],
    ['data.attributes.senderAttention.subOrganization.extension', 'from'],
    ['data.attributes.senderAttention.referenceId[1].extension', 'reference:k1'],
    ['data.attributes.recipientAttention.referenceId[0].root', 'theirReferences'],
    ['data.attributes.recipientAttention.attentionPerson[0].extension', 'person.hsaId'],
    ['data.attributes.digitalDocument[0].contentTextBody[0]', 'text'],
    ['data.attributes.digitalDocument[0]', 'text'],
    ['data.attributes.digitalDocument[0].contentFiles[2].contentType', 'attachments'],
  ])('%s → %s', (path, field) => {
    expect(fieldOfPath(path, context)).toBe(field);
  });

  it('ids and unknown paths belong to the message as a whole', () => {
    expect(fieldOfPath('data.attributes.messageId', context)).toBeNull();
    expect(fieldOfPath('data.id', context)).toBeNull();
    expect(fieldOfPath(undefined, context)).toBeNull();
    expect(fieldOfPath('data.attributes.senderAttention.referenceId[5].extension', context)).toBeNull();
  });
});

describe('issueOfEventIssue', () => {
  it('reads the rule from the title and the field from `in`', () => {
    expect(issueOfEventIssue({ title: 'BV/structure: label.max-length', in: 'data.attributes.label', detail: 'too long' }, context)).toMatchObject({
      field: 'label',
      key: 'errors.label.tooLong',
    });
    expect(
      issueOfEventIssue(
        { title: 'BV/not-found: recipientAttention.subOrganization.extension.not-found', in: 'data.attributes.recipientAttention.subOrganization.extension' },
        context,
      ),
    ).toMatchObject({ field: 'recipients', key: 'errors.recipients.notFound' });
  });

  it('keeps the service’s own words for what it cannot map', () => {
    expect(issueOfEventIssue({ title: 'Something odd', detail: 'The service is odd today' }, context)).toEqual({
      field: null,
      key: 'errors.generic',
      params: { detail: 'The service is odd today', max: 256 },
    });
  });
});
