/**
 * Logg: the audit log and the message access log of the organisation's mailboxes, filtered by
 * mailbox, person, kind and period, and downloaded as CSV. Never message content.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiClientContext';
import { fetchAdminLogCsv, useAdminLog, type AdminLogEntry, type LogFilters } from '../../../api/endpoints/admin/auditLog';
import { useAdminMailboxes } from '../../../api/endpoints/admin/listMailboxes';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { DataTable } from '../../../ui/DataTable';
import { Field, TextField } from '../../../ui/Field';
import { LoadError } from '../../../ui/LoadError';
import { isLogKind, LOG_KINDS, logKindTextKey } from '../../../sdk/auditLog';
import { LogRetention } from './LogRetention';


function facts(entry: AdminLogEntry): string {
  return Object.entries(entry.summary)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

export function LogSection() {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'log' });
  const { t: tc } = useTranslation('console');
  const ids = useId();
  const client = useApiClient();
  const mailboxes = useAdminMailboxes();
  const [draft, setDraft] = useState<LogFilters>({});
  const [filters, setFilters] = useState<LogFilters>({});
  const [downloadFailed, setDownloadFailed] = useState(false);
  const log = useAdminLog(filters);
  const set = (key: keyof LogFilters, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...draft });
  };

  const download = async () => {
    setDownloadFailed(false);
    try {
      const blob = await fetchAdminLogCsv(client, filters);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `mk-logg-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setDownloadFailed(true);
    }
  };

  // A kind this client does not know (a newer gateway) is shown as it is rather than hidden.
  const kindLabel = (kind: string) => (isLogKind(kind) ? t(`kinds.${logKindTextKey(kind)}`) : kind);

  return (
    <section aria-labelledby="console-log">
      <h2 id="console-log">{tc('sections.log')}</h2>
      <p>{t('intro')}</p>
      <form className="console-filters" onSubmit={apply} aria-label={t('filters')}>
        <Field id={`${ids}-mailbox`} label={t('mailbox')}>
          {({ describedBy }) => (
            <select id={`${ids}-mailbox`} className="input" value={draft.mailbox ?? ''} onChange={(e) => set('mailbox', e.target.value)} aria-describedby={describedBy}>
              <option value="">{t('allMailboxes')}</option>
              {(mailboxes.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField id={`${ids}-person`} label={t('person')} input={{ value: draft.person ?? '', onChange: (e) => set('person', e.target.value), autoComplete: 'off' }} />
        <Field id={`${ids}-kind`} label={t('kind')}>
          {({ describedBy }) => (
            <select id={`${ids}-kind`} className="input" value={draft.kind ?? ''} onChange={(e) => set('kind', e.target.value)} aria-describedby={describedBy}>
              <option value="">{t('allKinds')}</option>
              {LOG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${logKindTextKey(k)}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${ids}-from`} label={t('from')}>
          {({ describedBy }) => <input id={`${ids}-from`} className="input" type="date" value={draft.from ?? ''} onChange={(e) => set('from', e.target.value)} aria-describedby={describedBy} />}
        </Field>
        <Field id={`${ids}-to`} label={t('to')}>
          {({ describedBy }) => <input id={`${ids}-to`} className="input" type="date" value={draft.to ?? ''} onChange={(e) => set('to', e.target.value)} aria-describedby={describedBy} />}
        </Field>
        <p className="console-form__actions">
          <button type="submit" className="button button--primary">
            {t('apply')}
          </button>
          <button type="button" className="button" onClick={() => void download()}>
            {t('download')}
          </button>
        </p>
      </form>
      {downloadFailed ? (
        <p role="alert" className="notice notice--error">
          {t('downloadFailed')}
        </p>
      ) : null}
      {log.isError ? (
        <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void log.refetch()} />
      ) : !log.data ? null : log.data.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="console__table-wrap">
          <DataTable
            className="console-table"
            caption={t('caption')}
            columns={[t('columns.at'), t('columns.who'), t('columns.kind'), t('columns.mailbox'), t('columns.facts')]}
            rows={log.data}
            rowKey={(e) => e.id}
            renderCells={(e) => (
              <>
                <th scope="row">
                  <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                </th>
                <td>{isolate(e.actor.name ?? e.actor.sub)}</td>
                <td>{kindLabel(e.kind)}</td>
                <td>{e.mailbox ? <code>{e.mailbox}</code> : null}</td>
                <td>
                  {e.messageId ? `${t('message', { id: isolate(e.messageId) })}; ` : ''}
                  {facts(e)}
                </td>
              </>
            )}
          />
        </div>
      )}
      <LogRetention />
    </section>
  );
}
