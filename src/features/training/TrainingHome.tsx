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

/** Organisation ids as the gateway's registry has them (0203:malmo.se), typed comma-separated. */
const ORGANIZATION_ID = /^\d{4}:[^\s:,]+$/;
const organizationList = (text: string) => [...new Set(text.split(/[,\n]/).map((o) => o.trim()).filter((o) => o !== ''))];

function NewCourse() {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const navigate = useNavigate();
  const scenarios = useQuery(scenariosQuery(client));
  const [scenarioId, setScenarioId] = useState('');
  const [participants, setParticipants] = useState('3');
  const [title, setTitle] = useState('');
  const [training, setTraining] = useState('');
  const [organizations, setOrganizations] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      createCourse(client, {
        scenarioId: scenarioId || (scenarios.data?.[0]?.scenario.id ?? ''),
        participants: Number(participants),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(training ? { rollout: { training: Number(training) as 1 | 2 | 3, organizations: organizationList(organizations) } } : {}),
      }),
    onSuccess: (detail) => void navigate(trainingPaths.course(detail.course.code)),
  });
  const serverErrors = create.error instanceof MessagesApiError ? (create.error.problem?.eventIssues ?? []) : [];
  /** The gateway names the field; the text is ours (Swedish first), with the ids it refused. */
  const errorOf = (field: string): string | undefined => {
    if (localErrors[field]) return localErrors[field];
    const issue = serverErrors.find((e) => e.in === field);
    if (!issue) return undefined;
    if (field === 'participants') return t('newCourse.errors.participants');
    if (field === 'rollout.training') return t('newCourse.errors.training');
    if (field === 'rollout.organizations') {
      const refused = organizationList(organizations).filter((o) => issue.detail?.includes(o));
      return refused.length > 0 ? t('newCourse.errors.organizationsUnknown', { list: refused.map(isolate).join(', ') }) : t('newCourse.errors.organizations');
    }
    return issue.detail;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (training) {
      const list = organizationList(organizations);
      const malformed = list.filter((o) => !ORGANIZATION_ID.test(o));
      if (list.length === 0) errors['rollout.organizations'] = t('newCourse.errors.organizations');
      else if (malformed.length > 0) errors['rollout.organizations'] = t('newCourse.errors.organizationsFormat', { list: malformed.map(isolate).join(', ') });
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) create.mutate();
  };
  const participantsError = errorOf('participants');
  const trainingError = errorOf('rollout.training');
  const organizationsError = errorOf('rollout.organizations');
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
          aria-invalid={participantsError ? true : undefined}
          aria-describedby={participantsError ? 'training-participants-error' : undefined}
        />
        {participantsError ? (
          <p id="training-participants-error" className="field-error">
            {participantsError}
          </p>
        ) : null}
        <label htmlFor="training-title">{t('newCourse.titleLabel')}</label>
        <input id="training-title" className="input" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        <fieldset className="training__fieldset">
          <legend>{t('newCourse.rollout.legend')}</legend>
          <p id="training-rollout-help">{t('newCourse.rollout.help')}</p>
          <label htmlFor="training-rollout-training">{t('newCourse.rollout.training')}</label>
          <select
            id="training-rollout-training"
            className="input"
            value={training}
            onChange={(e) => setTraining(e.target.value)}
            aria-invalid={trainingError ? true : undefined}
            aria-describedby={trainingError ? 'training-rollout-training-error' : 'training-rollout-help'}
          >
            <option value="">{t('newCourse.rollout.none')}</option>
            {['1', '2', '3'].map((n) => (
              <option key={n} value={n}>
                {t('newCourse.rollout.number', { number: n })}
              </option>
            ))}
          </select>
          {trainingError ? (
            <p id="training-rollout-training-error" className="field-error">
              {trainingError}
            </p>
          ) : null}
          <label htmlFor="training-rollout-organizations">{t('newCourse.rollout.organizations')}</label>
          <input
            id="training-rollout-organizations"
            className="input"
            type="text"
            value={organizations}
            onChange={(e) => setOrganizations(e.target.value)}
            disabled={!training}
            placeholder="0203:malmo.se, 0203:lund.se"
            aria-invalid={organizationsError ? true : undefined}
            aria-describedby={organizationsError ? 'training-rollout-organizations-error' : 'training-rollout-help'}
          />
          {organizationsError ? (
            <p id="training-rollout-organizations-error" className="field-error">
              {organizationsError}
            </p>
          ) : null}
        </fieldset>
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
