/**
 * The console's Införande section (issue 9 part 8, ADR 0017): the rollout checklist with each
 * milestone's status — automatic ones with what the MK saw, manual ones (and automatic ones
 * whose source does not exist yet) ticked by hand, with who and when — and a print view that is
 * the rollout's status report (/konsol/inforande/rapport).
 */
import { useId } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiClientContext';
import { rolloutKeys, rolloutQuery, tickMilestone, type RolloutChecklist, type RolloutMilestone } from '../../../api/endpoints/admin/rollout';
import { isolate, isolateEach } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { LoadError } from '../../../ui/LoadError';
import { paths } from '../../../routes/paths';
import './rollout.css';

export const ROLLOUT_REPORT_SEGMENT = 'rapport';

export function RolloutSection() {
  return (
    <Routes>
      <Route index element={<RolloutChecklistView />} />
      <Route path={ROLLOUT_REPORT_SEGMENT} element={<RolloutReport />} />
    </Routes>
  );
}

function useChecklist() {
  const client = useApiClient();
  return useQuery(rolloutQuery(client));
}

function RolloutChecklistView() {
  const { t } = useTranslation('consoleRollout');
  const checklist = useChecklist();
  return (
    <section aria-labelledby="rollout-heading" className="rollout">
      <h2 id="rollout-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {checklist.isPending ? <output>{t('loading')}</output> : null}
      {checklist.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void checklist.refetch()} /> : null}
      {checklist.data ? (
        <>
          <p className="rollout__progress">{t('progress', { done: checklist.data.done, total: checklist.data.total })}</p>
          <p>
            <Link to={paths.console(`inforande/${ROLLOUT_REPORT_SEGMENT}`)}>{t('printView')}</Link>
          </p>
          <ol className="rollout__list">
            {checklist.data.milestones.map((milestone) => (
              <li key={milestone.id}>
                <MilestoneItem milestone={milestone} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function MilestoneItem({ milestone }: { milestone: RolloutMilestone }) {
  const { t } = useTranslation('consoleRollout');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const checkboxId = useId();
  const headingId = useId();
  const tick = useMutation({
    mutationFn: (done: boolean) => tickMilestone(client, milestone.id, done),
    onSuccess: (checklist) => queryClient.setQueryData(rolloutKeys.all, checklist),
  });
  const done = milestone.state === 'done';
  return (
    <article aria-labelledby={headingId} className={`rollout__item rollout__item--${milestone.state}`}>
      <h3 id={headingId} className="rollout__title">
        {t(`milestones.${milestone.id}`)}
      </h3>
      <p className="rollout__status">
        <strong>{t(`state.${milestone.state}`)}</strong> · {t(`check.${milestone.check}`)}
      </p>
      <Evidence milestone={milestone} />
      {milestone.tickable ? (
        <div className="rollout__tick">
          <input
            id={checkboxId}
            type="checkbox"
            checked={done}
            aria-describedby={headingId}
            aria-disabled={tick.isPending || undefined}
            onChange={(e) => {
              if (!tick.isPending) tick.mutate(e.target.checked);
            }}
          />
          <label htmlFor={checkboxId}>{t('tickLabel')}</label>
        </div>
      ) : null}
      <TickLine milestone={milestone} />
      {tick.isError ? <p role="alert">{t('tickError')}</p> : null}
    </article>
  );
}

function TickLine({ milestone }: { milestone: RolloutMilestone }) {
  const { t, i18n } = useTranslation('consoleRollout');
  if (!milestone.tick) return null;
  const values = { by: isolate(milestone.tick.by.name ?? milestone.tick.by.sub), at: formatDateTime(milestone.tick.at, i18n.language) };
  return <p className="rollout__who">{milestone.tick.done ? t('ticked', values) : t('unticked', values)}</p>;
}

function Evidence({ milestone }: { milestone: RolloutMilestone }) {
  const { t, i18n } = useTranslation('consoleRollout');
  const e = milestone.evidence;
  if (!e) return null;
  const lines: string[] = [];
  switch (e.kind) {
    case 'mailboxes':
      lines.push(t('evidence.mailboxes', { count: e.registered ?? 0 }));
      break;
    case 'address-book':
      lines.push(t('evidence.addressBook', { published: e.published ?? 0, registered: e.registered ?? 0, matching: e.matching ?? 0 }));
      if (e.missing?.length) lines.push(t('evidence.missing', { list: isolateEach(e.missing) }));
      if (e.mismatched?.length) lines.push(t('evidence.mismatched', { list: isolateEach(e.mismatched) }));
      break;
    case 'connection-test':
      if (!e.known) lines.push(t('evidence.testsUnknown'));
      else if (e.passed) lines.push(t('evidence.passed', { environment: e.environment ?? '', at: formatDateTime(e.passed.at, i18n.language), mailbox: isolate(e.passed.mailbox) }));
      else lines.push(t('evidence.notPassed', { environment: e.environment ?? '' }));
      break;
    case 'training':
      lines.push(
        e.held
          ? t('evidence.trainingHeld', { number: e.number ?? 0, at: formatDateTime(e.held.at, i18n.language), course: isolate(e.held.course) })
          : t('evidence.training', { number: e.number ?? 0 }),
      );
      break;
    case 'course-server-unavailable':
      lines.push(t('evidence.courseServerUnavailable'));
      break;
  }
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="rollout__evidence">
          {line}
        </p>
      ))}
    </>
  );
}

function RolloutReport() {
  const { t, i18n } = useTranslation('consoleRollout');
  const checklist = useChecklist();
  return (
    <section aria-labelledby="rollout-report-heading" className="rollout-report">
      <h2 id="rollout-report-heading">{t('report.title')}</h2>
      <p className="rollout-report__actions">
        <Link to={paths.console('inforande')}>{t('report.back')}</Link>{' '}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
      {checklist.isPending ? <output>{t('loading')}</output> : null}
      {checklist.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void checklist.refetch()} /> : null}
      {checklist.data ? <ReportBody checklist={checklist.data} language={i18n.language} /> : null}
    </section>
  );
}

function ReportBody({ checklist, language }: { checklist: RolloutChecklist; language: string }) {
  const { t } = useTranslation('consoleRollout');
  return (
    <>
      <dl className="rollout-report__facts">
        <dt>{t('report.organization')}</dt>
        <dd>{checklist.organizationId}</dd>
        <dt>{t('report.generatedAt')}</dt>
        <dd>{formatDateTime(checklist.generatedAt, language)}</dd>
      </dl>
      <p>{t('progress', { done: checklist.done, total: checklist.total })}</p>
      <table className="rollout-report__table">
        <thead>
          <tr>
            <th scope="col">{t('report.milestone')}</th>
            <th scope="col">{t('report.status')}</th>
            <th scope="col">{t('report.how')}</th>
            <th scope="col">{t('report.details')}</th>
          </tr>
        </thead>
        <tbody>
          {checklist.milestones.map((m) => (
            <tr key={m.id}>
              <th scope="row">{t(`milestones.${m.id}`)}</th>
              <td>{t(`state.${m.state}`)}</td>
              <td>{t(`check.${m.check}`)}</td>
              <td>
                <Evidence milestone={m} />
                <TickLine milestone={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
