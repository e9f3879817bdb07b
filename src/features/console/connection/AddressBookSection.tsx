/**
 * Console section Adressbok (issue 9 part 4): each mailbox's state in SDK Adressbok, the exact
 * values to enter in Digg's administration when it is missing or differs, when the copy was
 * fetched, and "fetch now".
 */
import { useTranslation } from 'react-i18next';
import { useAddressBookCheck, useSyncAddressBookNow, type MailboxAddressBookCheck } from '../../../api/endpoints/admin/addressBookCheck';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { DataTable } from '../../../ui/DataTable';
import { LoadError } from '../../../ui/LoadError';
import './connection.css';

export function AddressBookSection() {
  const { t, i18n } = useTranslation('consoleConnection');
  const { t: tc } = useTranslation('console');
  const check = useAddressBookCheck();
  const sync = useSyncAddressBookNow();
  const data = check.data;
  return (
    <section aria-labelledby="console-address-book">
      <h2 id="console-address-book">{tc('sections.addressBook')}</h2>
      <p>{t('addressBook.intro')}</p>
      {check.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void check.refetch()} /> : null}
      {check.isPending ? <output>{t('loading')}</output> : null}
      {data ? (
        <>
          <p>
            {data.syncedAt ? t('addressBook.syncedAt', { time: formatDateTime(data.syncedAt, i18n.language) }) : t('addressBook.neverSynced')}
            {data.lastError ? ` ${t('addressBook.lastError', { error: isolate(data.lastError) })}` : null}
          </p>
          <p className="console-actions">
            <button type="button" className="button" onClick={() => sync.mutate()} disabled={sync.isPending}>
              {t('addressBook.syncNow')}
            </button>
            <output className="console-actions__status">
              {sync.isPending ? t('addressBook.syncing') : sync.isSuccess ? t('addressBook.synced') : sync.isError ? t('addressBook.syncFailed') : null}
            </output>
          </p>
          {data.mailboxes.length === 0 ? (
            <p>{t('addressBook.none')}</p>
          ) : (
            <DataTable
              className="console-table"
              caption={t('addressBook.caption')}
              columns={[t('addressBook.columns.mailbox'), t('addressBook.columns.state'), t('addressBook.columns.action')]}
              rows={data.mailboxes}
              rowKey={(m) => m.mailboxId}
              renderCells={(m) => <AddressBookRow check={m} />}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

function AddressBookRow({ check }: { check: MailboxAddressBookCheck }) {
  const { t } = useTranslation('consoleConnection');
  return (
    <>
      <td>
        <span className="console-strong">{check.name}</span> {check.active ? null : t('addressBook.inactive')}
        <br />
        <code>{check.mailboxId}</code>
      </td>
      <td>
        <span className={`console-state console-state--${check.state}`}>{t(`addressBook.states.${check.state}`)}</span>
        {check.state === 'differs' ? (
          <>
            <br />
            {t('addressBook.differsIn', { fields: check.differences.map((f) => t(`addressBook.fields.${f}`)).join(', ') })}
            {check.published ? (
              <>
                <br />
                {t('addressBook.publishedAs', { name: isolate(check.published.name) })}
              </>
            ) : null}
          </>
        ) : null}
      </td>
      <td>
        {check.toEnter ? (
          <>
            <p className="console-compact">{t('addressBook.toEnter')}</p>
            <dl className="console-values">
              <dt>{t('addressBook.values.identifier')}</dt>
              <dd>
                <code>{check.toEnter.identifier}</code>
              </dd>
              <dt>{t('addressBook.values.organization')}</dt>
              <dd>
                <code>{check.toEnter.organization}</code>
              </dd>
              <dt>{t('addressBook.values.name')}</dt>
              <dd>{check.toEnter.name}</dd>
              <dt>{t('addressBook.values.description')}</dt>
              <dd>{check.toEnter.description === '' ? t('addressBook.noDescription') : check.toEnter.description}</dd>
            </dl>
          </>
        ) : (
          t('addressBook.nothingToDo')
        )}
      </td>
    </>
  );
}
