/**
 * Sending from the composer: ids made once per message and stored in the draft BEFORE the first
 * attempt (so no retry, reload or second click can create a second message), attachments
 * encoded off the main thread, the requests handed to the sending engine (retries, renewal,
 * offline, duplicate-as-success live there), and the answers mapped back onto the form.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useSession } from '../../auth/SessionContext';
import type { ContentFile } from '../../sdk/model';
import { sortEventIssuesNewestFirst } from '../../sdk/problem';
import { encodeAttachments, type DraftAttachment } from './attachments';
import { useDraftStore, type Draft } from './drafts/draftStore';
import { buildRequests, ensureSendIds } from './model/buildRequests';
import { recipientText, type ComposeValues } from './model/composeValues';
import { issueOfEventIssue, uniqueIssues, type ComposeField, type FormIssue } from './model/formIssues';
import { rememberRecipients } from './recipients/recentRecipients';
import { useSendMessages, type SendOutcome } from './sending';
import type { ComposeChecks } from './useComposeChecks';

export type ComposePhase = 'idle' | 'encoding' | 'sending';

export type ComposeNotice =
  | { kind: 'cancelled' }
  | { kind: 'encode-failed'; detail: string }
  | { kind: 'failed' }
  | { kind: 'partly'; sent: string[]; failed: string[] }
  | { kind: 'unknown-failure'; detail: string };

export interface ComposeSendOptions {
  draftId: string;
  values: ComposeValues;
  attachments: readonly DraftAttachment[];
  checks: ComposeChecks;
  saveDraft(extra?: Partial<Pick<Draft, 'sendIds' | 'sharedConversationId'>>): void;
  onAllSent(count: number): void;
  /** Function address ids whose message was stored; the others stay in the form. */
  onPartlySent(sentTo: string[]): void;
}

export interface ComposeSend {
  phase: ComposePhase;
  progress: { done: number; total: number };
  notice: ComposeNotice | null;
  serverIssues: FormIssue[];
  /** The sending engine's live state (per message). */
  engine: ReturnType<typeof useSendMessages>['state'];
  /** Recipient display names by messageId, for the per-message status. */
  recipientOf: Record<string, string>;
  send(): Promise<void>;
  cancel(): void;
  clearServerIssues(fields: ComposeField[]): void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : error instanceof Error && error.name === 'AbortError';
}

export function useComposeSend(options: ComposeSendOptions): ComposeSend {
  const { user } = useSession();
  const engine = useSendMessages();
  const [phase, setPhase] = useState<ComposePhase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [notice, setNotice] = useState<ComposeNotice | null>(null);
  const [serverIssues, setServerIssues] = useState<FormIssue[]>([]);
  const [recipientOf, setRecipientOf] = useState<Record<string, string>>({});
  const controller = useRef<AbortController | null>(null);
  // The form's latest values, read when the user presses Send (after the last commit).
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const send = async () => {
    if (controller.current) return;
    const { draftId, values, attachments, checks, saveDraft } = latest.current;
    const abort = new AbortController();
    controller.current = abort;
    setNotice(null);
    setServerIssues([]);

    // 1. Ids, once: reuse what an earlier attempt stored, and store them before any POST.
    const stored = useDraftStore.getState().drafts[draftId];
    const { ids, sharedConversationId } = ensureSendIds(values, stored?.sendIds ?? {}, stored?.sharedConversationId);
    saveDraft({ sendIds: ids, ...(sharedConversationId ? { sharedConversationId } : {}) });
    const names: Record<string, string> = {};
    for (const r of values.recipients) {
      const id = ids[r.identifier];
      if (id) names[id.messageId] = recipientText(r);
    }
    setRecipientOf(names);

    try {
      // 2. Attachments to base64, off the main thread.
      let files: ContentFile[] = [];
      if (attachments.length > 0) {
        setPhase('encoding');
        setProgress({ done: 0, total: attachments.reduce((sum, a) => sum + a.size, 0) });
        try {
          files = await encodeAttachments([...attachments], (done, total) => setProgress({ done, total }), abort.signal);
        } catch (error) {
          if (abort.signal.aborted || isAbort(error)) setNotice({ kind: 'cancelled' });
          else setNotice({ kind: 'encode-failed', detail: error instanceof Error ? error.message : String(error) });
          return;
        }
      }

      // 3. The very requests the form checked, now with ids and the real files.
      const build = buildRequests({ values, sender: checks.sender, files, ids });
      setPhase('sending');
      let outcomes: SendOutcome[];
      try {
        outcomes = await engine.send(
          build.messages.map((m) => m.request),
          { signal: abort.signal },
        );
      } catch (error) {
        if (abort.signal.aborted || isAbort(error)) setNotice({ kind: 'cancelled' });
        else setNotice({ kind: 'unknown-failure', detail: error instanceof Error ? error.message : String(error) });
        return;
      }

      // 4. The answers.
      const sentTo: string[] = [];
      const failedTo: string[] = [];
      const issues: FormIssue[] = [];
      let cancelled = false;
      outcomes.forEach((outcome, i) => {
        const recipient = build.messages[i]?.recipient;
        if (!recipient) return;
        if (outcome.status === 'sent') sentTo.push(recipient.identifier);
        else {
          failedTo.push(recipient.identifier);
          if (outcome.status === 'cancelled') cancelled = true;
          else {
            const eventIssues = sortEventIssuesNewestFirst(outcome.problem?.eventIssues ?? []);
            if (eventIssues.length > 0) issues.push(...eventIssues.map((issue) => issueOfEventIssue(issue, build.context)));
            else {
              const detail = outcome.problem?.detail ?? outcome.problem?.title ?? (outcome.httpStatus ? `HTTP ${outcome.httpStatus}` : '');
              issues.push({ field: null, key: 'errors.generic', params: { detail } });
            }
          }
        }
      });

      if (sentTo.length > 0) rememberRecipients(user.subject, sentTo);
      if (failedTo.length === 0) {
        latest.current.onAllSent(sentTo.length);
        return;
      }
      setServerIssues(uniqueIssues(issues));
      if (sentTo.length > 0) {
        const nameOf = (id: string) => {
          const r = values.recipients.find((x) => x.identifier === id);
          return r ? recipientText(r) : id;
        };
        setNotice({ kind: 'partly', sent: sentTo.map(nameOf), failed: failedTo.map(nameOf) });
        latest.current.onPartlySent(sentTo);
      } else {
        setNotice(cancelled ? { kind: 'cancelled' } : { kind: 'failed' });
      }
    } finally {
      controller.current = null;
      setPhase('idle');
    }
  };

  return {
    phase,
    progress,
    notice,
    serverIssues,
    engine: engine.state,
    recipientOf,
    send,
    cancel: () => {
      controller.current?.abort();
      engine.cancel();
    },
    clearServerIssues: (fields) => setServerIssues((list) => list.filter((issue) => !issue.field || !fields.includes(issue.field))),
  };
}
