/**
 * The composer form: from, recipients (send list), conversation choice, label, confidentiality,
 * text, references, person, attachments; live checks, pre-send warnings, autosaved draft,
 * leave guard and sending.
 *
 * Field errors are shown once a field has been left or the form submitted; a failed submit
 * moves focus to the error summary, which links to every field. Nothing the user typed is ever
 * cleared by a failure.
 */
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { formatDateTime } from '../../i18n/format';
import type { FlashState } from '../../routes/flash';
import { paths } from '../../routes/paths';
import { characterCount, LABEL_MAX_LENGTH } from '../../sdk/rules/limits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field, TextField } from '../../ui/Field';
import { AttachmentPicker, EncodingProgress, type DraftAttachment } from './attachments';
import { useDraftStore, type Draft } from './drafts/draftStore';
import { LeaveGuard } from './drafts/LeaveGuard';
import { useDraftSaving } from './drafts/useDraftSaving';
import { TextEditor } from './editor/TextEditor';
import { recipientText, type ComposeValues } from './model/composeValues';
import { fieldDomId, type ComposeField } from './model/formIssues';
import { sendWarnings, type SendWarning } from './model/sendWarnings';
import { ReferencesFieldset } from './references/ReferencesFieldset';
import { SendConfirmDialog } from './SendConfirmDialog';
import { OfflineNotice } from './sending';
import { SendStatus } from './SendStatus';
import { AddressFields } from './form/AddressFields';
import { ConfidentialityFieldset } from './form/ConfidentialityFieldset';
import { ErrorSummary } from './ui/ErrorSummary';
import { FieldError, useIssueText } from './ui/FieldError';
import { useComposeChecks } from './useComposeChecks';
import { useComposeSend } from './useComposeSend';
import { isolate } from '../../i18n/bidi';
import { useFieldIssues } from './useFieldIssues';

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
  const issueText = useIssueText();
  const { user } = useSession();
  const navigate = useNavigate();

  const [values, setValues] = useState<ComposeValues>(initial);
  const attachments = useDraftStore((s) => s.attachments[draftId]) ?? NO_ATTACHMENTS;
  const savedAt = useDraftStore((s) => s.drafts[draftId]?.savedAt);
  const sendIdsFixed = useDraftStore((s) => Boolean(s.drafts[draftId]?.sendIds));
  const [confirm, setConfirm] = useState<SendWarning[] | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // Files of a resumed draft that a reload has lost (File objects cannot be stored).
  const [lostFiles] = useState(() =>
    resumed && (useDraftStore.getState().attachments[draftId]?.length ?? 0) === 0 ? resumed.attachmentNames : [],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Like the message page: focus starts at the page's heading, so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const draft = useDraftSaving({
    draftId,
    owner: user.subject,
    values,
    attachments,
    onDraftCreated,
  });
  const { autosave } = draft;

  const update = (change: Partial<ComposeValues>, fields: ComposeField[] = []) => {
    setValues((v) => ({ ...v, ...change }));
    if (fields.length > 0) sendState.clearServerIssues(fields);
    autosave.changed();
  };
  const setAttachments = (next: DraftAttachment[]) => {
    useDraftStore.getState().setAttachments(draftId, next);
    draft.attachmentsChanged(next);
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
    saveDraft: draft.saveDraft,
    onAllSent: (count) => {
      draft.finish();
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

  const { issueOf, touch, summaryIssues, summaryRef, markSubmitted, focusSummary } = useFieldIssues(checks.issues, sendState.serverIssues);

  const busy = sendState.phase !== 'idle';
  const busyRef = useRef(busy);
  useLayoutEffect(() => {
    busyRef.current = busy;
  }, [busy]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    markSubmitted();
    if (checks.issues.length > 0) {
      focusSummary();
      return;
    }
    const warnings = sendWarnings(values, attachments.length);
    if (warnings.length > 0 || values.recipients.length > 1) setConfirm(warnings);
    else void sendState.send();
  };

  // --- render ----------------------------------------------------------------------------
  const title = values.thread ? t(`page.title.${values.thread.kind}`) : t('page.title.new');
  const labelCount = characterCount(values.label);

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
        <AddressFields values={values} update={update} issueOf={issueOf} touch={touch} busy={busy} sendIdsFixed={sendIdsFixed} />

        <TextField
          id={fieldDomId('label')}
          label={t('label.label')}
          {...issueText(issueOf('label'))}
          afterId="compose-label-counter"
          after={
            <p
              id="compose-label-counter"
              className={labelCount > LABEL_MAX_LENGTH ? 'field__counter field__counter--over' : 'field__counter'}
              aria-live={labelCount > LABEL_MAX_LENGTH - 20 ? 'polite' : 'off'}
            >
              {labelCount > LABEL_MAX_LENGTH
                ? t('label.counterOver', { count: labelCount - LABEL_MAX_LENGTH, max: LABEL_MAX_LENGTH })
                : t('label.counter', { count: labelCount, max: LABEL_MAX_LENGTH })}
            </p>
          }
          input={{
            value: values.label,
            readOnly: busy,
            onChange: (event) => update({ label: event.target.value }, ['label']),
            onBlur: () => touch('label'),
          }}
        />

        <ConfidentialityFieldset
          values={values}
          update={update}
          issueOf={issueOf}
          touch={touch}
          busy={busy}
          originalConfidentiality={originalConfidentiality}
        />

        <Field id={fieldDomId('text')} label={t('text.label')} hint={t('text.hint')} {...issueText(issueOf('text'))}>
          {({ describedBy, invalid }) => (
            <TextEditor
              id={fieldDomId('text')}
              value={values.text}
              onChange={(text) => update({ text }, ['text'])}
              describedBy={describedBy}
              invalid={invalid}
            />
          )}
        </Field>

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
            draft.finish();
            void navigate(paths.mailbox(mailbox, 'inbox'));
          }}
        >
          <p>{t('discard.body')}</p>
        </ConfirmDialog>
      ) : null}

      <LeaveGuard
        shouldBlockNavigation={() => !draft.isFinished() && (autosave.isPending() || busyRef.current)}
        blockUnload={attachments.length > 0 || busy}
        sending={busy}
        onSave={() => {
          draft.saveOnLeave();
        }}
        onDiscard={() => autosave.cancel()}
      />
    </div>
  );
}
