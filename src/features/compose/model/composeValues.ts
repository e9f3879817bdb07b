/**
 * What the composer form holds. Plain JSON (no File objects, no class instances) so a draft
 * can be written to sessionStorage as it is; attachments live beside it, in memory only.
 */
import type { Attention, InstanceIdentifier } from '../../../sdk/model';
import { isStandardLabel, REFERENCE_ROOTS } from '../../../sdk/references';

/** A function address chosen from the address book. */
export interface SelectedRecipient {
  /** Function address id (recipientAttention.subOrganization.extension). */
  identifier: string;
  /** Organisation id (recipient), e.g. 0203:lund.se. */
  participantIdentifier: string;
  functionName: string;
  organizationName: string;
}

/** "Funktion, Organisation", as the address book names a recipient everywhere in the UI. */
export function recipientText(r: Pick<SelectedRecipient, 'functionName' | 'organizationName'>): string {
  return r.organizationName ? `${r.functionName}, ${r.organizationName}` : r.functionName;
}

export type ReferenceKind = 'personnummer' | 'samordningsnummer' | 'diarienummer' | 'arendenummer' | 'other' | 'custom';

/** One of our own references (senderAttention.referenceId). */
export interface ReferenceEntry {
  /** Stable key for React and for error mapping. */
  key: string;
  kind: ReferenceKind;
  value: string;
  /** Optional description sent as the II label (e.g. the person's name). */
  label: string;
  /** Only for 'custom': a code system the form does not know (kept from a reply). */
  root?: string;
}

/** The person the message is for, at the recipient's function (recipientAttention.attentionPerson). */
export interface PersonValues {
  hsaId: string;
  name: string;
}

export type ConversationMode = 'shared' | 'separate';

/** Where a reply or complement belongs; fixed when the composer opens. */
export interface ThreadContext {
  kind: 'reply' | 'complement';
  /** Resource id of the message answered or complemented (for links back). */
  originId: string;
  conversationId: string;
  refToMessageId: string;
  /** Their references, echoed back unchanged (B1.3.3: "Mottagaren skall returnera sändarens referens-id"). */
  recipientReferences: InstanceIdentifier[];
  /** Persons of the original beyond the one shown in the person fields, kept as they were. */
  extraRecipientPersons: InstanceIdentifier[];
}

export interface ComposeValues {
  /** Sending function address (senderAttention.subOrganization.extension). */
  from: string;
  recipients: SelectedRecipient[];
  conversationMode: ConversationMode;
  label: string;
  /** null until the user has chosen: there is deliberately no default. */
  confidentiality: boolean | null;
  text: string;
  references: ReferenceEntry[];
  person: PersonValues;
  thread?: ThreadContext;
}

/** The ids of one message of a send, made once and kept across retries and reloads. */
export interface SendIds {
  messageId: string;
  conversationId: string;
}

export function emptyValues(from: string): ComposeValues {
  return {
    from,
    recipients: [],
    conversationMode: 'separate',
    label: '',
    confidentiality: null,
    text: '',
    references: [],
    person: { hsaId: '', name: '' },
  };
}

/** Used by prefill: the first person of an attention as form fields, the rest kept aside. */
export function splitPersons(attention: Attention | undefined): { person: PersonValues; extra: InstanceIdentifier[] } {
  const persons = attention?.attentionPerson ?? [];
  const [first, ...rest] = persons;
  if (!first) return { person: { hsaId: '', name: '' }, extra: [] };
  if (first.root === REFERENCE_ROOTS.hsaId) {
    // "HSA-id" is the label sent for an HSA-id without a name (references.withLabel), not a name.
    const name = first.label === undefined || isStandardLabel(first.root, first.label) ? '' : first.label;
    return { person: { hsaId: first.extension, name }, extra: rest };
  }
  if (first.root === REFERENCE_ROOTS.otherPerson) return { person: { hsaId: '', name: first.label ?? first.extension }, extra: rest };
  return { person: { hsaId: '', name: '' }, extra: persons };
}

