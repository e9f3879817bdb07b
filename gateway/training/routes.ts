/**
 * /mk/training/… — the trainer's course server (issue 11, ADR 0016). Every route but /me needs
 * the role `trainer` in the access token; a trainer sees only her own courses (another
 * trainer's is a 404). /mk/training/me tells a practice account its course and hints.
 */
import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { badRequestResponse, forbiddenResponse, notFoundResponse, problemInstance, problemResponse } from '../../src/api/problemResponses';
import type { components } from '../../src/api/schema.gen';
import { readRecord } from '../../src/sdk/readValue';
import type { CheckResult } from '../../src/sdk/training/checks';
import { shippedScenarios } from '../../src/sdk/training/library';
import { MAX_PARTICIPANTS, parsePracticeAccount } from '../../src/sdk/training/practice';
import { FAULT_KINDS, parseScenario, REJECT_CODES, type Fault, type RejectCode, type Scenario } from '../../src/sdk/training/scenario';
import { authenticate } from '../auth/authenticate';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { withDatabase } from '../http/problems';
import { readCourseRollout } from './courseRollout';
import { controlCourse, courseMinute, coursesOf, createCourse, ownCourse, participantsOf, rolloutOf, scenarioOf, type ControlAction, type CourseRow } from './courses';
import { applyFault, deliverDue, progressOf, resetParticipant } from './engine';
import { simOf, TrainingSimError } from './sim';

type Schemas = components['schemas'];
type Ctx = Context<GatewayEnv>;

export const TRAINER_ROLE = 'trainer';

const requireTrainer = createMiddleware<GatewayEnv>(async (c, next) => {
  if (!c.var.user.roles.includes(TRAINER_ROLE)) return forbiddenResponse('The course server is only for users with the trainer role.', problemInstance(c.req.url));
  return next();
});

const fieldProblem = (detail: string, instance: string, errors: { field: string; message: string }[]) =>
  badRequestResponse(detail, instance, errors.map((e) => ({ typeCode: 'BV', title: 'Invalid field', detail: e.message, in: e.field })));

