/** The course report: printable, and as CSV (from the gateway, the same data). */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiClientContext';
import { fetchReportCsv, reportQuery } from '../../api/endpoints/training/report';
import { isolate } from '../../i18n/bidi';
import { formatDateTime } from '../../i18n/format';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { trainingPaths } from './trainingPaths';

export function ReportPage() {
  const { t, i18n } = useTranslation('training');
  const code = useParams().code ?? '';
  const client = useApiClient();
  const report = useQuery(reportQuery(client, code));
  if (report.isError) return <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void report.refetch()} />;
  if (!report.data) return <output>{t('loading')}</output>;
  const { course, exercises, participants } = report.data;
  async function downloadCsv() {
    const blob = await fetchReportCsv(client, code);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `kursrapport-${code}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <div className="training">
      <p className="training__no-print training__actions">
        <Link to={trainingPaths.course(code)}>{isolate(course.title)}</Link>
        <button type="button" className="button" onClick={() => void downloadCsv()}>
          {t('report.csv')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
      <PageHeading>{t('report.title', { title: isolate(course.title) })}</PageHeading>
      <table className="training__table">
        <caption>{t('report.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.participant')}</th>
            {exercises.map((e) => (
              <th key={e.id} scope="col">
                {isolate(e.title)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.number}>
              <th scope="row">{t('board.number', { number: p.number })}</th>
              {exercises.map((e) => {
                const at = p.completed.find((c) => c.exercise === e.id)?.at;
                return <td key={e.id}>{at ? formatDateTime(at, i18n.language) : t('report.notDone')}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
