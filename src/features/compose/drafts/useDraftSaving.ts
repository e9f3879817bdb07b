/**
 * The composer's draft: saved from timers, unload handlers and the leave guard with the latest
 * values (kept in refs), autosaved after changes, never after the message was sent or
 * discarded (`finished`), and without changing the URL when the user is leaving (`leaving`).
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { DraftAttachment } from '../attachments';
import type { ComposeValues } from '../model/composeValues';
import { useDraftStore, type Draft } from './draftStore';
import { useAutosave } from './useAutosave';

interface DraftSavingOptions {
  draftId: string;
  /** The signed-in user's subject: drafts belong to one user. */
  owner: string;
  values: ComposeValues;
  attachments: readonly DraftAttachment[];
  onDraftCreated(draftId: string): void;
}

export function useDraftSaving({ draftId, owner, values, attachments, onDraftCreated }: DraftSavingOptions) {
  // The latest values for saves that run from timers and unload handlers.
  const valuesRef = useRef(values);
  const attachmentsRef = useRef(attachments);
  useLayoutEffect(() => {
    valuesRef.current = values;
    attachmentsRef.current = attachments;
  }, [values, attachments]);
  const mounted = useRef(true);
  const finished = useRef(false);
  // Set when the user leaves through the leave guard: a first save must not change the URL then.
  const leaving = useRef(false);
  useEffect(
    () => () => {
      // Declared before useAutosave: runs before its unmount flush, so that flush cannot navigate.
      mounted.current = false;
    },
    [],
  );

  const saveDraft = useCallback(
    (extra: Partial<Pick<Draft, 'sendIds' | 'sharedConversationId'>> = {}) => {
      if (finished.current) return;
      const store = useDraftStore.getState();
      const existing = store.drafts[draftId];
      const now = new Date().toISOString();
      store.saveDraft({
        id: draftId,
        owner,
        values: valuesRef.current,
        attachmentNames: attachmentsRef.current.map((a) => ({ fileName: a.fileName, size: a.size })),
        ...(existing?.sendIds ? { sendIds: existing.sendIds } : {}),
        ...(existing?.sharedConversationId ? { sharedConversationId: existing.sharedConversationId } : {}),
        ...extra,
        createdAt: existing?.createdAt ?? now,
        savedAt: now,
      });
      if (!existing && mounted.current && !leaving.current) onDraftCreated(draftId);
    },
    [draftId, owner, onDraftCreated],
  );
  const autosave = useAutosave(() => saveDraft());
  return {
    saveDraft,
    autosave,
    /** Attachments changed outside a render (the picker): saves from now on list them. */
    attachmentsChanged(next: readonly DraftAttachment[]) {
      attachmentsRef.current = next;
    },
    /** Sent or discarded: the draft is deleted and never saved again. */
    finish() {
      finished.current = true;
      autosave.cancel();
      useDraftStore.getState().deleteDraft(draftId);
    },
    isFinished: () => finished.current,
    /** The user leaves through the leave guard with "save": save now, without changing the URL. */
    saveOnLeave() {
      leaving.current = true;
      autosave.flush();
    },
  };
}
