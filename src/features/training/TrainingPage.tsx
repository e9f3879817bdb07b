/**
 * The trainer's console at /utbildning/* (issue 11, ADR 0016), loaded on demand: the scenario
 * library and courses, a course's board, the participant sheet and the report. Only users with
 * the trainer role; the gateway refuses everyone else too (403).
 */
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { CoursePage } from './CoursePage';
import { ReportPage } from './ReportPage';
import { SheetPage } from './SheetPage';
import { TrainingHome } from './TrainingHome';
import './training.css';

export function TrainingPage() {
  const { t } = useTranslation('training');
  const { user } = useSession();
  if (!user.roles.includes('trainer')) {
    return (
      <div className="page page--narrow">
        <PageHeading focusOnMount>{t('title')}</PageHeading>
        <p>{t('noAccess')}</p>
      </div>
    );
  }
  return (
    <Routes>
      <Route index element={<TrainingHome />} />
      <Route path="kurs/:code" element={<CoursePage />} />
      <Route path="kurs/:code/deltagarblad" element={<SheetPage />} />
      <Route path="kurs/:code/rapport" element={<ReportPage />} />
    </Routes>
  );
}
