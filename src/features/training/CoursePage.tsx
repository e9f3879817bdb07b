/** A course: controls, the board (polled), hints, faults, reset; links to sheet and report. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiClientContext';
import { boardQuery, type TrainingBoard, type TrainingResult } from '../../api/endpoints/training/board';
import { controlCourse, type CourseControl } from '../../api/endpoints/training/courseControl';
import { courseQuery } from '../../api/endpoints/training/courses';
import { injectFault, type TrainingFault } from '../../api/endpoints/training/faults';
import { sendHint } from '../../api/endpoints/training/hints';
import { trainingKeys } from '../../api/endpoints/training/keys';
import { markExercise } from '../../api/endpoints/training/markExercise';
import { resetCourse } from '../../api/endpoints/training/reset';
import { isolate } from '../../i18n/bidi';
import { formatDateTime } from '../../i18n/format';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { trainingPaths } from './trainingPaths';

const BOARD_POLL_MS = 3000;

export function CoursePage() {
  const { t } = useTranslation('training');
  const code = useParams().code ?? '';
  const client = useApiClient();
  const board = useQuery({ ...boardQuery(client, code), refetchInterval: BOARD_POLL_MS });
  if (board.isError) return <LoadError message={t('loadError')} retryLabel={t('retry')} onRetry={() => void board.refetch()} />;
  if (!board.data) return <output>{t('loading')}</output>;
  return <Course code={code} board={board.data} />;
}

function Course({ code, board }: { code: string; board: TrainingBoard }) {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trainingKeys.all });
  const control = useMutation({ mutationFn: (body: CourseControl) => controlCourse(client, code, body), onSuccess: refresh });
  const reset = useMutation({ mutationFn: (participant?: number) => resetCourse(client, code, participant), onSuccess: refresh });
  const [speed, setSpeed] = useState(String(board.course.speed));
  const { course } = board;
  return (
    <div className="training">
      <p className="training__no-print">
        <Link to={trainingPaths.home()}>{t('course.back')}</Link>
      </p>
      <PageHeading>{isolate(course.title)}</PageHeading>
      <p>{t('course.summary', { code: course.code, state: t(`state.${course.state}`), minute: course.minute, speed: course.speed })}</p>
      <CourseFacts code={code} />
      <div className="training__actions">
        {course.state === 'created' ? (
          <button type="button" className="button button--primary" onClick={() => control.mutate({ action: 'start' })}>
            {t('course.start')}
          </button>
        ) : null}
        {course.state === 'running' ? (
          <button type="button" className="button" onClick={() => control.mutate({ action: 'pause' })}>
            {t('course.pause')}
          </button>
        ) : null}
        {course.state === 'paused' ? (
          <button type="button" className="button" onClick={() => control.mutate({ action: 'resume' })}>
            {t('course.resume')}
          </button>
        ) : null}
        {course.state !== 'created' ? (
          <button type="button" className="button" onClick={() => control.mutate({ action: 'jump', minutes: 10 })}>
            {t('course.jump')}
          </button>
        ) : null}
        <label htmlFor="training-speed">{t('course.speedLabel')}</label>
        <select id="training-speed" className="input" value={speed} onChange={(e) => setSpeed(e.target.value)}>
          {['1', '2', '5', '10', '30', '60'].map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => control.mutate({ action: 'speed', speed: Number(speed) })}>
          {t('course.setSpeed')}
        </button>
      </div>
      <div className="training__actions">
        <Link to={trainingPaths.sheet(code)}>{t('course.sheet')}</Link>
        <Link to={trainingPaths.report(code)}>{t('course.report')}</Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(t('course.confirmResetAll'))) reset.mutate(undefined);
          }}
        >
          {t('course.resetAll')}
        </button>
      </div>
      <Board code={code} board={board} onReset={(n) => reset.mutate(n)} />
      <HintForm code={code} numbers={board.participants.map((p) => p.number)} />
      <FaultForm code={code} numbers={board.participants.map((p) => p.number)} onDone={refresh} />
    </div>
  );
}

function WhyNotYet({ result }: { result: TrainingResult }) {
  const { t, i18n } = useTranslation('training');
  if (result.done) return <span className="training__done">{t('board.doneAt', { time: formatDateTime(result.at, i18n.language) })}</span>;
  const why = result.why;
  if (!why) return null;
  const text =
    why.code === 'not-resent' && why.lastTo
      ? t('board.why.not-resent-last', { to: isolate(why.to ?? ''), lastTo: isolate(why.lastTo) })
      : t(`board.why.${why.code}`, { to: isolate(why.to ?? ''), lastTo: isolate(why.lastTo ?? '') });
  return <span className="training__why">{text}</span>;
}

function Board({ code, board, onReset }: { code: string; board: TrainingBoard; onReset: (n: number) => void }) {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: (v: { number: number; exercise: string }) => markExercise(client, code, v.number, v.exercise, true),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.board(code) }),
  });
  return (
    <section aria-labelledby="training-board">
      <h2 id="training-board">{t('board.heading')}</h2>
      <table className="training__table">
        <caption>{t('board.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.participant')}</th>
            {board.exercises.map((e) => (
              <th key={e.id} scope="col">
                {isolate(e.title)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.participants.map((p) => (
            <tr key={p.number} data-participant={p.number}>
              <th scope="row">
                {t('board.number', { number: p.number })}
                {p.faults.length > 0 ? <div>{t('board.faults', { list: p.faults.map((f) => t(`fault.kinds.${f.kind}`)).join(', ') })}</div> : null}
                {p.hints > 0 ? <div>{t('board.hints', { count: p.hints })}</div> : null}
                <div>
                  <button type="button" className="button button--quiet" onClick={() => onReset(p.number)}>
                    {t('board.reset', { number: p.number })}
                  </button>
                </div>
              </th>
              {board.exercises.map((e) => {
                const result = p.results.find((r) => r.exercise === e.id);
                return (
                  <td key={e.id}>
                    {!p.readable ? t('board.unreadable') : result ? <WhyNotYet result={result} /> : null}
                    {e.byTrainer && result && !result.done ? (
                      <div>
                        <button type="button" className="button button--quiet" onClick={() => mark.mutate({ number: p.number, exercise: e.id })}>
                          {t('board.mark', { exercise: isolate(e.title), number: p.number })}
                        </button>
                      </div>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What the course detail adds to the board: shared visibility, and the rollout training it is (held or not). */
