/**
 * The composer's attachments: a drop zone that is also the button opening the file dialog,
 * files pasted anywhere on the page, the list of attached files with their size, type
 * warnings and remove buttons, and the live size budget of the whole message.
 *
 * Files dropped anywhere on the page are attached too (and the browser never navigates away
 * to show a missed drop, which would lose the draft). Refused files are listed with the
 * reason and never join `attachments`; every addition, refusal and removal is announced
 * politely for screen readers.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../../config/ConfigContext';
import { attachmentsBytes, declaredTypeOf, inspectAttachment, planAdditions } from './checkFiles';
import { formatByteSize, formatMegabytes } from '../../../i18n/format';
import { allowedTypesText, refusalText, typeName, warningText } from './describe';
import { prewarmEncoder } from './encodeAttachments';
import { attachmentContentType, type DraftAttachment, type MessageBudget } from './types';
import { isolate, isolateEach } from '../../../i18n/bidi';
import './attachments.css';

export interface AttachmentPickerProps {
  attachments: DraftAttachment[];
  onChange(next: DraftAttachment[]): void;
  budget: MessageBudget;
  /** Attach files pasted anywhere on the page (default true). */
  capturePaste?: boolean;
}

/** Files carried by a drag or a clipboard (ignores dragged text and links). */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files && data.files.length > 0) return Array.from(data.files);
  return Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}

const carriesFiles = (data: DataTransfer | null) => !!data && Array.from(data.types ?? []).includes('Files');

/** The accept attribute: a hint for the file dialog only; every file is still checked. */
function acceptAttribute(allowed: readonly string[]): string {
  return Array.from(new Set(['application/pdf', '.pdf', ...allowed.filter((type) => type !== '*/*')])).join(',');
}

