/** A message's documents in presentation order: text bodies as Markdown, then attachments. */
import { useTranslation } from 'react-i18next';
import type { DigitalDocument } from '../../sdk/model';
import { AttachmentList } from './AttachmentList';
import { documentsInOrder, filesOf, textBodiesOf } from './messageContent';
import { MessageText } from './MessageText';

export function MessageDocuments({ documents }: { documents: readonly DigitalDocument[] | undefined }) {
  const { t } = useTranslation('messages');
  const ordered = documentsInOrder(documents);
  return (
    <section className="message-documents" aria-labelledby="message-content-heading">
      <h2 id="message-content-heading">{t('message.content')}</h2>
      {ordered.length === 0 ? <p>{t('message.noDocuments')}</p> : null}
      {ordered.map((doc, i) => {
        const name = doc.documentName?.trim() || t('message.documentFallbackName', { index: i + 1 });
        const headingId = `message-document-${i}`;
        return (
          <section key={`${i}-${doc.documentId}`} className="message-document" aria-labelledby={headingId}>
            <h3 id={headingId}>{name}</h3>
            {textBodiesOf(doc).map((text, j) => (
              <MessageText key={j} text={text} />
            ))}
            <AttachmentList files={filesOf(doc)} caption={t('message.attachmentsOf', { document: name })} />
          </section>
        );
      })}
    </section>
  );
}