function CourseFacts({ code }: { code: string }) {
  const { t, i18n } = useTranslation('training');
  const client = useApiClient();
  const detail = useQuery(courseQuery(client, code)).data;
  if (!detail) return null;
  const { rollout } = detail;
  const values = rollout ? { number: rollout.training, organizations: rollout.organizations.map(isolate).join(', ') } : undefined;
  return (
    <>
      {detail.scenario.visibility === 'shared' ? <p>{t('course.shared')}</p> : null}
      {rollout && values ? <p>{rollout.heldAt ? t('course.rolloutHeld', { ...values, at: formatDateTime(rollout.heldAt, i18n.language) }) : t('course.rolloutPending', values)}</p> : null}
    </>
  );
}

function ParticipantSelect({ id, label, all, numbers, value, onChange }: { id: string; label: string; all: string; numbers: number[]; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('training');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {numbers.map((n) => (
          <option key={n} value={String(n)}>
            {t('board.number', { number: n })}
          </option>
        ))}
      </select>
    </>
  );
}

function HintForm({ code, numbers }: { code: string; numbers: number[] }) {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const [text, setText] = useState('');
  const [to, setTo] = useState('');
  const send = useMutation({ mutationFn: () => sendHint(client, code, { text, ...(to ? { participant: Number(to) } : {}) }), onSuccess: () => setText('') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) send.mutate();
  };
  return (
    <section aria-labelledby="training-hint">
      <h2 id="training-hint">{t('hint.heading')}</h2>
      <form className="training__form" onSubmit={submit}>
        <label htmlFor="training-hint-text">{t('hint.text')}</label>
        <textarea id="training-hint-text" className="input" value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        <ParticipantSelect id="training-hint-to" label={t('hint.to')} all={t('hint.all')} numbers={numbers} value={to} onChange={setTo} />
        <div>
          <button type="submit" className="button">
            {t('hint.send')}
          </button>
        </div>
        {send.isSuccess ? <output>{t('hint.sent')}</output> : null}
      </form>
    </section>
  );
}

function FaultForm({ code, numbers, onDone }: { code: string; numbers: number[]; onDone: () => void }) {
  const { t } = useTranslation('training');
  const client = useApiClient();
  const [kind, setKind] = useState<TrainingFault['kind']>('reject');
  const [reason, setReason] = useState<'BV' | 'SIG' | 'XSD'>('BV');
  const [minutes, setMinutes] = useState('5');
  const [to, setTo] = useState('');
  const inject = useMutation({
    mutationFn: () => {
      const fault: TrainingFault = kind === 'reject' ? { kind, code: reason } : kind === 'session-expires' ? { kind } : { kind, minutes: Number(minutes) };
      return injectFault(client, code, { fault, ...(to ? { participant: Number(to) } : {}) });
    },
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    inject.mutate();
  };
  return (
    <section aria-labelledby="training-fault">
      <h2 id="training-fault">{t('fault.heading')}</h2>
      <form className="training__form" onSubmit={submit}>
        <label htmlFor="training-fault-kind">{t('fault.kind')}</label>
        <select id="training-fault-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as TrainingFault['kind'])}>
          {(['reject', 'delay-receipt', 'unavailable', 'session-expires'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`fault.kinds.${k}`)}
            </option>
          ))}
        </select>
        {kind === 'reject' ? (
          <>
            <label htmlFor="training-fault-code">{t('fault.code')}</label>
            <select id="training-fault-code" className="input" value={reason} onChange={(e) => setReason(e.target.value as 'BV' | 'SIG' | 'XSD')}>
              {(['BV', 'SIG', 'XSD'] as const).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {kind === 'delay-receipt' || kind === 'unavailable' ? (
          <>
            <label htmlFor="training-fault-minutes">{t('fault.minutes')}</label>
            <input id="training-fault-minutes" className="input" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </>
        ) : null}
        <ParticipantSelect id="training-fault-to" label={t('fault.to')} all={t('fault.all')} numbers={numbers} value={to} onChange={setTo} />
        <div>
          <button type="submit" className="button">
            {t('fault.inject')}
          </button>
        </div>
        {inject.data ? <output>{t('fault.injected', { list: inject.data.join(', ') })}</output> : null}
      </form>
    </section>
  );
}
