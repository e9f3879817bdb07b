/**
 * The header of a message as the reader shows it, read defensively from whatever the service
 * sent: every field may be missing or of the wrong type, and what can be read is still shown.
 * Problems are reported as notes (codes; the UI words them), never thrown.
 */
import type { InstanceIdentifier } from './model';
import { referenceKind, type ReferenceKind } from './references';
import { statusInfo } from './status';
import { readRecord, readString } from './readValue';

export interface ReadIdentifier {
  root: string;
  extension: string;
  label: string | undefined;
  kind: ReferenceKind;
}

export interface PartySide {
  /** Organisation (participant identifier), e.g. 0203:malmo.se. */
  organization: string | undefined;
  /** Function address identifier (subOrganization.extension). */
  functionAddress: string | undefined;
  /** The label the message gives the function address. */
  functionLabel: string | undefined;
  persons: ReadIdentifier[];
  references: ReadIdentifier[];
}

export type HeaderNote =
  | { code: 'no-label' }
  | { code: 'bad-date'; value: string }
  | { code: 'no-date' }
  | { code: 'unknown-status'; value: string }
  | { code: 'no-status' }
  | { code: 'no-confidentiality' }
  | { code: 'no-sender' }
  | { code: 'no-recipient' }
  | { code: 'bad-identifier'; count: number };

export interface MessageHeaderData {
  label: string | undefined;
  creationDateTime: string | undefined;
  /** True when creationDateTime parses. */
  dateValid: boolean;
  status: string | undefined;
  /** Unless the message says `confidentiality: false`, it is treated as confidential. */
  confidential: boolean;
  messageId: string | undefined;
  conversationId: string | undefined;
  refToMessageId: string | undefined;
  sender: PartySide;
  recipient: PartySide;
  generatingSystem: { root: string | undefined; extension: string | undefined; label: string | undefined } | undefined;
  notes: HeaderNote[];
}

/** Usable identifiers of a list (root + extension); how many items had to be skipped. */
export function readIdentifiers(list: unknown): { ids: ReadIdentifier[]; skipped: number } {
  if (list === undefined || list === null) return { ids: [], skipped: 0 };
  if (!Array.isArray(list)) return { ids: [], skipped: 1 };
  const ids: ReadIdentifier[] = [];
  let skipped = 0;
  for (const item of list as unknown[]) {
    const id = readRecord(item) as Partial<Record<keyof InstanceIdentifier, unknown>> | undefined;
    const extension = readString(id?.extension);
    if (!id || !extension) {
      skipped++;
      continue;
    }
    const root = typeof id.root === 'string' ? id.root.trim() : '';
    ids.push({ root, extension, label: readString(id.label), kind: referenceKind(root) });
  }
  return { ids, skipped };
}

function readSide(attributes: Record<string, unknown>, side: 'sender' | 'recipient', skipped: { count: number }): PartySide {
  const attention = readRecord(attributes[side === 'sender' ? 'senderAttention' : 'recipientAttention']);
  const sub = readRecord(attention?.subOrganization);
  const persons = readIdentifiers(attention?.attentionPerson);
  const references = readIdentifiers(attention?.referenceId);
  skipped.count += persons.skipped + references.skipped;
  return {
    organization: readString(attributes[side]),
    functionAddress: readString(sub?.extension),
    functionLabel: readString(sub?.label),
    persons: persons.ids,
    references: references.ids,
  };
}

export function readMessageHeader(raw: unknown): MessageHeaderData {
  const attributes = readRecord(raw) ?? {};
  const notes: HeaderNote[] = [];
  const skipped = { count: 0 };

  const label = readString(attributes.label);
  if (!label) notes.push({ code: 'no-label' });

  const creationDateTime = readString(attributes.creationDateTime);
  const dateValid = creationDateTime !== undefined && !Number.isNaN(Date.parse(creationDateTime));
  if (!creationDateTime) notes.push({ code: 'no-date' });
  else if (!dateValid) notes.push({ code: 'bad-date', value: creationDateTime });

  const status = readString(attributes.messageStatus);
  if (!status) notes.push({ code: 'no-status' });
  else if (!statusInfo(status)) notes.push({ code: 'unknown-status', value: status });

  if (typeof attributes.confidentiality !== 'boolean') notes.push({ code: 'no-confidentiality' });

  const sender = readSide(attributes, 'sender', skipped);
  const recipient = readSide(attributes, 'recipient', skipped);
  if (!sender.organization && !sender.functionAddress) notes.push({ code: 'no-sender' });
  if (!recipient.organization && !recipient.functionAddress) notes.push({ code: 'no-recipient' });
  if (skipped.count > 0) notes.push({ code: 'bad-identifier', count: skipped.count });

  const system = readRecord(attributes.generatingSystem);
  const generatingSystem =
    system && (readString(system.root) || readString(system.extension) || readString(system.label))
      ? { root: readString(system.root), extension: readString(system.extension), label: readString(system.label) }
      : undefined;

  return {
    label,
    creationDateTime,
    dateValid,
    status,
    confidential: attributes.confidentiality !== false,
    messageId: readString(attributes.messageId),
    conversationId: readString(attributes.conversationId),
    refToMessageId: readString(attributes.refToMessageId),
    sender,
    recipient,
    generatingSystem,
    notes,
  };
}
