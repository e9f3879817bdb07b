/** The console's start: scenario library (import/export), new course form, the trainer's courses. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessagesApiError } from '../../api/apiError';
import { useApiClient } from '../../api/ApiClientContext';
import { coursesQuery, createCourse } from '../../api/endpoints/training/courses';
import { trainingKeys } from '../../api/endpoints/training/keys';
import { importScenario, scenariosQuery, type TrainingScenarioEntry } from '../../api/endpoints/training/scenarios';
import { isolate } from '../../i18n/bidi';
import { parseScenarioText, type ScenarioFieldError } from '../../sdk/training/scenario';
import { DataTable } from '../../ui/DataTable';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { trainingPaths } from './trainingPaths';

export function TrainingHome() {
  const { t } = useTranslation('training');
  return (
    <div className="training">
      <PageHeading>{t('title')}</PageHeading>
      <CourseList />
      <NewCourse />
      <Library />
    </div>
  );
}

function CourseList() {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const courses = useQuery(coursesQuery(client));
  return (
    <section aria-labelledby="training-courses">
      <h2 id="training-courses">{t('courses.heading')}</h2>
      {courses.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void courses.refetch()} /> : null}
      {courses.data?.length === 0 ? <p>{t('courses.empty')}</p> : null}
      {courses.data && courses.data.length > 0 ? (
        <DataTable
          className="training__table"
          columns={[t('courses.columns.title'), t('courses.columns.code'), t('courses.columns.state'), t('courses.columns.participants')]}
          rows={courses.data}
          rowKey={(c) => c.code}
          renderCells={(c) => (
            <>
              <th scope="row">
                <Link to={trainingPaths.course(c.code)}>{isolate(c.title)}</Link>
              </th>
              <td>{c.code}</td>
              <td>{t(`state.${c.state}`)}</td>
              <td>{c.participants}</td>
            </>
          )}
        />
      ) : null}
    </section>
  );
}

function NewCourse() {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const navigate = useNavigate();
  const scenarios = useQuery(scenariosQuery(client));
  const [scenarioId, setScenarioId] = useState('');
  const [participants, setParticipants] = useState('3');
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => createCourse(client, { scenarioId: scenarioId || (scenarios.data?.[0]?.scenario.id ?? ''), participants: Number(participants), ...(title.trim() ? { title: title.trim() } : {}) }),
    onSuccess: (detail) => void navigate(trainingPaths.course(detail.course.code)),
  });
  const errors = create.error instanceof MessagesApiError ? (create.error.problem?.eventIssues ?? []) : [];
  const errorOf = (field: string) => errors.find((e) => e.in === field)?.detail;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="training-new">
      <h2 id="training-new">{t('newCourse.heading')}</h2>
      <form className="training__form" onSubmit={submit} noValidate>
        <label htmlFor="training-scenario">{t('newCourse.scenario')}</label>
        <select id="training-scenario" className="input" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
          {(scenarios.data ?? []).map(({ scenario }) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
        <label htmlFor="training-participants">{t('newCourse.participants')}</label>
        <input
          id="training-participants"
          className="input"
          type="number"
          min={1}
          max={40}
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
          aria-invalid={errorOf('participants') ? true : undefined}
          aria-describedby={errorOf('participants') ? 'training-participants-error' : undefined}
        />
        {errorOf('participants') ? (
          <p id="training-participants-error" className="field-error">
            {errorOf('participants')}
          </p>
        ) : null}
        <label htmlFor="training-title">{t('newCourse.titleLabel')}</label>
        <input id="training-title" className="input" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        <div>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('newCourse.creating') : t('newCourse.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function exportHref(entry: TrainingScenarioEntry): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(entry.scenario, null, 2))}`;
}

function Library() {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const scenarios = useQuery(scenariosQuery(client));
  const [fieldErrors, setFieldErrors] = useState<ScenarioFieldError[]>([]);
  const [imported, setImported] = useState<string | undefined>();

  async function onFile(file: File | undefined) {
    setImported(undefined);
    if (!file) return;
    // Checked here first with the same schema as the gateway, so errors name the field at once.
    const parsed = parseScenarioText(await file.text());
    if (!parsed.ok) {
      setFieldErrors(parsed.errors);
      return;
    }
    try {
      const entry = await importScenario(client, parsed.scenario);
      setFieldErrors([]);
      setImported(entry.scenario.title);
      await queryClient.invalidateQueries({ queryKey: trainingKeys.scenarios() });
    } catch (error) {
      const issues = error instanceof MessagesApiError ? (error.problem?.eventIssues ?? []) : [];
      setFieldErrors(issues.length > 0 ? issues.map((i) => ({ field: i.in ?? '', message: i.detail ?? '' })) : [{ field: '(hela filen)', message: t('loadError') }]);
    }
  }

  return (
    <section aria-labelledby="training-library">
      <h2 id="training-library">{t('library.heading')}</h2>
      {scenarios.isError ? <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void scenarios.refetch()} /> : null}
      {scenarios.data ? (
        <DataTable
          className="training__table"
          columns={[t('library.columns.title'), t('library.columns.audience'), t('library.columns.duration'), t('library.columns.exercises'), t('library.columns.actions')]}
          rows={scenarios.data}
          rowKey={(s) => s.scenario.id}
          renderCells={(entry) => (
            <>
              <th scope="row">
                {isolate(entry.scenario.title)} <small>({entry.source === 'shipped' ? t('library.shipped') : t('library.own')})</small>
              </th>
              <td>{t(`library.audience.${entry.scenario.audience}`)}</td>
              <td>{t('library.minutes', { count: entry.scenario.durationMinutes })}</td>
              <td>{entry.scenario.exercises.map((e) => e.title).join(', ')}</td>
              <td>
                <a href={exportHref(entry)} download={`${entry.scenario.id}.json`}>
                  {t('library.exportLink', { title: isolate(entry.scenario.title) })}
                </a>
              </td>
            </>
          )}
        />
      ) : null}
      <div className="training__form">
        <label htmlFor="training-import">{t('library.importLabel')}</label>
        <input
          id="training-import"
          type="file"
          accept="application/json,.json"
          aria-describedby={fieldErrors.length > 0 ? 'training-import-errors' : undefined}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {imported ? <output>{t('library.imported', { title: isolate(imported) })}</output> : null}
        {fieldErrors.length > 0 ? (
          <div id="training-import-errors" role="alert" className="training__errors">
            <p>{t('library.importErrors')}</p>
            <ul>
              {fieldErrors.map((e) => (
                <li key={`${e.field}:${e.message}`}>
                  <code>{e.field}</code>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
