/**
 * What was wrong with a malformed message, in a short list under the header: the reader sees
 * the message as far as it could be read, and knows what is missing.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HeaderNote } from '../../sdk/messageHeader';
import type { ContentNote } from './contentNotes';
import { isolate } from '../../i18n/bidi';
import './reader.css';

export type ReaderNote = HeaderNote | ContentNote;

export function MessageNotes({ notes }: { notes: readonly ReaderNote[] }) {
  const { t } = useTranslation('reader');
  if (notes.length === 0) return null;
  return (
    <section className="notice message-notes" aria-labelledby="message-notes-heading">
      <h2 id="message-notes-heading" className="message-notes__heading">
        {t('notes.heading')}
      </h2>
      <p>{t('notes.intro')}</p>
      <ul>
        {notes.map((note, i) => (
          <li key={`${note.code}-${i}`}>{noteText(t, note)}</li>
        ))}
      </ul>
    </section>
  );
}

function noteText(t: TFunction<'reader'>, note: ReaderNote): string {
  switch (note.code) {
    case 'bad-date':
    case 'unknown-status':
      return t(`notes.${note.code}`, { value: isolate(note.value) });
    case 'bad-identifier':
    case 'bad-files':
      return t(`notes.${note.code}`, { count: note.count });
    case 'empty-document':
      return t('notes.empty-document', { name: note.name ? isolate(note.name) : String(note.position) });
    default:
      return t(`notes.${note.code}`);
  }
}