export function trainingRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const db = deps.db.db;
  const trainer = [authenticate(deps.verifyToken), requireTrainer] as const;

  async function scenariosOf(sub: string): Promise<{ scenario: Scenario; source: 'shipped' | 'imported' }[]> {
    const imported = await withDatabase(() => db.selectFrom('training_scenarios').select('scenario').where('trainer_sub', '=', sub).orderBy('imported_at').execute());
    const own = imported.map((r) => ({ scenario: r.scenario as Scenario, source: 'imported' as const }));
    return [...shippedScenarios().filter((s) => !own.some((o) => o.scenario.id === s.id)).map((scenario) => ({ scenario, source: 'shipped' as const })), ...own];
  }

  /** The caller's course with its due events delivered, or the 404 to answer. */
  async function course(c: Ctx): Promise<{ row: CourseRow } | { response: Response }> {
    const row = await ownCourse(db, c.var.user.subject, c.req.param('code') ?? '');
    if (!row) return { response: notFoundResponse(problemInstance(c.req.url)) };
    return { row };
  }

  const view = (row: CourseRow, participants: number): Schemas['TrainingCourse'] => ({
    code: row.code,
    title: row.title,
    scenarioId: scenarioOf(row).id,
    state: row.state,
    speed: row.speed,
    minute: Math.floor(courseMinute(row, deps.clock()) * 10) / 10,
    participants,
    createdAt: row.created_at.toISOString(),
  });

  const simFailure = (error: unknown, instance: string) => {
    if (error instanceof TrainingSimError) return problemResponse({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail: error.message, instance }, { status: 502 });
    throw error;
  };

  routes.get('/mk/training/scenarios', ...trainer, async (c) => {
    const data = (await scenariosOf(c.var.user.subject)).map(({ scenario, source }) => ({ source, scenario }));
    return c.json({ data } as Schemas['TrainingScenarioList']);
  });

  routes.post('/mk/training/scenarios', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const parsed = parseScenario(await c.req.json().catch(() => undefined));
    if (!parsed.ok) return fieldProblem('The scenario file is not valid; see the fields named.', instance, parsed.errors);
    await withDatabase(() =>
      db
        .insertInto('training_scenarios')
        .values({ trainer_sub: c.var.user.subject, id: parsed.scenario.id, scenario: JSON.stringify(parsed.scenario), imported_at: deps.clock() })
        .onConflict((oc) => oc.columns(['trainer_sub', 'id']).doUpdateSet({ scenario: JSON.stringify(parsed.scenario) }))
        .execute(),
    );
    return c.json({ source: 'imported', scenario: parsed.scenario } as Schemas['TrainingScenarioEntry'], 201);
  });

  routes.get('/mk/training/courses', ...trainer, async (c) => {
    const rows = await coursesOf(db, c.var.user.subject);
    const counts = await Promise.all(rows.map((r) => participantsOf(db, r.code).then((p) => p.length)));
    return c.json({ data: rows.map((r, i) => view(r, counts[i] ?? 0)) } as Schemas['TrainingCourseList']);
  });

  routes.post('/mk/training/courses', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const errors: { field: string; message: string }[] = [];
    const participants = body['participants'];
    if (typeof participants !== 'number' || !Number.isInteger(participants) || participants < 1 || participants > MAX_PARTICIPANTS) {
      errors.push({ field: 'participants', message: `1–${MAX_PARTICIPANTS} participants.` });
    }
    const scenario = (await scenariosOf(c.var.user.subject)).find((s) => s.scenario.id === body['scenarioId'])?.scenario;
    if (!scenario) errors.push({ field: 'scenarioId', message: 'No scenario with this id in your library.' });
    const title = typeof body['title'] === 'string' ? body['title'].slice(0, 160) : undefined;
    const { rollout, errors: rolloutErrors } = await readCourseRollout(db, body['rollout']);
    errors.push(...rolloutErrors);
    if (errors.length > 0 || !scenario) return fieldProblem('The course cannot be created; see the fields named.', instance, errors);
    const row = await createCourse(db, {
      trainer: c.var.user.subject,
      scenario,
      participants: participants as number,
      ...(title ? { title } : {}),
      ...(rollout ? { rollout } : {}),
      now: deps.clock(),
    });
    c.header('Location', `/api/mk/training/courses/${row.code}`);
    return c.json(await detail(row), 201);
  });

  async function detail(row: CourseRow): Promise<Schemas['TrainingCourseDetail']> {
    const [participants, rollout] = await Promise.all([participantsOf(db, row.code), rolloutOf(db, row.code)]);
    return {
      course: view(row, participants.length),
      ...(rollout ? { rollout } : {}),
      scenario: scenarioOf(row) as unknown as Schemas['TrainingCourseDetail']['scenario'],
      participants: participants.map((p) => ({ number: p.number, accountId: p.account_id, mailbox: p.mailbox_id, name: parsePracticeAccount(p.account_id)?.name ?? p.account_id })),
    };
  }

  routes.get('/mk/training/courses/:code', ...trainer, async (c) => {
    const found = await course(c);
    if ('response' in found) return found.response;
    return c.json(await detail(found.row));
  });

  routes.post('/mk/training/courses/:code/control', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const control = readControl(body);
    if (!control) return fieldProblem('Give an action: start, pause, resume, jump (with minutes 1–240) or speed (0.5–60).', instance, [{ field: 'action', message: 'start, pause, resume, jump or speed' }]);
    const updated = await controlCourse(db, found.row, control, deps.clock());
    if (!updated) {
      return problemResponse({ type: 'about:blank', title: 'Conflict', status: 409, detail: `The course is ${found.row.state}; ${control.action} does not apply.`, instance }, { status: 409 });
    }
    try {
      // The simulated federation follows the course clock (statuses, receipts).
      if (control.action === 'jump') await simOf(deps.mt).setClock({ advanceSeconds: control.minutes * 60 });
      if (control.action === 'speed') await simOf(deps.mt).setClock({ speed: control.speed });
      await deliverDue(deps, updated, instance);
    } catch (error) {
      return simFailure(error, instance);
    }
    return c.json(await detail(updated));
  });

  routes.get('/mk/training/courses/:code/board', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    try {
      await deliverDue(deps, found.row, instance);
    } catch (error) {
      return simFailure(error, instance);
    }
    const scenario = scenarioOf(found.row);
    const [progress, faults, hints] = await Promise.all([
      progressOf(deps, found.row, instance),
      withDatabase(() => db.selectFrom('training_faults').selectAll().where('course_code', '=', found.row.code).orderBy('id').execute()),
      withDatabase(() => db.selectFrom('training_hints').selectAll().where('course_code', '=', found.row.code).orderBy('id').execute()),
    ]);
    c.header('Cache-Control', 'private, no-store');
    const body: Schemas['TrainingBoard'] = {
      course: view(found.row, progress.length),
      exercises: scenario.exercises.map((e) => ({ id: e.id, title: e.title, byTrainer: e.check.kind === 'trainer' })),
      participants: progress.map(({ participant, results }) => ({
        number: participant.number,
        accountId: participant.account_id,
        readable: results !== undefined,
        results: (results ?? []).map(({ exercise, result }) => resultView(exercise, result)),
        faults: faults.filter((f) => f.number === participant.number).map((f) => ({ kind: f.kind, detail: f.detail, at: f.at.toISOString() })),
        hints: hints.filter((h) => h.number === null || h.number === participant.number).length,
      })),
    };
    return c.json(body);
  });

  routes.post('/mk/training/courses/:code/hints', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const text = typeof body['text'] === 'string' ? body['text'].trim() : '';
    const number = await participantNumber(found.row, body['participant']);
    if (text === '' || text.length > 1000 || number === false) {
      return fieldProblem('A hint needs text (at most 1000 characters), to one participant (her number) or to all (no participant).', instance, [
        ...(text === '' || text.length > 1000 ? [{ field: 'text', message: '1–1000 characters' }] : []),
        ...(number === false ? [{ field: 'participant', message: 'no such participant' }] : []),
      ]);
    }
    await withDatabase(() => db.insertInto('training_hints').values({ course_code: found.row.code, number, text, at: deps.clock() }).execute());
    return c.json({ ok: true }, 201);
  });

  routes.post('/mk/training/courses/:code/faults', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const number = await participantNumber(found.row, body['participant']);
    const fault = readFault(readRecord(body['fault']));
    if (!fault || number === false) {
      return fieldProblem('Give a fault (reject with code BV/SIG/XSD, delay-receipt or unavailable with minutes, session-expires) and a participant (or none for all).', instance, [
        ...(!fault ? [{ field: 'fault', message: FAULT_KINDS.join(', ') }] : []),
        ...(number === false ? [{ field: 'participant', message: 'no such participant' }] : []),
      ]);
    }
    const targets = (await participantsOf(db, found.row.code)).filter((p) => number === null || p.number === number);
    try {
      for (const participant of targets) await applyFault(deps, found.row, participant, fault);
    } catch (error) {
      return simFailure(error, instance);
    }
    return c.json({ participants: targets.map((p) => p.number) }, 201);
  });

  routes.post('/mk/training/courses/:code/reset', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const number = await participantNumber(found.row, body['participant']);
    if (number === false) return fieldProblem('No such participant.', instance, [{ field: 'participant', message: 'no such participant' }]);
    const targets = (await participantsOf(db, found.row.code)).filter((p) => number === null || p.number === number);
    try {
      for (const participant of targets) await resetParticipant(deps, found.row, participant);
      if (number === null) await withDatabase(() => db.deleteFrom('training_hints').where('course_code', '=', found.row.code).execute());
      // What is due is delivered again at once: the starting state of the scenario.
      await deliverDue(deps, found.row, instance);
    } catch (error) {
      return simFailure(error, instance);
    }
    return c.json({ participants: targets.map((p) => p.number) });
  });

  routes.post('/mk/training/courses/:code/participants/:number/exercises/:exercise', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const number = Number(c.req.param('number'));
    const participant = (await participantsOf(db, found.row.code)).find((p) => p.number === number);
    const exercise = scenarioOf(found.row).exercises.find((e) => e.id === c.req.param('exercise'));
    if (!participant || !exercise) return notFoundResponse(instance);
    const body = readRecord(await c.req.json().catch(() => undefined)) ?? {};
    const marked = { ...participant.marked_done };
    if (body['done'] === false) delete marked[exercise.id];
    else marked[exercise.id] = deps.clock().toISOString();
    await withDatabase(() =>
      db.updateTable('training_participants').set({ marked_done: JSON.stringify(marked) }).where('course_code', '=', found.row.code).where('number', '=', number).execute(),
    );
    return c.json({ ok: true });
  });

  routes.get('/mk/training/courses/:code/report', ...trainer, async (c) => {
    const instance = problemInstance(c.req.url);
    const found = await course(c);
    if ('response' in found) return found.response;
    const scenario = scenarioOf(found.row);
    const progress = await progressOf(deps, found.row, instance);
    const report: Schemas['TrainingReport'] = {
      course: view(found.row, progress.length),
      exercises: scenario.exercises.map((e) => ({ id: e.id, title: e.title, byTrainer: e.check.kind === 'trainer' })),
      participants: progress.map(({ participant, results }) => ({
        number: participant.number,
        accountId: participant.account_id,
        completed: (results ?? []).map(({ exercise, result }) => ({ exercise, at: result.done ? result.at : null })),
      })),
    };
    if (c.req.query('format') === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="kursrapport-${found.row.code}.csv"`);
      return c.body(reportCsv(report));
    }
    return c.json(report);
  });

  routes.get('/mk/training/me', authenticate(deps.verifyToken), async (c) => {
    const account = parsePracticeAccount(c.var.user.subject);
    const participant = account
      ? await withDatabase(() => db.selectFrom('training_participants').selectAll().where('account_id', '=', account.id).executeTakeFirst())
      : undefined;
    if (!participant) return notFoundResponse(problemInstance(c.req.url));
    const [row, hints] = await Promise.all([
      withDatabase(() => db.selectFrom('training_courses').select(['code', 'title']).where('code', '=', participant.course_code).executeTakeFirstOrThrow()),
      withDatabase(() =>
        db
          .selectFrom('training_hints')
          .select(['text', 'at'])
          .where('course_code', '=', participant.course_code)
          .where((eb) => eb.or([eb('number', 'is', null), eb('number', '=', participant.number)]))
          .orderBy('id', 'desc')
          .execute(),
      ),
    ]);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ code: row.code, title: row.title, participant: participant.number, hints: hints.map((h) => ({ text: h.text, at: h.at.toISOString() })) } satisfies Schemas['TrainingMe']);
  });

  /** null = all participants; false = a number given that is not a participant of the course. */
  async function participantNumber(row: CourseRow, value: unknown): Promise<number | null | false> {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number') return false;
    const participants = await participantsOf(db, row.code);
    return participants.some((p) => p.number === value) ? value : false;
  }

  return routes;
}

function resultView(exercise: string, result: CheckResult): Schemas['TrainingResult'] {
  return result.done ? { exercise, done: true, at: result.at } : { exercise, done: false, why: result.why as unknown as Schemas['TrainingResult']['why'] };
}

function readControl(body: Record<string, unknown>): ControlAction | undefined {
  const action = body['action'];
  if (action === 'start' || action === 'pause' || action === 'resume') return { action };
  const minutes = body['minutes'];
  if (action === 'jump' && typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 240) return { action, minutes };
  const speed = body['speed'];
  if (action === 'speed' && typeof speed === 'number' && speed >= 0.5 && speed <= 60) return { action, speed };
  return undefined;
}

function readFault(value: Record<string, unknown> | undefined): Fault | undefined {
  if (!value) return undefined;
  const minutes = value['minutes'];
  const validMinutes = typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 600;
  switch (value['kind']) {
    case 'reject':
      return (REJECT_CODES as readonly unknown[]).includes(value['code']) ? { kind: 'reject', code: value['code'] as RejectCode } : undefined;
    case 'delay-receipt':
      return validMinutes ? { kind: 'delay-receipt', minutes } : undefined;
    case 'unavailable':
      return validMinutes ? { kind: 'unavailable', minutes } : undefined;
    case 'session-expires':
      return { kind: 'session-expires' };
    default:
      return undefined;
  }
}

const csvCell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per participant, one column per exercise with when it was completed (empty: not yet). */
export function reportCsv(report: Schemas['TrainingReport']): string {
  const header = ['deltagare', 'konto', ...report.exercises.map((e) => e.title)];
  const rows = report.participants.map((p) => [String(p.number), p.accountId, ...report.exercises.map((e) => p.completed.find((x) => x.exercise === e.id)?.at ?? '')]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
