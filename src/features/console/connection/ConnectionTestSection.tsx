/**
 * Console section Anslutningstest (issue 9 part 5): choose a mailbox and run the test; the run's
 * page shows each case's progress live (polled while it runs) and its verdict; the report's
 * print view holds organisation, mailbox, environment, who ran it and when, each case's expected
 * and observed statuses, times and message ids with pass/fail, and a summary line. Earlier
 * reports stay listed.
 *
 * Routes inside the section: index (run + earlier reports), :runId (the run), :runId/utskrift
 * (print view).
 */
import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessagesApiError } from '../../../api/apiError';
import { useAddressBookCheck } from '../../../api/endpoints/admin/addressBookCheck';
import { useConnectionTest, useConnectionTests, useStartConnectionTest } from '../../../api/endpoints/admin/connectionTests';
import { formatDateTime } from '../../../i18n/format';
import { paths } from '../../../routes/paths';
import { Field } from '../../../ui/Field';
import { DataTable } from '../../../ui/DataTable';
import { LoadError } from '../../../ui/LoadError';
import { ConnectionTestReport, RunStateBadge } from './ConnectionTestReport';
import { CONNECTION_TEST_SEGMENT, connectionTestRunPath } from './reportPaths';
import './connection.css';

export { CONNECTION_TEST_SEGMENT } from './reportPaths';
const runPath = connectionTestRunPath;
const printPath = (id: string) => `${runPath(id)}/utskrift`;

export function ConnectionTestSection() {
  return (
    <Routes>
      <Route index element={<StartAndHistory />} />
      <Route path=":runId" element={<RunPage />} />
      <Route path=":runId/utskrift" element={<PrintReportPage />} />
    </Routes>
  );
}

function StartAndHistory() {
  const { t } = useTranslation('consoleConnection');
  const { t: tc } = useTranslation('console');
  return (
    <section aria-labelledby="console-connection-test">
      <h2 id="console-connection-test">{tc('sections.connectionTest')}</h2>
      <p>{t('connectionTest.intro')}</p>
      <StartForm />
      <EarlierRuns />
    </section>
  );
}

function StartForm() {
  const { t } = useTranslation('consoleConnection');
  const mailboxes = useAddressBookCheck();
  const start = useStartConnectionTest();
  const navigate = useNavigate();
  const [mailbox, setMailbox] = useState('');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mailbox === '') {
      setError(t('connectionTest.mailboxRequired'));
      return;
    }
    setError(undefined);
    start.mutate(mailbox, { onSuccess: (run) => void navigate(runPath(run.id)) });
  };
  const startError =
    start.error instanceof MessagesApiError && start.error.status === 409 ? t('connectionTest.alreadyRunning') : start.isError ? t('connectionTest.startFailed') : null;
  return (
    <form className="console-form" onSubmit={onSubmit} noValidate>
      <Field id="connection-test-mailbox" label={t('connectionTest.mailbox')} error={error}>
        {({ describedBy, invalid }) => (
          <select
            id="connection-test-mailbox"
            value={mailbox}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => setMailbox(e.target.value)}
          >
            <option value="">{t('connectionTest.chooseMailbox')}</option>
            {(mailboxes.data?.mailboxes ?? [])
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.mailboxId} value={m.mailboxId}>
                  {m.name} ({m.mailboxId})
                </option>
              ))}
          </select>
        )}
      </Field>
      <p className="console-actions">
        <button type="submit" className="button button--primary" disabled={start.isPending}>
          {start.isPending ? t('connectionTest.starting') : t('connectionTest.run')}
        </button>
      </p>
      {startError ? <LoadError message={startError} /> : null}
    </form>
  );
}

function EarlierRuns() {
  const { t, i18n } = useTranslation('consoleConnection');
  const runs = useConnectionTests();
  return (
    <>
      <h3>{t('connectionTest.earlier')}</h3>
      {runs.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void runs.refetch()} /> : null}
      {runs.isPending ? <output>{t('loading')}</output> : null}
      {runs.data && runs.data.data.length === 0 ? <p>{t('connectionTest.noEarlier')}</p> : null}
      {runs.data && runs.data.data.length > 0 ? (
        <DataTable
          className="console-table"
          caption={t('connectionTest.earlierCaption')}
          columns={[t('connectionTest.columns.started'), t('connectionTest.columns.mailbox'), t('connectionTest.columns.environment'), t('connectionTest.columns.result'), t('connectionTest.columns.report')]}
          rows={runs.data.data}
          rowKey={(r) => r.id}
          renderCells={(r) => (
            <>
              <td>{formatDateTime(r.startedAt, i18n.language)}</td>
              <td>{r.mailboxName}</td>
              <td>{r.environment}</td>
              <td>
                <RunStateBadge state={r.state} />
              </td>
              <td>
                <Link to={runPath(r.id)}>{t('connectionTest.openReport')}</Link>
              </td>
            </>
          )}
        />
      ) : null}
    </>
  );
}

function RunPage() {
  const { t } = useTranslation('consoleConnection');
  const { runId = '' } = useParams();
  const run = useConnectionTest(runId);
  const data = run.data;
  const done = data ? data.summary.total - data.summary.pending : 0;
  return (
    <section aria-labelledby="console-connection-run">
      <p>
        <Link to={paths.console(CONNECTION_TEST_SEGMENT)}>{t('connectionTest.back')}</Link>
      </p>
      <h2 id="console-connection-run">{data ? t('connectionTest.runTitle', { mailbox: data.mailboxName }) : t('connectionTest.casesCaption')}</h2>
      {run.isError ? <LoadError message={run.error instanceof MessagesApiError && run.error.status === 404 ? t('report.notFound') : t('loadError')} /> : null}
      {run.isPending ? <output>{t('loading')}</output> : null}
      {data ? (
        <>
          <p className="console-actions">
            <RunStateBadge state={data.state} />
            {/* Live progress, read out as it changes. */}
            <output aria-live="polite">{t('connectionTest.progress', { done, total: data.summary.total })}</output>
            <Link to={printPath(data.id)}>{t('connectionTest.print')}</Link>
          </p>
          <ConnectionTestReport run={data} headingLevel={3} />
        </>
      ) : null}
    </section>
  );
}

function PrintReportPage() {
  const { t } = useTranslation('consoleConnection');
  const { runId = '' } = useParams();
  const run = useConnectionTest(runId);
  return (
    <div className="ct-print">
      <section className="ct-print__tools" aria-label={t('report.tools')}>
        <Link to={runPath(runId)}>{t('report.back')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!run.data}>
          {t('report.printButton')}
        </button>
        <p className="ct-print__hint">{t('report.hint')}</p>
      </section>
      {run.isPending ? <output>{t('loading')}</output> : null}
      {run.isError ? <LoadError message={t('report.notFound')} /> : null}
      {run.data ? (
        <article className="ct-report" aria-labelledby="ct-report-title">
          <h2 id="ct-report-title">{t('report.title')}</h2>
          <ConnectionTestReport run={run.data} headingLevel={3} withFacts />
        </article>
      ) : null}
    </div>
  );
}
