/**
 * The attachments of an opened message (or of one of its documents): name, type and size, with
 * "Förhandsgranska" for PDFs and images and "Ladda ner" for every file that could be decoded.
 * File names are untrusted text and only ever rendered as text. Downloads go through a
 * confirmation and get a safe file name (safeFileName).
 */
import { lazy, Suspense, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayFileName, safeFileName } from '../../sdk/fileName';
import type { OpenedDocument, OpenedFile, OpenedMessage } from '../../sdk/openedMessage';
import { isolate } from '../../i18n/bidi';
import { DataTable } from '../../ui/DataTable';
import './attachments.css';
import { ConfirmDownloadDialog } from './ConfirmDownloadDialog';
import { downloadFile } from './downloadFile';
import { formatByteSize } from '../../i18n/format';
import { fileTypeLabel, previewKind, type PreviewKind } from './fileFacts';

const AttachmentPreview = lazy(() => import('./preview/AttachmentPreview'));

type DecodedFile = OpenedFile & { blob: Blob };

const isDecoded = (file: OpenedFile): file is DecodedFile => file.blob !== null && !file.problem;

export interface AttachmentListProps {
  message: OpenedMessage;
  /** Only this document's files (captioned with its name); default: every file of the message. */
  document?: OpenedDocument;
  /** Exactly these files (e.g. MessageContent's renderFiles(files, caption)); wins over `document`. */
  files?: readonly OpenedFile[];
  /** Caption override, e.g. when the page already names the document. */
  caption?: string;
}

export function AttachmentList({ message, document, files: only, caption }: AttachmentListProps) {
  const { t, i18n } = useTranslation('attachments');
  const [previewing, setPreviewing] = useState<{ file: DecodedFile; kind: PreviewKind } | null>(null);
  const [confirming, setConfirming] = useState<DecodedFile | null>(null);

  const files = only ?? document?.files ?? message.documents.flatMap((doc) => doc.files);
  if (files.length === 0) return null;

  const displayName = (file: OpenedFile) => displayFileName(file.fileName) || t('list.noName');
  const heading =
    caption ?? (document?.documentName?.trim() ? t('list.captionOf', { document: isolate(document.documentName.trim()) }) : t('list.caption'));

  return (
    <>
      <DataTable
        className="attachments"
        caption={heading}
        columns={[t('list.columns.name'), t('list.columns.type'), t('list.columns.size'), t('list.columns.actions')]}
        rows={files}
        rowKey={(file) => file.key}
        renderCells={(file) => {
          const kind = previewKind(file.contentType);
          const name = displayName(file);
          return (
            <>
              <th scope="row" className="attachments__name">
                <bdi>{name}</bdi>
                {file.problem ? <span className="attachments__problem">{t(`list.problem.${file.problem}`)}</span> : null}
              </th>
              <td>
                {fileTypeLabel(file.contentType, t)}
                {file.contentType.trim() ? <span className="attachments__mime"> ({file.contentType.trim()})</span> : null}
              </td>
              <td className="attachments__size">{formatByteSize(file.size, i18n.language)}</td>
              <td>
                {isDecoded(file) ? (
                  <div className="attachments__actions">
                    {kind ? (
                      <button type="button" className="button" onClick={() => setPreviewing({ file, kind })}>
                        {t('actions.preview')}
                        <span className="visually-hidden"> {name}</span>
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button"
                      onClick={(event: MouseEvent<HTMLButtonElement>) => {
                        event.currentTarget.focus();
                        setConfirming(file);
                      }}
                    >
                      {t('actions.download')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </div>
                ) : null}
              </td>
            </>
          );
        }}
      />
      {previewing ? (
        <Suspense fallback={<output className="attachments__loading">{t('preview.loading')}</output>}>
          <AttachmentPreview
            file={previewing.file}
            kind={previewing.kind}
            displayName={displayName(previewing.file)}
            onClose={() => setPreviewing(null)}
          />
        </Suspense>
      ) : null}
      {confirming ? (
        <ConfirmDownloadDialog
          safeName={safeFileName(confirming.fileName, confirming.contentType)}
          onConfirm={() => {
            downloadFile(confirming.blob, safeFileName(confirming.fileName, confirming.contentType));
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </>
  );
}