export function AttachmentPicker({ attachments, onChange, budget, capturePaste = true }: AttachmentPickerProps) {
  const { t, i18n } = useTranslation('compose', { keyPrefix: 'attachments' });
  const { allowedAttachmentTypes } = useConfig();
  const language = i18n.language;
  const hintId = useId();
  const budgetId = useId();
  const refusalsId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dropZoneRef = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const [refusals, setRefusals] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  // Id of the file whose remove button gets focus after a removal ('' = the drop zone).
  const focusAfterRemoval = useRef<string | null>(null);

  // The newest list, including changes the parent has not rendered yet, so two quick additions
  // (a drop right after a paste) never overwrite each other; and the budget as last rendered.
  const latest = useRef(attachments);
  const rendered = useRef({ attachments, budget });
  useLayoutEffect(() => {
    latest.current = attachments;
    rendered.current = { attachments, budget };
  }, [attachments, budget]);

  const commit = useCallback(
    (next: DraftAttachment[]) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );

  const announce = useCallback((text: string) => {
    // A changed string is announced even when the words repeat (alternating trailing space).
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      prewarmEncoder();
      const { attachments: shown, budget: shownBudget } = rendered.current;
      const usedBytes = shownBudget.usedBytes - attachmentsBytes(shown) + attachmentsBytes(latest.current);
      const plan = planAdditions(files, latest.current, { usedBytes, maxBytes: shownBudget.maxBytes }, () => crypto.randomUUID());
      if (plan.accepted.length > 0) commit([...latest.current, ...plan.accepted]);

      const refused = plan.refusals.map((r) => refusalText(t, language, r, allowedAttachmentTypes));
      const added: string[] = [];
      const inspections = await Promise.all(plan.accepted.map((a) => inspectAttachment(a, allowedAttachmentTypes)));
      let next = latest.current;
      plan.accepted.forEach((candidate, i) => {
        const inspection = inspections[i];
        if (!inspection || !next.some((a) => a.id === candidate.id)) return; // removed meanwhile
        if (inspection.refusal) {
          next = next.filter((a) => a.id !== candidate.id);
          refused.push(refusalText(t, language, inspection.refusal, allowedAttachmentTypes));
        } else {
          const checked: DraftAttachment = inspection.mismatch
            ? { ...inspection.attachment, warning: warningText(t, inspection.mismatch) }
            : inspection.attachment;
          next = next.map((a) => (a.id === candidate.id ? checked : a));
          added.push(candidate.fileName);
        }
      });
      if (plan.accepted.length > 0) commit(next);
      setRefusals(refused);
      const parts = [
        ...(added.length > 0 ? [t('announce.added', { count: added.length, names: isolateEach(added) })] : []),
        ...refused,
      ];
      if (parts.length > 0) announce(parts.join(' '));
    },
    [allowedAttachmentTypes, announce, commit, language, t],
  );

  // Paste and drop anywhere on the page while the composer is open.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (!capturePaste) return;
      const files = filesOf(event.clipboardData);
      if (files.length === 0) return; // plain text pastes go to the field as usual
      event.preventDefault();
      void addFiles(files);
    };
    const onDragOver = (event: globalThis.DragEvent) => {
      if (carriesFiles(event.dataTransfer)) event.preventDefault();
    };
    const onDrop = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
      event.preventDefault(); // never let the browser open the file in place of the draft
      void addFiles(filesOf(event.dataTransfer));
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [addFiles, capturePaste]);

  // After a removal, focus stays in the list (next file, else previous) or returns to the drop zone.
  useEffect(() => {
    if (focusAfterRemoval.current === null) return;
    const target = removeButtons.current.get(focusAfterRemoval.current) ?? dropZoneRef.current;
    focusAfterRemoval.current = null;
    target?.focus();
  });

  const remove = (attachment: DraftAttachment) => {
    const index = latest.current.findIndex((a) => a.id === attachment.id);
    const next = latest.current.filter((a) => a.id !== attachment.id);
    const neighbour = next[index] ?? next[index - 1];
    focusAfterRemoval.current = neighbour?.id ?? '';
    commit(next);
    announce(t('announce.removed', { name: isolate(attachment.fileName) }));
  };

  const onZoneDragOver = (event: DragEvent<HTMLButtonElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onZoneDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(filesOf(event.dataTransfer));
  };

  const over = budget.usedBytes - budget.maxBytes;
  const ratio = budget.maxBytes > 0 ? Math.min(1, budget.usedBytes / budget.maxBytes) : 1;

  return (
    <fieldset className="attachment-picker">
      <legend>{t('legend')}</legend>
      <p id={hintId} className="attachment-picker__hint">
        {t('hint', { allowed: allowedTypesText(t, allowedAttachmentTypes) })} {capturePaste ? t('pasteHint') : null}
      </p>

      <button
        ref={dropZoneRef}
        type="button"
        className="attachment-dropzone"
        data-dragging={dragging || undefined}
        aria-describedby={`${hintId} ${budgetId}`}
        onClick={() => inputRef.current?.click()}
        onDragEnter={onZoneDragOver}
        onDragOver={onZoneDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onZoneDrop}
      >
        <span className="attachment-dropzone__icon" aria-hidden="true">
          ⇪
        </span>
        {dragging ? t('dropZoneActive') : t('dropZone')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        accept={acceptAttribute(allowedAttachmentTypes)}
        data-testid="attachment-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ''; // the same file can be chosen again after removing it
          void addFiles(files);
        }}
      />

      <div className="attachment-budget" id={budgetId} data-over={over > 0 || undefined}>
        <p className="attachment-budget__text">
          {t('budget.label')}:{' '}
          {t('budget.value', { used: formatByteSize(budget.usedBytes, language), max: formatMegabytes(budget.maxBytes, language) })}
        </p>
        <div className="attachment-budget__bar" aria-hidden="true">
          <div className="attachment-budget__fill" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
        </div>
        {over > 0 ? <p className="attachment-budget__over">{t('budget.over', { over: formatByteSize(over, language) })}</p> : null}
      </div>

      {refusals.length > 0 ? (
        <div className="attachment-refusals">
          <p className="attachment-refusals__heading" id={refusalsId}>
            {t('refused.heading')}
          </p>
          <ul aria-labelledby={refusalsId}>
            {refusals.map((text, i) => (
              <li key={`${i}-${text}`}>{text}</li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={() => setRefusals([])}>
            {t('refused.dismiss')}
          </button>
        </div>
      ) : null}

      {attachments.length > 0 ? (
        <ul className="attachment-items" aria-label={t('listLabel')}>
          {attachments.map((attachment) => (
            <li key={attachment.id} className="attachment-item" data-status={attachment.status}>
              <span className="attachment-item__name">{attachment.fileName}</span>
              <span className="attachment-item__meta">
                {attachment.status === 'checking'
                  ? t('checking')
                  : `${typeName(t, attachmentContentType(attachment) || declaredTypeOf(attachment.file))} · ${formatByteSize(attachment.size, language)}`}
              </span>
              <button
                type="button"
                className="button button--quiet attachment-item__remove"
                ref={(node) => {
                  if (node) removeButtons.current.set(attachment.id, node);
                  else removeButtons.current.delete(attachment.id);
                }}
                aria-label={t('removeFile', { name: isolate(attachment.fileName) })}
                onClick={() => remove(attachment)}
              >
                {t('remove')}
              </button>
              {attachment.warning ? <p className="attachment-item__warning">{attachment.warning}</p> : null}
              {attachment.error ? <p className="attachment-item__error">{attachment.error}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}

      <output className="visually-hidden">{announcement}</output>
    </fieldset>
  );
}
