/**
 * Internal notes on a received message: for colleagues with access to the mailbox, stored in the
 * MK gateway only and never sent (nothing here touches the composer or the message). Marked
 * INTERNT in text, not by colour alone.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { useAddNote } from '../../api/endpoints/addNote';
import type { InternalNote } from '../../api/endpoints/messageHandling';
import { formatDateTime } from '../../i18n/format';
import { MAX_NOTE_LENGTH } from '../../sdk/handling';
import { personName } from './personName';

export function InternalNotes({ messageId, notes }: { messageId: string; notes: readonly InternalNote[] }) {
  const { t, i18n } = useTranslation('handling');
  const me = useSession().user.subject;
  const add = useAddNote(messageId);
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState('');

  return (
    <section className="internal-notes" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-hint`}>
      <h3 id={`${id}-heading`}>
        <span className="internal-notes__badge">{t('notes.internal')}</span> {t('notes.heading')}
      </h3>
      <p id={`${id}-hint`} className="internal-notes__hint">
        {t('notes.internalHint')}
      </p>
      {notes.length === 0 ? (
        <p>{t('notes.empty')}</p>
      ) : (
        <ol className="internal-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="internal-notes__note">
              <p className="internal-notes__meta">
                <span className="visually-hidden">{t('notes.internal')}: </span>
                {personName(note.author, me, t)}, <time dateTime={note.at}>{formatDateTime(note.at, i18n.language)}</time>
              </p>
              <p className="internal-notes__text" dir="auto">
                {note.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = text.trim();
          setSaved('');
          if (trimmed === '' || trimmed.length > MAX_NOTE_LENGTH) {
            setProblem(t('notes.invalid', { max: MAX_NOTE_LENGTH }));
            return;
          }
          setProblem('');
          add.mutate(trimmed, {
            onSuccess: () => {
              setText('');
              setSaved(t('notes.saved'));
            },
            onError: () => setProblem(t('notes.failed')),
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>
            {t('notes.newNote')} <span className="internal-notes__badge">{t('notes.internal')}</span>
          </label>
          {problem ? (
            <p id={`${id}-problem`} className="field-error">
              {problem}
            </p>
          ) : null}
          <textarea
            id={`${id}-text`}
            className="input internal-notes__input"
            rows={3}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('notes.save')}
        </button>
        <output className="visually-hidden">{saved}</output>
      </form>
    </section>
  );
}
