/**
 * The composer form: from, recipients (send list), conversation choice, label, confidentiality,
 * text, references, person, attachments; live checks, pre-send warnings, autosaved draft,
 * leave guard and sending.
 *
 * Field errors are shown once a field has been left or the form submitted; a failed submit
 * moves focus to the error summary, which links to every field. Nothing the user typed is ever
 * cleared by a failure.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { formatDateTime } from '../../i18n/format';
import type { FlashState } from '../../routes/flash';
import { paths } from '../../routes/paths';
import { characterCount, LABEL_MAX_LENGTH } from '../../sdk/rules/limits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFunctionAddressDirectory } from '../mailboxes/useFunctionAddressDirectory';
import { AttachmentPicker, EncodingProgress, type DraftAttachment } from './attachments';
import { useDraftStore, type Draft } from './drafts/draftStore';
import { LeaveGuard } from './drafts/LeaveGuard';
import { useAutosave } from './drafts/useAutosave';
import { TextEditor } from './editor/TextEditor';
import { recipientText, type ComposeValues } from './model/composeValues';
import { fieldDomId, type ComposeField, type FormIssue } from './model/formIssues';
import { sendWarnings, type SendWarning } from './model/sendWarnings';
import { RecipientCombobox } from './recipients/RecipientCombobox';
import { recentRecipients } from './recipients/recentRecipients';
import { useRecipientIndex } from './recipients/useRecipientIndex';
import { ReferencesFieldset } from './references/ReferencesFieldset';
import { SendConfirmDialog } from './SendConfirmDialog';
import { OfflineNotice } from './sending';
import { SendStatus } from './SendStatus';
import { ErrorSummary } from './ui/ErrorSummary';
import { FieldError } from './ui/FieldError';
import { useComposeChecks } from './useComposeChecks';
import { useComposeSend } from './useComposeSend';
import { isolate } from '../../i18n/bidi';

export interface ComposeFormProps {
  draftId: string;
  /** The mailbox in the URL (where "back" and "drafts" lead). */
  mailbox: string;
  initial: ComposeValues;
  /** The stored draft this form resumes, if any. */
  resumed?: Draft;
  /** The original of a reply/complement was confidential (shown as a hint). */
  originalConfidentiality?: boolean;
  onDraftCreated(draftId: string): void;
}

const NO_ATTACHMENTS: DraftAttachment[] = [];

