/**
 * Preview of one attachment (PDF or image) in a modal dialog. The file is shown inside a
 * sandboxed, opaque-origin frame (see frameDocument.ts) that gets the bytes by postMessage;
 * this component owns everything the user operates — heading, close, page and zoom buttons,
 * the page counter and the page's text — so they are ordinary, accessible parts of the app.
 *
 * Default export, loaded lazily by the attachment list: this module (and pdf.js, fetched only
 * when a PDF is previewed) is never part of the inbox bundle.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../../sdk/openedMessage';
import type { PreviewKind } from '../fileFacts';
import { Dialog } from '../../../ui/Dialog';
import { newNonce, PREVIEW_SANDBOX, previewFrameDocument } from './frameDocument';
import { toFrameEvent, type FrameCommand, type FrameKey } from './frameProtocol';
import { loadPdfAssets } from './pdfAssets';
import { isolate } from '../../../i18n/bidi';

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
const FIT = ZOOM_STEPS.indexOf(1);

export interface AttachmentPreviewProps {
  file: OpenedFile & { blob: Blob };
  kind: PreviewKind;
  /** The file's name for display (untrusted text: rendered as text only). */
  displayName: string;
  onClose(): void;
}

type Phase = 'loading' | 'shown' | 'failed';

export default function AttachmentPreview({ file, kind, displayName, onClose }: AttachmentPreviewProps) {
  const { t, i18n } = useTranslation('attachments');
  const id = useId();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [srcDoc] = useState(() =>
    previewFrameDocument({ nonce: newNonce(), lang: i18n.language, title: t('preview.frameDocumentTitle') }),
  );
  const [phase, setPhase] = useState<Phase>('loading');
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [zoomStep, setZoomStep] = useState(FIT);
  const [pageText, setPageText] = useState<{ page: number; text: string } | null>(null);
  const [frameReady, setFrameReady] = useState(false);

  const post = useCallback((command: FrameCommand) => {
    frameRef.current?.contentWindow?.postMessage(command, '*');
  }, []);

  const zoom = ZOOM_STEPS[zoomStep] ?? 1;
  const label = t('preview.pageImage', { page, count: Math.max(pageCount, 1), name: isolate(displayName) });

  const goTo = useCallback((next: number) => setPage((current) => (pageCount > 0 ? Math.min(Math.max(1, next), pageCount) : current)), [pageCount]);
  const zoomBy = useCallback((delta: number) => setZoomStep((s) => Math.min(Math.max(0, s + delta), ZOOM_STEPS.length - 1)), []);

  const handleKey = useCallback(
    (key: FrameKey | string): boolean => {
      switch (key) {
        case 'Escape':
          onClose();
          return true;
        case 'PageDown':
          goTo(page + 1);
          return true;
        case 'PageUp':
          goTo(page - 1);
          return true;
        case 'Home':
          goTo(1);
          return true;
        case 'End':
          goTo(pageCount);
          return true;
        case '+':
          zoomBy(1);
          return true;
        case '-':
          zoomBy(-1);
          return true;
        default:
          return false;
      }
    },
    [goTo, onClose, page, pageCount, zoomBy],
  );
  const handleKeyRef = useRef(handleKey);
  useEffect(() => {
    handleKeyRef.current = handleKey;
  });

  // Messages from the frame: only from its window, only known shapes.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!frameRef.current || event.source !== frameRef.current.contentWindow) return;
      const message = toFrameEvent(event.data);
      if (!message) return;
      switch (message.type) {
        case 'ready':
          setFrameReady(true);
          break;
        case 'loaded':
          setPageCount(message.pageCount);
          break;
        case 'rendered':
          setPhase('shown');
          setPageCount(message.pageCount);
          if (kind === 'pdf') setPageText({ page: message.page, text: message.text });
          break;
        case 'failed':
          setPhase('failed');
          break;
        case 'key':
          handleKeyRef.current(message.key);
          break;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [kind]);

  // Once the frame runs: hand it the file (and pdf.js for a PDF).
  useEffect(() => {
    if (!frameReady) return;
    let cancelled = false;
    if (kind === 'image') {
      post({ type: 'image', file: file.blob, alt: t('preview.imageAlt', { name: isolate(displayName) }) });
    } else {
      loadPdfAssets().then(
        (assets) => {
          if (!cancelled) post({ type: 'pdf', file: file.blob, pdfjs: assets.pdfjs, worker: assets.worker });
        },
        () => {
          if (!cancelled) setPhase('failed');
        },
      );
    }
    return () => {
      cancelled = true;
    };
  }, [frameReady, kind, file.blob, displayName, post, t]);

  // The page and zoom to show (the frame keeps the latest and renders when it can).
  useEffect(() => {
    if (frameReady) post({ type: 'view', page, zoom, label });
  }, [frameReady, page, zoom, label, post]);

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (handleKey(event.key)) event.preventDefault();
  };

  const titleId = `${id}-title`;
  const noteId = `${id}-note`;
  const isPdf = kind === 'pdf';

  return (
    <Dialog labelledBy={titleId} describedBy={noteId} className="attachment-preview" onClose={onClose} onKeyDown={onDialogKeyDown}>
      <div className="attachment-preview__body">
        <div className="attachment-preview__header">
          <h2 id={titleId}>{t('preview.title', { name: isolate(displayName) })}</h2>
          <button type="button" className="button button--quiet" onClick={onClose} data-autofocus>
            {t('preview.close')}
          </button>
        </div>
        <p id={noteId} className="attachment-preview__note">
          {t('preview.isolated')} {isPdf ? t('preview.keys') : null}
        </p>
        <fieldset className="attachment-preview__toolbar">
          <legend className="visually-hidden">{t('preview.toolbar')}</legend>
          {isPdf ? (
            <>
              <ToolButton onClick={() => goTo(page - 1)} disabled={phase !== 'shown' || page <= 1}>
                {t('preview.previousPage')}
              </ToolButton>
              <output className="attachment-preview__page" aria-live="polite">
                {pageCount > 0 ? t('preview.page', { page, count: pageCount }) : null}
              </output>
              <ToolButton onClick={() => goTo(page + 1)} disabled={phase !== 'shown' || page >= pageCount}>
                {t('preview.nextPage')}
              </ToolButton>
            </>
          ) : null}
          <ToolButton onClick={() => zoomBy(-1)} disabled={zoomStep === 0}>
            {t('preview.zoomOut')}
          </ToolButton>
          <output className="attachment-preview__zoom">{t('preview.zoomLevel', { percent: Math.round(zoom * 100) })}</output>
          <ToolButton onClick={() => zoomBy(1)} disabled={zoomStep === ZOOM_STEPS.length - 1}>
            {t('preview.zoomIn')}
          </ToolButton>
          <ToolButton onClick={() => setZoomStep(FIT)} disabled={zoomStep === FIT}>
            {t('preview.zoomReset')}
          </ToolButton>
        </fieldset>
        <p className="attachment-preview__status">
          <output>{phase === 'loading' ? t('preview.loading') : null}</output>
        </p>
        {phase === 'failed' ? (
          <p role="alert" className="notice notice--error">
            {t('preview.failed')}
          </p>
        ) : null}
        <iframe
          ref={frameRef}
          className="attachment-preview__frame"
          title={t('preview.frameTitle', { name: isolate(displayName) })}
          sandbox={PREVIEW_SANDBOX}
          srcDoc={srcDoc}
          referrerPolicy="no-referrer"
          hidden={phase === 'failed'}
        />
        {isPdf && phase === 'shown' ? (
          <section className="attachment-preview__text" aria-labelledby={`${id}-text`}>
            <p>{t('preview.textAlternative')}</p>
            <details>
              <summary id={`${id}-text`}>{t('preview.pageText', { page: pageText?.page ?? page })}</summary>
              {pageText?.text.trim() ? <p className="attachment-preview__page-text">{pageText.text}</p> : <p>{t('preview.noPageText')}</p>}
            </details>
          </section>
        ) : null}
      </div>
    </Dialog>
  );
}

/**
 * A toolbar button that stays focusable when it cannot act (aria-disabled, not disabled): on
 * the last page "Nästa sida" must not drop keyboard focus to the page.
 */
function ToolButton({ onClick, disabled, children }: { onClick(): void; disabled: boolean; children: ReactNode }) {
  return (
    <button type="button" className="button" aria-disabled={disabled} onClick={disabled ? undefined : onClick}>
      {children}
    </button>
  );
}
