/**
 * The fields a reply or a complement starts from (B1.3.3 conversationId, refToMessageId,
 * attention/reference). Re-exported by conversation.ts.
 *
 * Reply ("Besvara meddelande"): to the original sender's organisation and function address
 * (and the person named there), from the function address that received it; same
 * conversationId; refToMessageId = the answered messageId. The sender's reference ids are
 * echoed back as the recipient's ("Mottagaren skall returnera sändarens referens-id vid
 * svar"), and the references the sender gave for us become our own sender references.
 *
 * Complement ("Komplettera meddelande"): more material to the same recipient, about a
 * message we sent. Same addressing on both sides, same conversationId, and refToMessageId =
 * the complemented message's messageId ("ska sättas till messageId för meddelandet som
 * besvaras/kompletteras"): the message the user chose to complement, not the thread's first.
 */
import type { Attention, InstanceIdentifier, MessageAttributes } from './model';
import { LABEL_MAX_LENGTH } from './rules/limits';

export type ThreadOrigin = Pick<
  MessageAttributes,
  'messageId' | 'conversationId' | 'sender' | 'recipient' | 'label' | 'confidentiality' | 'senderAttention' | 'recipientAttention'
>;

export interface PrefilledFields {
  conversationId: string;
  refToMessageId: string;
  sender: string;
  recipient: string;
  senderAttention?: Attention;
  recipientAttention?: Attention;
  label: string;
  confidentiality: boolean;
}

export interface PrefillOptions {
  /** E.g. the UI's translated "SV: "; not added twice; the result is cut to 256 characters. */
  labelPrefix?: string;
}

function copyIds(ids: InstanceIdentifier[] | undefined): InstanceIdentifier[] | undefined {
  return ids?.map((id) => ({ ...id }));
}

function withoutUndefined(attention: Attention): Attention {
  const copy: Attention = { subOrganization: attention.subOrganization };
  if (attention.attentionPerson) copy.attentionPerson = attention.attentionPerson;
  if (attention.referenceId) copy.referenceId = attention.referenceId;
  return copy;
}

/** A deep copy, so editing the draft never changes the original message. */
function copyAttention(attention: Attention | undefined): Attention | undefined {
  if (!attention) return undefined;
  return withoutUndefined({
    subOrganization: { ...attention.subOrganization },
    attentionPerson: copyIds(attention.attentionPerson),
    referenceId: copyIds(attention.referenceId),
  });
}

function prefixed(label: string, prefix: string | undefined): string {
  const text = prefix && !label.startsWith(prefix) ? `${prefix}${label}` : label;
  return Array.from(text).slice(0, LABEL_MAX_LENGTH).join('');
}

type ThreadEnds = Pick<PrefilledFields, 'sender' | 'recipient' | 'recipientAttention' | 'senderAttention'>;

// What a reply and a complement share: same conversation, a reference to the original, its
// label with the prefix, its confidentiality; only who is on which end differs.
function threadFields(original: ThreadOrigin, options: PrefillOptions, ends: ThreadEnds): PrefilledFields {
  const fields: PrefilledFields = {
    conversationId: original.conversationId || original.messageId,
    refToMessageId: original.messageId,
    sender: ends.sender,
    recipient: ends.recipient,
    label: prefixed(original.label, options.labelPrefix),
    confidentiality: original.confidentiality,
  };
  if (ends.recipientAttention) fields.recipientAttention = ends.recipientAttention;
  if (ends.senderAttention) fields.senderAttention = ends.senderAttention;
  return fields;
}

export function replyFields(original: ThreadOrigin, options: PrefillOptions = {}): PrefilledFields {
  return threadFields(original, options, {
    sender: original.recipient,
    recipient: original.sender,
    recipientAttention: copyAttention(original.senderAttention),
    // Our side: the receiving function address; no person (whoever answers fills that in).
    senderAttention: original.recipientAttention
      ? withoutUndefined({ subOrganization: { ...original.recipientAttention.subOrganization }, referenceId: copyIds(original.recipientAttention.referenceId) })
      : undefined,
  });
}

export function complementFields(original: ThreadOrigin, options: PrefillOptions = {}): PrefilledFields {
  return threadFields(original, options, {
    sender: original.sender,
    recipient: original.recipient,
    recipientAttention: copyAttention(original.recipientAttention),
    senderAttention: copyAttention(original.senderAttention),
  });
}
