/** The printable participant sheet: each participant's practice account and sign-in link. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiClientContext';
import { courseQuery } from '../../api/endpoints/training/courses';
import { isolate } from '../../i18n/bidi';
import { DataTable } from '../../ui/DataTable';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { trainingPaths } from './trainingPaths';

/** The app's own start page with ?as=<account>: the sign-in goes straight to that practice account. */
const signInLink = (accountId: string) => `${window.location.origin}/?as=${encodeURIComponent(accountId)}`;

export function SheetPage() {
  const { t } = useTranslation('training');
  const code = useParams().code ?? '';
  const client = useApiClient();
  const course = useQuery(courseQuery(client, code));
  if (course.isError) return <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void course.refetch()} />;
  if (!course.data) return <output>{t('loading')}</output>;
  const { course: info, participants, scenario } = course.data;
  return (
    <div className="training">
      <p className="training__no-print training__actions">
        <Link to={trainingPaths.course(code)}>{isolate(info.title)}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
      </p>
      <PageHeading>{t('sheet.title', { title: isolate(info.title) })}</PageHeading>
      <p>{t('sheet.intro')}</p>
      <p>{scenario.introduction}</p>
      <DataTable
        className="training__table"
        columns={[t('sheet.columns.participant'), t('sheet.columns.account'), t('sheet.columns.link')]}
        rows={participants}
        rowKey={(p) => p.accountId}
        renderCells={(p) => (
          <>
            <th scope="row">{t('board.number', { number: p.number })}</th>
            <td>{p.accountId}</td>
            <td>
              <a href={signInLink(p.accountId)}>{signInLink(p.accountId)}</a>
            </td>
          </>
        )}
      />
    </div>
  );
}
