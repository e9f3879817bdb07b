/**
 * The handling of a received message in a shared function mailbox (issue 10, ADR 0011), on the
 * message page: who has it and since when, take / assign to a colleague / release / Klar /
 * reopen (only the actions the domain rules allow now, src/sdk/handling.ts), the history, and
 * the internal notes. A change refused because someone else was first (409) says who, and the
 * panel shows the current state from the answer. Shortcuts t (take) and h (Klar), switchable
 * like the others. Where no MK gateway answers, the panel says the handling cannot be shown.
 */
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSession } from '../../auth/SessionContext';
import { HandlingConflictError, useChangeHandling, type HandlingChange } from '../../api/endpoints/changeHandling';
import { useMailboxAssignees } from '../../api/endpoints/mailboxAssignees';
import { useMessageHandling, type HandlingEvent } from '../../api/endpoints/messageHandling';
import { formatDateTime } from '../../i18n/format';
import { availableHandlingActions, type HandlingActionKind, type HandlingPerson } from '../../sdk/handling';
import { usePreferences } from '../preferences';
import { hasCommandModifier, isModalOpen, isTypingTarget } from '../shortcuts';
import { InternalNotes } from './InternalNotes';
import { personName } from './personName';
import './handling.css';

export interface HandlingPanelProps {
  messageId: string;
  mailbox: string;
}

type HT = TFunction<'handling'>;

const BUTTON_ACTIONS: readonly Exclude<HandlingActionKind, 'assign'>[] = ['take', 'release', 'handle', 'reopen'];

export function HandlingPanel({ messageId, mailbox }: HandlingPanelProps) {
  const { t, i18n } = useTranslation('handling');
  const me = useSession().user.subject;
  const query = useMessageHandling(messageId);
  const change = useChangeHandling(messageId, mailbox);
  const [announcement, setAnnouncement] = useState('');
  const detail = query.data;
  const handling = detail?.handling;
  const available = handling ? availableHandlingActions(handling, { sub: me, name: null }) : [];

  const run = (action: HandlingActionKind, to?: string) => {
    if (!handling || change.isPending) return;
    const request: HandlingChange = { action, expectedVersion: handling.version, ...(to ? { to } : {}) };
    setAnnouncement('');
    change.mutate(request, { onSuccess: () => setAnnouncement(t(`actions.done.${action}`)) });
  };

  // t = take, h = Klar, when shortcuts are on (the same guards as the page-wide ones).
  const shortcutsEnabled = usePreferences((s) => s.shortcutsEnabled);
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || hasCommandModifier(event) || isTypingTarget(event.target) || isModalOpen()) return;
    const action = event.key === 't' ? 'take' : event.key === 'h' ? 'handle' : undefined;
    if (!action || !available.includes(action)) return;
    event.preventDefault();
    run(action);
  });
  useEffect(() => {
    if (!shortcutsEnabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [shortcutsEnabled]);

  const lang = i18n.language;
  const error = change.error;
  return (
    <section className="handling-panel" aria-labelledby="handling-heading">
      <h2 id="handling-heading">{t('panel.heading')}</h2>
      {query.isPending ? <p>{t('panel.loading')}</p> : null}
      {query.isError && !detail ? <p>{t('panel.unavailable')}</p> : null}
      {handling ? (
        <>
          <p className="handling-panel__state">
            {handling.state === 'handled' ? <strong>{t('panel.handled')}</strong> : null}{' '}
            <span>
              {handling.assignee
                ? handling.assignee.sub === me
                  ? t('panel.assignedToYou')
                  : t('panel.assignedTo', { name: personName(handling.assignee, me, t) })
                : t('panel.unassigned')}
            </span>{' '}
            {handling.updatedBy && handling.updatedAt ? (
              <span>
                {handling.updatedBy.sub === me
                  ? t('panel.changedByYou', { at: formatDateTime(handling.updatedAt, lang) })
                  : t('panel.changed', { name: personName(handling.updatedBy, me, t), at: formatDateTime(handling.updatedAt, lang) })}
              </span>
            ) : null}
          </p>
          {error ? (
            <div className="notice notice--warning" role="alert">
              {error instanceof HandlingConflictError
                ? t(`conflict.${error.reason}`, { name: personName(error.who, me, t) || '–' })
                : t('actions.failed')}
            </div>
          ) : null}
          <div className="handling-panel__actions">
            {BUTTON_ACTIONS.filter((action) => available.includes(action)).map((action) => (
              <button
                key={action}
                type="button"
                className={action === 'take' || action === 'handle' ? 'button button--primary' : 'button'}
                aria-keyshortcuts={shortcutsEnabled && (action === 'take' || action === 'handle') ? (action === 'take' ? 't' : 'h') : undefined}
                disabled={change.isPending}
                onClick={() => run(action)}
              >
                {t(`actions.${action}`)}
              </button>
            ))}
          </div>
          {available.includes('assign') ? <AssignForm mailbox={mailbox} me={me} current={handling.assignee} busy={change.isPending} onAssign={(sub) => run('assign', sub)} /> : null}
          <output className="visually-hidden">{announcement}</output>
          <History events={detail.events} me={me} t={t} lang={lang} />
          <InternalNotes messageId={messageId} notes={detail.notes} />
        </>
      ) : null}
    </section>
  );
}

function AssignForm({ mailbox, me, current, busy, onAssign }: { mailbox: string; me: string; current: HandlingPerson | null; busy: boolean; onAssign(sub: string): void }) {
  const { t } = useTranslation('handling');
  const id = useId();
  const assignees = useMailboxAssignees(mailbox).data ?? [];
  const choices = assignees.filter((person) => person.sub !== current?.sub);
  const [chosen, setChosen] = useState('');
  const value = choices.some((person) => person.sub === chosen) ? chosen : '';
  return (
    <form
      className="handling-panel__assign"
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onAssign(value);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('actions.assignTo')}</label>
        <select id={id} className="input" value={value} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('actions.chooseColleague')}</option>
          {choices.map((person) => (
            <option key={person.sub} value={person.sub}>
              {person.sub === me ? `${person.name ?? person.sub} (${t('panel.you')})` : (person.name ?? person.sub)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy || !value}>
        {t('actions.assign')}
      </button>
    </form>
  );
}

function History({ events, me, t, lang }: { events: readonly HandlingEvent[]; me: string; t: HT; lang: string }) {
  return (
    <section className="handling-panel__history" aria-labelledby="handling-history-heading">
      <h3 id="handling-history-heading">{t('history.heading')}</h3>
      {events.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol>
          {events.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>{' '}
              {t(`history.${event.kind}`, { by: personName(event.by, me, t), to: personName(event.assignee, me, t) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
