/**
 * Behörigheter: who reaches a mailbox (directly or through an IdP group), granting a person or
 * group a level with optional dates (a stand-in), revoking; and which mailboxes a person reaches.
 * A change applies on that person's next request (the gateway reads grants on every request).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiClientContext';
import { AdminApiError, adminKeys } from '../../../api/endpoints/admin/adminKeys';
import { createAdminGrant } from '../../../api/endpoints/admin/createGrant';
import { useMailboxGrants, type AdminGrant } from '../../../api/endpoints/admin/listMailboxGrants';
import { useAdminMailboxes } from '../../../api/endpoints/admin/listMailboxes';
import { usePersonAccess } from '../../../api/endpoints/admin/personAccess';
import { revokeAdminGrant } from '../../../api/endpoints/admin/revokeGrant';
import { useAdminPeople } from '../../../api/endpoints/admin/searchPeople';
import { isolate } from '../../../i18n/bidi';
import { formatDate } from '../../../i18n/format';
import { DataTable } from '../../../ui/DataTable';
import { Field, TextField } from '../../../ui/Field';
import { LoadError } from '../../../ui/LoadError';

type Level = AdminGrant['level'];
const LEVELS: readonly Level[] = ['read', 'send', 'admin'];
type Subject = { kind: 'person' | 'group'; id: string; label: string };

export function AccessSection() {
  const { t } = useTranslation('console', { keyPrefix: 'access' });
  const { t: tc } = useTranslation('console');
  const ids = useId();
  const mailboxes = useAdminMailboxes();
  const [chosen, setChosen] = useState('');
  // `focus`: the control that did it is gone (a revoked grant's row), so focus moves to the notice.
  const [done, setDone] = useState<{ text: string; focus: boolean } | undefined>();
  const doneRef = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (done?.focus) doneRef.current?.focus();
  }, [done]);
  const mailbox = mailboxes.data?.find((m) => m.id === chosen) ?? mailboxes.data?.[0];

  return (
    <section aria-labelledby="console-access">
      <h2 id="console-access">{tc('sections.access')}</h2>
      {done ? (
        <output ref={doneRef} tabIndex={-1} className="notice notice--success console__done">
          {done.text}
        </output>
      ) : null}
      {mailboxes.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void mailboxes.refetch()} /> : null}
      {mailboxes.data && mailbox ? (
        <>
          <Field id={`${ids}-mailbox`} label={t('chooseMailbox')}>
            {({ describedBy }) => (
              <select
                id={`${ids}-mailbox`}
                className="input"
                value={mailbox.id}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setDone(undefined);
                }}
              >
                {mailboxes.data.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({m.id})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <GrantList mailboxId={mailbox.id} mailboxName={mailbox.name} onDone={(text) => setDone({ text, focus: true })} />
          <GrantForm mailboxId={mailbox.id} mailboxName={mailbox.name} onDone={(text) => setDone({ text, focus: false })} />
        </>
      ) : null}
      <PersonAccess />
    </section>
  );
}

function who(grant: AdminGrant, t: ReturnType<typeof useTranslation<'console', 'access'>>['t']): string {
  return grant.subjectKind === 'group' ? t('group', { group: isolate(grant.subject) }) : isolate(grant.subjectName ?? grant.subject);
}

function Period({ grant }: { grant: AdminGrant }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'access' });
  const parts = [
    grant.validFrom ? t('from', { date: formatDate(grant.validFrom, i18n.language) }) : '',
    grant.validTo ? t('to', { date: formatDate(grant.validTo, i18n.language) }) : '',
  ].filter(Boolean);
  return (
    <>
      {parts.length > 0 ? parts.join(' ') : t('always')} {grant.inForce ? null : t('notInForce')}
    </>
  );
}

function GrantList({ mailboxId, mailboxName, onDone }: { mailboxId: string; mailboxName: string; onDone(text: string): void }) {
  const { t } = useTranslation('console', { keyPrefix: 'access' });
  const client = useApiClient();
  const queryClient = useQueryClient();
  const grants = useMailboxGrants(mailboxId);
  const [busy, setBusy] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  if (grants.isError) return <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void grants.refetch()} />;
  if (!grants.data) return null;
  if (grants.data.length === 0) return <p>{t('none')}</p>;
  const revoke = async (grant: AdminGrant) => {
    if (busy) return;
    setBusy(grant.id);
    setFailed(false);
    try {
      await revokeAdminGrant(client, grant.id);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onDone(t('revoked', { who: who(grant, t) }));
    } catch (error) {
      // 404: someone else revoked it first — the list is stale, the outcome the same.
      if (error instanceof AdminApiError && error.status === 404) {
        await queryClient.invalidateQueries({ queryKey: adminKeys.all });
        onDone(t('alreadyRevoked', { who: who(grant, t) }));
      } else {
        setFailed(true);
      }
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      {failed ? (
        <p role="alert" className="notice notice--error">
          {t('revokeFailed')}
        </p>
      ) : null}
      <DataTable
        className="console-table"
        caption={t('caption', { name: isolate(mailboxName) })}
        columns={[t('columns.who'), t('columns.level'), t('columns.period'), t('columns.actions')]}
        rows={grants.data}
        rowKey={(g) => g.id}
        renderCells={(g) => (
          <>
            <th scope="row">{who(g, t)}</th>
            <td>{t(`levels.${g.level}`)}</td>
            <td>
              <Period grant={g} />
            </td>
            <td>
              <button type="button" className="button button--quiet" aria-label={t('revokeLabel', { who: who(g, t) })} aria-disabled={busy === g.id || undefined} onClick={() => void revoke(g)}>
                {t('revoke')}
              </button>
            </td>
          </>
        )}
      />
    </>
  );
}

function SubjectSearch({
  chosen,
  onChoose,
  label,
  pick,
  hint,
  groups = true,
}: {
  chosen: Subject | undefined;
  onChoose(s: Subject): void;
  label: string;
  pick: (who: string) => string;
  hint: string;
  /** Whether IdP groups are offered besides people. */
  groups?: boolean;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'access' });
  const ids = useId();
  const [q, setQ] = useState('');
  const people = useAdminPeople(q);
  const options: Subject[] = [
    ...(people.data?.people ?? []).map((p) => ({ kind: 'person' as const, id: p.sub, label: p.name ? `${p.name} (${p.sub})` : p.sub })),
    ...(groups ? (people.data?.groups ?? []) : []).map((g) => ({ kind: 'group' as const, id: g, label: t('group', { group: g }) })),
  ];
  return (
    <div className="console-search">
      <TextField id={`${ids}-q`} label={label} hint={hint} input={{ value: q, onChange: (e) => setQ(e.target.value), autoComplete: 'off' }} />
      <p aria-live="polite">{chosen ? t('chosen', { who: isolate(chosen.label) }) : t(groups ? 'nobodyChosen' : 'personNobodyChosen')}</p>
      {people.data ? (
        options.length === 0 ? (
          <p>{t(groups ? 'noResults' : 'personNoResults')}</p>
        ) : (
          <ul className="console-search__results" aria-label={t('results')}>
            {options.slice(0, 20).map((o) => (
              <li key={`${o.kind}:${o.id}`}>
                <button type="button" className="button button--quiet" aria-pressed={chosen?.kind === o.kind && chosen.id === o.id} onClick={() => onChoose(o)}>
                  {pick(isolate(o.label))}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function GrantForm({ mailboxId, mailboxName, onDone }: { mailboxId: string; mailboxName: string; onDone(text: string): void }) {
  const { t } = useTranslation('console', { keyPrefix: 'access' });
  const client = useApiClient();
  const queryClient = useQueryClient();
  const ids = useId();
  const [subject, setSubject] = useState<Subject | undefined>();
  const [level, setLevel] = useState<Level>('send');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  // A refused end date: focus goes to it, so its error is read out with the field (the subject's error is an alert).
  useEffect(() => {
    if (errors['validTo']) document.getElementById(`${ids}-to`)?.focus();
  }, [errors, ids]);

  const issue = (field: string) => {
    const code = errors[field];
    return code === 'required' || code === 'badDate' || code === 'beforeFrom' ? t(`issues.${code}`) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailed(false);
    const local: Record<string, string> = {};
    if (!subject) local['subject'] = 'required';
    // The end date is inclusive: the grant runs to the end of that day.
    const validFrom = from ? new Date(`${from}T00:00:00`).toISOString() : null;
    const validTo = to ? new Date(new Date(`${to}T00:00:00`).getTime() + 24 * 3600 * 1000).toISOString() : null;
    if (validFrom && validTo && validTo <= validFrom) local['validTo'] = 'beforeFrom';
    if (Object.keys(local).length > 0 || !subject) {
      setErrors(local);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await createAdminGrant(client, mailboxId, { subjectKind: subject.kind, subject: subject.id, level, validFrom, validTo });
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onDone(t('granted', { who: isolate(subject.label), level: t(`levels.${level}`), mailbox: isolate(mailboxName) }));
      setSubject(undefined);
      setFrom('');
      setTo('');
    } catch (error) {
      if (error instanceof AdminApiError && error.status === 400) setErrors(error.fieldIssues());
      else setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="console-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('grantTitle')}</h3>
      {failed ? (
        <p role="alert" className="notice notice--error">
          {t('failed')}
        </p>
      ) : null}
      <SubjectSearch chosen={subject} onChoose={setSubject} label={t('search')} hint={t('searchHint')} pick={(w) => t('choose', { who: w })} />
      {issue('subject') ? (
        <p role="alert" className="field-error">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          {issue('subject')}
        </p>
      ) : null}
      <fieldset className="console-form__group">
        <legend>{t('level')}</legend>
        {LEVELS.map((l) => (
          <div className="checkbox" key={l}>
            <input id={`${ids}-level-${l}`} type="radio" name={`${ids}-level`} checked={level === l} onChange={() => setLevel(l)} />
            <label htmlFor={`${ids}-level-${l}`}>{t(`levels.${l}`)}</label>
          </div>
        ))}
      </fieldset>
      <p className="field__hint">{t('datesHint')}</p>
      <Field id={`${ids}-from`} label={t('validFrom')} error={issue('validFrom')} errorPrefix={t('errorPrefix')}>
        {({ describedBy, invalid }) => (
          <input id={`${ids}-from`} className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <Field id={`${ids}-to`} label={t('validTo')} error={issue('validTo')} errorPrefix={t('errorPrefix')}>
        {({ describedBy, invalid }) => (
          <input id={`${ids}-to`} className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <p>
        <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
          {saving ? t('saving') : t('submit')}
        </button>
      </p>
    </form>
  );
}

function PersonAccess() {
  const { t } = useTranslation('console', { keyPrefix: 'access' });
  const [person, setPerson] = useState<Subject | undefined>();
  const access = usePersonAccess(person?.kind === 'person' ? person.id : undefined);
  return (
    <section aria-labelledby="console-person-access" className="console-form">
      <h3 id="console-person-access">{t('personTitle')}</h3>
      {/* A person's mailboxes, directly or through her groups: a group is not a person to choose here. */}
      <SubjectSearch chosen={person} onChoose={setPerson} label={t('personSearch')} hint={t('personSearchHint')} pick={(w) => t('personPick', { who: w })} groups={false} />
      {person && access.data ? (
        access.data.length === 0 ? (
          <p>{t('personNone')}</p>
        ) : (
          <DataTable
            className="console-table"
            caption={t('personCaption', { who: isolate(person.label) })}
            columns={[t('mailbox'), t('columns.level'), t('columns.period')]}
            rows={access.data}
            rowKey={(g) => g.id}
            renderCells={(g) => (
              <>
                <th scope="row">
                  {g.mailboxName} ({g.via ? t('via', { group: isolate(g.via) }) : t('direct')})
                </th>
                <td>{t(`levels.${g.level}`)}</td>
                <td>
                  <Period grant={g} />
                </td>
              </>
            )}
          />
        )
      ) : null}
    </section>
  );
}