export function ComposeForm({ draftId, mailbox, initial, resumed, originalConfidentiality, onDraftCreated }: ComposeFormProps) {
  const { t, i18n } = useTranslation('compose');
  const { user } = useSession();
  const navigate = useNavigate();
  const directory = useFunctionAddressDirectory();
  const recipientIndex = useRecipientIndex();

  const [values, setValues] = useState<ComposeValues>(initial);
  const attachments = useDraftStore((s) => s.attachments[draftId]) ?? NO_ATTACHMENTS;
  const savedAt = useDraftStore((s) => s.drafts[draftId]?.savedAt);
  const sendIdsFixed = useDraftStore((s) => Boolean(s.drafts[draftId]?.sendIds));
  const [touched, setTouched] = useState<ReadonlySet<ComposeField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [confirm, setConfirm] = useState<SendWarning[] | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // Files of a resumed draft that a reload has lost (File objects cannot be stored).
  const [lostFiles] = useState(() =>
    resumed && (useDraftStore.getState().attachments[draftId]?.length ?? 0) === 0 ? resumed.attachmentNames : [],
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Like the message page: focus starts at the page's heading, so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // --- drafts ----------------------------------------------------------------------------
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
        owner: user.subject,
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
    [draftId, user.subject, onDraftCreated],
  );
  const autosave = useAutosave(() => saveDraft());

  const update = (change: Partial<ComposeValues>, fields: ComposeField[] = []) => {
    setValues((v) => ({ ...v, ...change }));
    if (fields.length > 0) sendState.clearServerIssues(fields);
    autosave.changed();
  };
  const setAttachments = (next: DraftAttachment[]) => {
    useDraftStore.getState().setAttachments(draftId, next);
    attachmentsRef.current = next;
    sendState.clearServerIssues(['attachments']);
    autosave.changed();
  };

  // --- checks ----------------------------------------------------------------------------
  const checks = useComposeChecks(values, attachments);
  const sendState = useComposeSend({
    draftId,
    values,
    attachments,
    checks,
    saveDraft,
    onAllSent: (count) => {
      finished.current = true;
      autosave.cancel();
      useDraftStore.getState().deleteDraft(draftId);
      void navigate(paths.mailbox(values.from, 'sent'), {
        state: { flash: t('sent.notice', { count, label: isolate(values.label) }) } satisfies FlashState,
      });
    },
    onPartlySent: (sentTo) => {
      // The recipients that got their message leave the send list; the rest stay to retry.
      setValues((v) => ({ ...v, recipients: v.recipients.filter((r) => !sentTo.includes(r.identifier)) }));
      autosave.changed();
    },
  });

  const allIssues: FormIssue[] = [...sendState.serverIssues, ...checks.issues];
  const visible = (field: ComposeField) => submitted || touched.has(field);
  const issueOf = (field: ComposeField): FormIssue | undefined =>
    sendState.serverIssues.find((i) => i.field === field) ?? (visible(field) ? checks.issues.find((i) => i.field === field) : undefined);
  const touch = (field: ComposeField) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  const summaryIssues = submitted || sendState.serverIssues.length > 0 ? allIssues : [];

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const busy = sendState.phase !== 'idle';
  const busyRef = useRef(busy);
  useLayoutEffect(() => {
    busyRef.current = busy;
  }, [busy]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (checks.issues.length > 0) {
      setSummaryFocus((n) => n + 1);
      return;
    }
    const warnings = sendWarnings(values, attachments.length);
    if (warnings.length > 0 || values.recipients.length > 1) setConfirm(warnings);
    else void sendState.send();
  };

  // --- render ----------------------------------------------------------------------------
  const isThread = Boolean(values.thread);
  const title = values.thread ? t(`page.title.${values.thread.kind}`) : t('page.title.new');
  const labelCount = characterCount(values.label);
  const fromOptions = user.functionAddresses;

  const describedBy = (field: ComposeField, ...ids: string[]) =>
    [...ids, issueOf(field) ? `${fieldDomId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="compose-page">
      <p className="compose-page__back">
        <Link to={values.thread ? paths.message(mailbox, values.thread.originId) : paths.mailbox(mailbox, 'inbox')}>
          {values.thread ? t('page.backToMessage') : t('page.backToMailbox')}
        </Link>
        {' · '}
        <Link to={paths.drafts(mailbox)}>{t('page.toDrafts')}</Link>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>

      <output className="compose-page__draft-status">
        {autosave.pending
          ? t('draft.unsaved')
          : savedAt
            ? t('draft.savedAt', { time: formatDateTime(savedAt, i18n.language) })
            : t('draft.notYetSaved')}
      </output>

      {lostFiles.length > 0 ? (
        <div className="notice notice--warning compose-page__lost-files" role="alert">
          <p>{t('draft.lostFiles', { count: lostFiles.length })}</p>
          <ul>
            {lostFiles.map((f, i) => (
              <li key={`${f.fileName}-${i}`}>{f.fileName}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <OfflineNotice />

      <SendStatus sendState={sendState} />

      {summaryIssues.length > 0 ? <ErrorSummary ref={summaryRef} issues={summaryIssues} title={t('summary.title')} /> : null}

      <form className="compose-form" noValidate onSubmit={onSubmit} aria-labelledby={undefined}>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('from')}>
            {t('from.label')}
          </label>
          <FieldError id={`${fieldDomId('from')}-error`} issue={issueOf('from')} />
          <select
            id={fieldDomId('from')}
            className="input"
            value={values.from}
            disabled={isThread || busy}
            aria-describedby={describedBy('from', 'compose-from-hint')}
            onChange={(event) => update({ from: event.target.value }, ['from'])}
          >
            {fromOptions.map((fa) => (
              <option key={fa} value={fa}>
                {directory.labelOf(fa)}
                {directory.organizationOf(fa) ? `, ${directory.organizationOf(fa)?.name ?? ''}` : ''}
              </option>
            ))}
          </select>
          <p id="compose-from-hint" className="field__hint">
            {isThread ? t('from.threadHint') : t('from.hint')}
          </p>
        </div>

        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('recipients')} id="compose-recipients-label">
            {t('recipients.label')}
          </label>
          <p id="compose-recipients-hint" className="field__hint">
            {isThread ? t(`recipients.lockedHint.${values.thread?.kind ?? 'reply'}`) : t('recipients.hint')}
          </p>
          <FieldError id={`${fieldDomId('recipients')}-error`} issue={issueOf('recipients')} />
          <RecipientCombobox
            inputId={fieldDomId('recipients')}
            index={recipientIndex.index}
            indexState={recipientIndex.isError ? 'error' : recipientIndex.isPending ? 'pending' : 'ready'}
            onRetryIndex={recipientIndex.refetch}
            selected={values.recipients}
            onChange={(recipients) => {
              update({ recipients }, ['recipients']);
              touch('recipients');
            }}
            recent={recentRecipients(user.subject)}
            describedBy={describedBy('recipients', 'compose-recipients-hint')}
            invalid={Boolean(issueOf('recipients'))}
            locked={isThread || busy}
          />
        </div>

        {!isThread && values.recipients.length > 1 ? (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('conversation.legend', { count: values.recipients.length })}</legend>
            <p className="field__hint" id="compose-conversation-hint">
              {sendIdsFixed ? t('conversation.fixed') : t('conversation.hint')}
            </p>
            {(['separate', 'shared'] as const).map((mode) => (
              <div className="radio" key={mode}>
                <input
                  type="radio"
                  id={`compose-conversation-${mode}`}
                  name="conversationMode"
                  value={mode}
                  checked={values.conversationMode === mode}
                  disabled={sendIdsFixed || busy}
                  aria-describedby="compose-conversation-hint"
                  onChange={() => update({ conversationMode: mode })}
                />
                <label htmlFor={`compose-conversation-${mode}`}>{t(`conversation.${mode}`)}</label>
              </div>
            ))}
          </fieldset>
        ) : null}

        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('label')}>
            {t('label.label')}
          </label>
          <FieldError id={`${fieldDomId('label')}-error`} issue={issueOf('label')} />
          <input
            id={fieldDomId('label')}
            className="input"
            type="text"
            value={values.label}
            readOnly={busy}
            aria-invalid={issueOf('label') ? true : undefined}
            aria-describedby={describedBy('label', 'compose-label-counter')}
            onChange={(event) => update({ label: event.target.value }, ['label'])}
            onBlur={() => touch('label')}
          />
          <p
            id="compose-label-counter"
            className={labelCount > LABEL_MAX_LENGTH ? 'field__counter field__counter--over' : 'field__counter'}
            aria-live={labelCount > LABEL_MAX_LENGTH - 20 ? 'polite' : 'off'}
          >
            {labelCount > LABEL_MAX_LENGTH
              ? t('label.counterOver', { count: labelCount - LABEL_MAX_LENGTH, max: LABEL_MAX_LENGTH })
              : t('label.counter', { count: labelCount, max: LABEL_MAX_LENGTH })}
          </p>
        </div>

        <fieldset
          className="fieldset"
          aria-describedby={describedBy('confidentiality', 'compose-confidentiality-hint')}
          aria-invalid={issueOf('confidentiality') ? true : undefined}
        >
          <legend className="fieldset__legend">{t('confidentiality.legend')}</legend>
          <p id="compose-confidentiality-hint" className="field__hint">
            {originalConfidentiality === undefined
              ? t('confidentiality.hint')
              : t(originalConfidentiality ? 'confidentiality.originalYes' : 'confidentiality.originalNo')}
          </p>
          <FieldError id={`${fieldDomId('confidentiality')}-error`} issue={issueOf('confidentiality')} />
          <div className="radio">
            <input
              type="radio"
              id={fieldDomId('confidentiality')}
              name="confidentiality"
              value="yes"
              checked={values.confidentiality === true}
              disabled={busy}
              onChange={() => update({ confidentiality: true }, ['confidentiality'])}
              onBlur={() => touch('confidentiality')}
            />
            <label htmlFor={fieldDomId('confidentiality')}>{t('confidentiality.yes')}</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id="compose-confidentiality-no"
              name="confidentiality"
              value="no"
              checked={values.confidentiality === false}
              disabled={busy}
              onChange={() => update({ confidentiality: false }, ['confidentiality'])}
              onBlur={() => touch('confidentiality')}
            />
            <label htmlFor="compose-confidentiality-no">{t('confidentiality.no')}</label>
          </div>
        </fieldset>

        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('text')}>
            {t('text.label')}
          </label>
          <p id="compose-text-hint" className="field__hint">
            {t('text.hint')}
          </p>
          <FieldError id={`${fieldDomId('text')}-error`} issue={issueOf('text')} />
          <TextEditor
            id={fieldDomId('text')}
            value={values.text}
            onChange={(text) => update({ text }, ['text'])}
            describedBy={describedBy('text', 'compose-text-hint')}
            invalid={Boolean(issueOf('text'))}
          />
        </div>

        <ReferencesFieldset
          references={values.references}
          onReferencesChange={(references) => update({ references })}
          person={values.person}
          onPersonChange={(person) => update({ person }, ['person.hsaId', 'person.name'])}
          theirReferences={values.thread?.recipientReferences ?? []}
          issueOf={issueOf}
          onBlurField={touch}
        />

        <div id={fieldDomId('attachments')} tabIndex={-1} className="compose-form__attachments">
          <FieldError id={`${fieldDomId('attachments')}-error`} issue={issueOf('attachments')} />
          <AttachmentPicker attachments={attachments} onChange={setAttachments} budget={checks.budget} />
        </div>

        {sendState.phase === 'encoding' ? (
          <EncodingProgress done={sendState.progress.done} total={sendState.progress.total} onCancel={sendState.cancel} />
        ) : null}

        <div className="compose-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-describedby="compose-send-hint">
            {busy
              ? t('actions.sending')
              : values.recipients.length > 1
                ? t('actions.sendMany', { count: values.recipients.length })
                : t('actions.send')}
          </button>
          {busy ? null : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmDiscard(true)}>
              {t('actions.discard')}
            </button>
          )}
          <p id="compose-send-hint" className="field__hint">
            {values.recipients.length > 1
              ? t('actions.sendManyHint', { count: values.recipients.length })
              : t('actions.sendHint')}
          </p>
        </div>
      </form>

      {confirm ? (
        <SendConfirmDialog
          warnings={confirm}
          recipients={values.recipients.map(recipientText)}
          label={values.label}
          conversationMode={values.thread ? 'thread' : values.conversationMode}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            void sendState.send();
          }}
        />
      ) : null}

      {confirmDiscard ? (
        <ConfirmDialog
          role="alertdialog"
          title={t('discard.title')}
          cancelLabel={t('discard.keep')}
          confirmLabel={t('discard.confirm')}
          tone="danger"
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            finished.current = true;
            autosave.cancel();
            useDraftStore.getState().deleteDraft(draftId);
            void navigate(paths.mailbox(mailbox, 'inbox'));
          }}
        >
          <p>{t('discard.body')}</p>
        </ConfirmDialog>
      ) : null}

      <LeaveGuard
        shouldBlockNavigation={() => !finished.current && (autosave.isPending() || busyRef.current)}
        blockUnload={attachments.length > 0 || busy}
        sending={busy}
        onSave={() => {
          leaving.current = true;
          autosave.flush();
        }}
        onDiscard={() => autosave.cancel()}
      />
    </div>
  );
}
