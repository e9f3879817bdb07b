/**
 * Console section Driftstatus (issue 9 part 7): whether the message service, the IdP and the
 * address book answer, with response times; the database's kind and health; the background
 * jobs' last runs; the address-book copy's age.
 */
import { useTranslation } from 'react-i18next';
import { useSystemStatus, type SystemStatus } from '../../../api/endpoints/admin/systemStatus';
import { isolate } from '../../../i18n/bidi';
import { decimalFormat, formatDateTime } from '../../../i18n/format';
import { isBackgroundJob } from '../../../sdk/backgroundJobs';
import { DataTable } from '../../../ui/DataTable';
import { LoadError } from '../../../ui/LoadError';
import './connection.css';

type Probe = SystemStatus['messageService'];

export function StatusSection() {
  const { t, i18n } = useTranslation('consoleConnection');
  const { t: tc } = useTranslation('console');
  const status = useSystemStatus();
  const data = status.data;
  const services: { key: string; label: string; ok: boolean | null; ms: number | null; okText: string; badText: string }[] = data
    ? [
        probeRow('messageService', t('status.services.messageService'), data.messageService),
        ...(data.idp ? [probeRow('idp', t('status.services.idp'), data.idp)] : []),
        probeRow('addressBook', t('status.services.addressBook'), data.addressBook),
        {
          key: 'database',
          label: t('status.services.database', { kind: data.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite' }),
          ok: data.database.healthy,
          ms: data.database.responseMs,
          okText: t('status.healthy'),
          badText: t('status.unhealthy'),
        },
      ]
    : [];
  function duration(ms: number): string {
    return ms < 1000 ? t('status.durationMs', { ms }) : t('status.durationSeconds', { seconds: decimalFormat(i18n.language, 1).format(ms / 1000) });
  }
  function probeRow(key: string, label: string, probe: Probe) {
    return { key, label, ok: probe.reachable, ms: probe.responseMs, okText: t('status.reachable'), badText: t('status.unreachable') };
  }
  return (
    <section aria-labelledby="console-status">
      <h2 id="console-status">{tc('sections.status')}</h2>
      <p>{t('status.intro')}</p>
      {status.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void status.refetch()} /> : null}
      {status.isPending ? <output>{t('loading')}</output> : null}
      {data ? (
        <>
          <p className="console-actions">
            <span>{t('status.checkedAt', { time: formatDateTime(data.checkedAt, i18n.language) })}</span>
            <button type="button" className="button" onClick={() => void status.refetch()} disabled={status.isFetching}>
              {t('status.refresh')}
            </button>
          </p>
          <DataTable
            className="console-table"
            caption={t('status.servicesCaption')}
            columns={[t('status.columns.service'), t('status.columns.state'), t('status.columns.response')]}
            rows={services}
            rowKey={(s) => s.key}
            renderCells={(s) => (
              <>
                <th scope="row">{s.label}</th>
                <td>
                  <span className={`console-state console-state--${s.ok ? 'matches' : 'missing'}`}>{s.ok ? s.okText : s.badText}</span>
                </td>
                <td>{s.ms === null ? '–' : t('status.responseMs', { ms: s.ms })}</td>
              </>
            )}
          />
          {data.addressBookCopy?.syncedAt ? (
            <p>{t('status.copy', { addresses: data.addressBookCopy.addresses, time: formatDateTime(data.addressBookCopy.syncedAt, i18n.language) })}</p>
          ) : null}
          {data.jobs.length === 0 ? (
            <p>{t('status.noJobs')}</p>
          ) : (
            <DataTable
              className="console-table"
              caption={t('status.jobsCaption')}
              columns={[t('status.jobColumns.job'), t('status.jobColumns.lastRun'), t('status.jobColumns.outcome'), t('status.jobColumns.duration'), t('status.jobColumns.error')]}
              rows={data.jobs}
              rowKey={(j) => j.job}
              renderCells={(j) => (
                <>
                  <th scope="row">{isBackgroundJob(j.job) ? t(`status.jobNames.${j.job}`) : j.job}</th>
                  <td>{j.lastRun ? formatDateTime(j.lastRun.startedAt, i18n.language) : t('status.notRun')}</td>
                  <td>
                    {j.lastRun ? (
                      <span className={`console-state console-state--run-${j.lastRun.outcome === 'succeeded' ? 'passed' : j.lastRun.outcome}`}>{t(`status.jobOutcomes.${j.lastRun.outcome}`)}</span>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>{j.lastRun?.durationMs == null ? '–' : duration(j.lastRun.durationMs)}</td>
                  <td>{j.lastRun?.error ? isolate(j.lastRun.error) : '–'}</td>
                </>
              )}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
