/**
 * An opened message's documents in `index` order (already ordered by the opening step): each
 * document's text bodies through the strict Markdown renderer, then its attachments. How the
 * attachments are shown is the caller's choice (the page lets the attachments feature preview
 * and download them; print lists them).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedDocument, OpenedFile } from '../../sdk/openedMessage';
import { MessageText } from '../../ui/message/MessageText';
import { FileTable } from './FileTable';
import { isolate } from '../../i18n/bidi';

export interface MessageContentProps {
  documents: readonly OpenedDocument[];
  /** Renders one document's attachments; a plain table by default. */
  renderFiles?: (files: readonly OpenedFile[], caption: string) => ReactNode;
}

const defaultFiles = (files: readonly OpenedFile[], caption: string) => <FileTable files={files} caption={caption} />;

export function MessageContent({ documents, renderFiles = defaultFiles }: MessageContentProps) {
  const { t } = useTranslation('reader');
  return (
    <section className="message-documents" aria-labelledby="message-content-heading">
      <h2 id="message-content-heading">{t('message.content')}</h2>
      {documents.length === 0 ? <p>{t('message.noDocuments')}</p> : null}
      {documents.map((doc, i) => {
        const name = doc.documentName?.trim() || t('message.documentFallbackName', { index: i + 1 });
        const headingId = `message-document-${i}`;
        return (
          <section key={`${i}-${doc.documentId}`} className="message-document" aria-labelledby={headingId}>
            <h3 id={headingId}>{name}</h3>
            {doc.texts.map((text, j) => (
              <MessageText key={j} text={text} />
            ))}
            {doc.files.length > 0 ? renderFiles(doc.files, t('message.attachmentsOf', { document: isolate(name) })) : null}
          </section>
        );
      })}
    </section>
  );
}
