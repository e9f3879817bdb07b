/**
 * Turns what the list endpoint returns into rows the UI can always render.
 *
 * The message service is another system: an item may lack a label, carry a status outside
 * KV Meddelandestatus or a date that does not parse. One bad item must never break the list,
 * so every field is read defensively and missing parts are left undefined for the view to
 * show a fallback. Documents are dropped here even if a service wrongly sent them in a list.
 */
import type { MessageResource } from './model';
import { readRecord, readString } from './readValue';

export interface MessageRowData {
  /** Id for getMessageById and the message route. */
  id: string;
  label: string | undefined;
  /** As received; may be outside KV Meddelandestatus, or undefined. */
  status: string | undefined;
  creationDateTime: string | undefined;
  /** Epoch ms of creationDateTime; NaN when missing or unparsable. */
  createdAt: number;
  /**
   * True unless the message says `confidentiality: false`. A message that does not say is
   * treated as confidential: wrongly warning costs little, wrongly reassuring could leak.
   */
  confidential: boolean;
  /** Sending and receiving organisations (participant identifiers, e.g. 0203:malmo.se). */
  sender: string | undefined;
  recipient: string | undefined;
  /** Sending and receiving function addresses (subOrganization.extension). */
  senderFunction: string | undefined;
  recipientFunction: string | undefined;
  /** Labels the sender put on the function addresses, if any (fallback for the address book). */
  senderFunctionLabel: string | undefined;
  recipientFunctionLabel: string | undefined;
  conversationId: string | undefined;
}

function subOrganizationOf(attention: unknown): Record<string, unknown> | undefined {
  return readRecord(readRecord(attention)?.subOrganization);
}

/** A row for one list item, or null when the item has no id at all (it could not be opened). */
export function toMessageRow(item: unknown): MessageRowData | null {
  const resource = readRecord(item);
  const attrs = readRecord(resource?.attributes) ?? {};
  const id = readString(resource?.id) ?? readString(attrs.messageId);
  if (!id) return null;
  const creationDateTime = readString(attrs.creationDateTime);
  const senderSub = subOrganizationOf(attrs.senderAttention);
  const recipientSub = subOrganizationOf(attrs.recipientAttention);
  return {
    id,
    label: readString(attrs.label),
    status: readString(attrs.messageStatus),
    creationDateTime,
    createdAt: creationDateTime ? Date.parse(creationDateTime) : Number.NaN,
    confidential: attrs.confidentiality !== false,
    sender: readString(attrs.sender),
    recipient: readString(attrs.recipient),
    senderFunction: readString(senderSub?.extension),
    recipientFunction: readString(recipientSub?.extension),
    senderFunctionLabel: readString(senderSub?.label),
    recipientFunctionLabel: readString(recipientSub?.label),
    conversationId: readString(attrs.conversationId),
  };
}

/** Newest first; undated items last, in the order received. Never mutates the input. */
export function sortNewestFirst(rows: readonly MessageRowData[]): MessageRowData[] {
  const key = (row: MessageRowData) => (Number.isNaN(row.createdAt) ? Number.NEGATIVE_INFINITY : row.createdAt);
  return [...rows].sort((a, b) => key(b) - key(a));
}

/**
 * Rows already made, per list answer. The same answer is read by the list page, the unread
 * count in the title and the mailbox switcher (each a query observer with its own `select`);
 * with 10 000 messages each pass costs milliseconds, so it is done once per answer.
 */
const rowsOfAnswer = new WeakMap<object, readonly MessageRowData[]>();

/**
 * Rows of a list answer: malformed items rendered as far as possible, duplicates once. The same
 * answer (object) gives the same, shared array: do not mutate it.
 */
export function toMessageRows(items: readonly MessageResource[] | unknown): readonly MessageRowData[] {
  if (!Array.isArray(items)) return [];
  const known = rowsOfAnswer.get(items);
  if (known) return known;
  const rows = readRows(items);
  rowsOfAnswer.set(items, rows);
  return rows;
}

function readRows(items: readonly unknown[]): MessageRowData[] {
  const seen = new Set<string>();
  const rows: MessageRowData[] = [];
  for (const item of items) {
    const row = toMessageRow(item);
    if (row && !seen.has(row.id)) {
      seen.add(row.id);
      rows.push(row);
    }
  }
  return sortNewestFirst(rows);
}
