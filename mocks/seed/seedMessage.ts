/**
 * The shape of a seed message: what a caseworker sent, when (relative to the clock's start),
 * from which function address to which. seed/buildSeedMessages.ts turns these into records.
 */
import type { InstanceIdentifier } from '../../src/sdk/model';
import type { DeliveryBehaviour } from '../addressBook/deliveryBehaviour';
import type { PdfText } from './files/minimalPdf';

export type SeedAttachment =
  | { fileName: string; pdf: PdfText }
  | { fileName: string; png: { width: number; height: number } }
  | { fileName: string; contentType: string; text: string };

export interface SeedMessage {
  /** Stable key; ids (record id, messageId) are derived from it. */
  key: string;
  from: string;
  to: string;
  /** Milliseconds before the clock's start when the message was sent. */
  sentAgo: number;
  label: string;
  confidential: boolean;
  /** Markdown (B1.3.3 subset). */
  body: string;
  attachments?: SeedAttachment[];
  senderPersons?: InstanceIdentifier[];
  senderReferences?: InstanceIdentifier[];
  recipientPersons?: InstanceIdentifier[];
  recipientReferences?: InstanceIdentifier[];
  /** Key of the message this one answers (same conversation, refToMessageId). */
  replyTo?: string;
  /** Overrides how the recipient answers (default: the address book's behaviour). */
  outcome?: DeliveryBehaviour;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Readable offsets: ago({ days: 3, hours: 2 }). */
export function ago(parts: { days?: number; hours?: number; minutes?: number; seconds?: number }): number {
  return (parts.days ?? 0) * DAY + (parts.hours ?? 0) * HOUR + (parts.minutes ?? 0) * MINUTE + (parts.seconds ?? 0) * SECOND;
}
