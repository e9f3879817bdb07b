/**
 * A connection-test run as a report: the facts (organisation, mailbox, environment, who ran it
 * and when), one row per case with the expected and observed statuses, times, message ids and
 * pass/fail with the reason, and the summary line. The run page and the print view share it.
 */
import { useTranslation } from 'react-i18next';
import type { ConnectionTestCase, ConnectionTestRun } from '../../../api/endpoints/admin/connectionTests';
import { useSession } from '../../../auth/SessionContext';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { DataTable } from '../../../ui/DataTable';

export function RunStateBadge({ state }: { state: ConnectionTestRun['state'] }) {
  const { t } = useTranslation('consoleConnection');
  return <span className={`console-state console-state--run-${state}`}>{t(`connectionTest.states.${state}`)}</span>;
}

export function ConnectionTestReport({ run, headingLevel, withFacts = false }: { run: ConnectionTestRun; headingLevel: 2 | 3; withFacts?: boolean }) {
  const { t, i18n } = useTranslation('consoleConnection');
  const { user } = useSession();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const organization = user.organization.id === run.organizationId && user.organization.name ? `${user.organization.name} (${run.organizationId})` : run.organizationId;
  const summary =
    run.state === 'running'
      ? t('report.summaryRunning', { passed: run.summary.passed, total: run.summary.total })
      : run.summary.allPassed
        ? t('report.summaryPassed', { total: run.summary.total })
        : t('report.summaryFailed', { passed: run.summary.passed, total: run.summary.total, failed: run.summary.total - run.summary.passed });
  return (
    <>
      {withFacts ? (
        <>
          <Heading>{t('report.facts')}</Heading>
          <dl className="console-values ct-report__facts">
            <dt>{t('report.organization')}</dt>
            <dd>{organization}</dd>
            <dt>{t('report.mailbox')}</dt>
            <dd>
              {run.mailboxName} (<code>{run.mailboxId}</code>)
            </dd>
            <dt>{t('report.environment')}</dt>
            <dd>{run.environment}</dd>
            <dt>{t('report.ranBy')}</dt>
            <dd>{run.startedBy.name ?? run.startedBy.sub}</dd>
            <dt>{t('report.started')}</dt>
            <dd>{formatDateTime(run.startedAt, i18n.language)}</dd>
            <dt>{t('report.finished')}</dt>
            <dd>{run.finishedAt ? formatDateTime(run.finishedAt, i18n.language) : t('report.notFinished')}</dd>
          </dl>
        </>
      ) : null}
      <DataTable
        className="console-table ct-report__cases"
        caption={t('connectionTest.casesCaption')}
        columns={[
          t('connectionTest.caseColumns.case'),
          t('connectionTest.caseColumns.expected'),
          t('connectionTest.caseColumns.observed'),
          t('connectionTest.caseColumns.times'),
          t('connectionTest.caseColumns.messageId'),
          t('connectionTest.caseColumns.result'),
        ]}
        rows={run.cases}
        rowKey={(c) => c.kind}
        renderCells={(c) => <CaseCells c={c} />}
      />
      <p className="ct-report__summary">
        <strong>{summary}</strong>
      </p>
    </>
  );
}

function CaseCells({ c }: { c: ConnectionTestCase }) {
  const { t, i18n } = useTranslation('consoleConnection');
  return (
    <>
      <th scope="row">
        {t(`connectionTest.cases.${c.kind}`)}
        <br />
        <code className="ct-report__small">{c.recipient}</code>
      </th>
      <td>
        {c.expectedStatuses.join(' → ')}
        {c.expectsReply ? ` ${t('connectionTest.replyExpected')}` : null}
      </td>
      <td>
        {c.observedStatuses.length > 0 ? c.observedStatuses.join(' → ') : t('connectionTest.noneYet')}
        {c.receiptCodes.length > 0 ? (
          <>
            <br />
            {t('connectionTest.receiptCodes', { codes: c.receiptCodes.map((code) => isolate(code)).join(', ') })}
          </>
        ) : null}
        {c.replyMessageId ? (
          <>
            <br />
            {t('connectionTest.replyReceived', { id: isolate(c.replyMessageId) })}
          </>
        ) : null}
      </td>
      <td>
        {c.sentAt ? t('connectionTest.sentAt', { time: formatDateTime(c.sentAt, i18n.language) }) : t('connectionTest.noneYet')}
        {c.finalAt ? (
          <>
            <br />
            {t('connectionTest.finalAt', { time: formatDateTime(c.finalAt, i18n.language) })}
          </>
        ) : null}
      </td>
      <td>
        <code className="ct-report__small">{c.messageId ?? t('connectionTest.noneYet')}</code>
      </td>
      <td>
        <span className={`console-state console-state--verdict-${c.verdict}`}>{t(`connectionTest.verdicts.${c.verdict}`)}</span>
        <br />
        {t(`connectionTest.reasons.${c.reason}`, { about: isolate(c.about ?? '') })}
      </td>
    </>
  );
}
