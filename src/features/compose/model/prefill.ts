/**
 * The form a reply or a complement starts with, from the original message (through the domain
 * core's replyFields / complementFields, so the conversation rules live in one place).
 *
 * Confidentiality is deliberately NOT carried over: the user must choose it for every message
 * (the form shows what the original said, as a hint).
 */
import { complementFields, replyFields, type PrefilledFields } from '../../../sdk/conversation';
import type { MessageAttributes } from '../../../sdk/model';
import { entryFromIdentifier } from '../references/referenceEntries';
import { splitPersons, type ComposeValues, type SelectedRecipient } from './composeValues';

export interface PrefillNames {
  /** Function name of a function address (address book), or undefined when unknown. */
  functionName(identifier: string): string | undefined;
  /** Organisation name of a participant identifier, or undefined when unknown. */
  organizationName(participantIdentifier: string): string | undefined;
}

export type PrefillResult =
  | { ok: true; values: ComposeValues; originalConfidentiality: boolean }
  /** The message is not one the user's mailboxes can answer or complement. */
  | { ok: false; reason: 'not-yours' | 'incomplete' };

export function prefillFrom(
  kind: 'reply' | 'complement',
  /** The message answered or complemented: only its header is needed (documents are not). */
  original: { id: string; attributes: Omit<MessageAttributes, 'digitalDocument'> },
  ownMailboxes: readonly string[],
  names: PrefillNames,
  labelPrefix: string,
): PrefillResult {
  const attrs = original.attributes;
  let fields: PrefilledFields;
  try {
    fields = kind === 'reply' ? replyFields(attrs, { labelPrefix }) : complementFields(attrs, { labelPrefix });
  } catch {
    return { ok: false, reason: 'incomplete' };
  }
  const from = fields.senderAttention?.subOrganization.extension;
  const to = fields.recipientAttention?.subOrganization.extension;
  if (!from || !to) return { ok: false, reason: 'incomplete' };
  if (!ownMailboxes.includes(from)) return { ok: false, reason: 'not-yours' };

  const recipient: SelectedRecipient = {
    identifier: to,
    participantIdentifier: fields.recipient,
    functionName: names.functionName(to) ?? fields.recipientAttention?.subOrganization.label ?? to,
    organizationName: names.organizationName(fields.recipient) ?? fields.recipient,
  };
  const { person, extra } = splitPersons(fields.recipientAttention);
  const references = (fields.senderAttention?.referenceId ?? []).map((id, i) => entryFromIdentifier(id, `prefill-${i}`));

  return {
    ok: true,
    originalConfidentiality: fields.confidentiality,
    values: {
      from,
      recipients: [recipient],
      conversationMode: 'shared',
      label: fields.label,
      confidentiality: null,
      text: '',
      references,
      person,
      thread: {
        kind,
        originId: original.id,
        conversationId: fields.conversationId,
        refToMessageId: fields.refToMessageId,
        recipientReferences: fields.recipientAttention?.referenceId ?? [],
        extraRecipientPersons: extra,
      },
    },
  };
}
