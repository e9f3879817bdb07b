/**
 * The full check of the drafts read back from sessionStorage. The start-up bundle only checks
 * what the drafts link's count needs (./draftStore.ts); this module comes with the composer and
 * the drafts page, which call dropInvalidDrafts once before either renders a draft: an entry that
 * does not parse is dropped, never the others.
 */
// valibot: a few KB for these checks, loaded only with the pages that read a draft's content.
import * as v from 'valibot';
import { useDraftStore, readStoredDrafts, type Draft } from './draftStore';

const ids = v.object({ messageId: v.string(), conversationId: v.string() });
const ii = v.object({ root: v.string(), extension: v.string(), label: v.optional(v.string()) });
const valuesSchema = v.object({
  from: v.string(),
  recipients: v.array(
    v.object({ identifier: v.string(), participantIdentifier: v.string(), functionName: v.string(), organizationName: v.string() }),
  ),
  conversationMode: v.picklist(['shared', 'separate']),
  label: v.string(),
  confidentiality: v.nullable(v.boolean()),
  text: v.string(),
  references: v.array(
    v.object({
      key: v.string(),
      kind: v.picklist(['personnummer', 'samordningsnummer', 'diarienummer', 'arendenummer', 'other', 'custom']),
      value: v.string(),
      label: v.string(),
      root: v.optional(v.string()),
    }),
  ),
  person: v.object({ hsaId: v.string(), name: v.string() }),
  thread: v.optional(
    v.object({
      kind: v.picklist(['reply', 'complement']),
      originId: v.string(),
      conversationId: v.string(),
      refToMessageId: v.string(),
      recipientReferences: v.array(ii),
      extraRecipientPersons: v.array(ii),
    }),
  ),
});
const draftSchema = v.object({
  id: v.string(),
  owner: v.string(),
  values: valuesSchema,
  attachmentNames: v.array(v.object({ fileName: v.string(), size: v.number() })),
  sendIds: v.optional(v.record(v.string(), ids)),
  sharedConversationId: v.optional(v.string()),
  createdAt: v.string(),
  savedAt: v.string(),
});

/** The drafts that parse in full; the same object when none was dropped. */
export function validDrafts(drafts: Record<string, Draft>): Record<string, Draft> {
  const valid: Record<string, Draft> = {};
  let dropped = false;
  for (const [id, value] of Object.entries(drafts)) {
    const parsed = v.safeParse(draftSchema, value);
    if (parsed.success) valid[id] = parsed.output;
    else dropped = true;
  }
  return dropped ? valid : drafts;
}

/** Drops from the store (not from storage: the next save writes the valid ones) what does not parse. */
export function dropInvalidDrafts(): void {
  const { drafts } = useDraftStore.getState();
  const valid = validDrafts(drafts);
  if (valid !== drafts) useDraftStore.setState({ drafts: valid });
}

/** What a page load does: memory gone, drafts read back from sessionStorage and checked. For tests. */
export function simulatePageReload(): void {
  useDraftStore.setState({ drafts: validDrafts(readStoredDrafts()), attachments: {} });
}
