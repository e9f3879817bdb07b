/**
 * Courses in the gateway database (ADR 0016): made from a scenario for 1–40 participants, each
 * with a practice account and a practice function mailbox granted to it in the registry.
 * Course time runs while the course runs (at its speed) and stands still while it is paused.
 */
import type { Kysely, Selectable } from 'kysely';
import { newCourseCode, practiceAccountId, practiceMailbox, PRACTICE_ORGANIZATION } from '../../src/sdk/training/practice';
import { visibilityOf, type Scenario } from '../../src/sdk/training/scenario';
import type { GatewayDatabase, TrainingCourseTable, TrainingParticipantTable } from '../db/schema';
import { withDatabase } from '../http/problems';

type Db = Kysely<GatewayDatabase>;
export type CourseRow = Selectable<TrainingCourseTable>;
export type ParticipantRow = Selectable<TrainingParticipantTable>;

export function courseMinute(course: CourseRow, now: Date): number {
  return courseMs(course, now) / 60_000;
}

export function courseMs(course: CourseRow, now: Date): number {
  const base = Number(course.elapsed_ms);
  if (course.state !== 'running' || !course.anchor_at) return base;
  return base + Math.max(0, now.getTime() - course.anchor_at.getTime()) * course.speed;
}

export const scenarioOf = (course: CourseRow): Scenario => course.scenario as Scenario;

/** A course held as rollout training 1–3 for these organisations (issue 9 part 8). */
export interface CourseRollout {
  training: 1 | 2 | 3;
  organizations: string[];
}

export async function createCourse(
  db: Db,
  input: { trainer: string; scenario: Scenario; participants: number; title?: string; rollout?: CourseRollout; now: Date },
): Promise<CourseRow> {
  return withDatabase(() =>
    db.transaction().execute(async (trx) => {
      let code = newCourseCode();
      for (let attempt = 0; attempt < 5; attempt++) {
        const taken = await trx.selectFrom('training_courses').select('code').where('code', '=', code).executeTakeFirst();
        if (!taken) break;
        code = newCourseCode();
      }
      const course = await trx
        .insertInto('training_courses')
        .values({ code, trainer_sub: input.trainer, title: input.title?.trim() || input.scenario.title, scenario: JSON.stringify(input.scenario), created_at: input.now })
        .returningAll()
        .executeTakeFirstOrThrow();
      const numbers = Array.from({ length: input.participants }, (_, i) => i + 1);
      await trx
        .insertInto('mailboxes')
        .values(numbers.map((n) => ({ id: practiceMailbox(code, n), organization_id: PRACTICE_ORGANIZATION.id, name: `Övningsbrevlåda deltagare ${n} (${code})` })))
        .execute();
      await trx
        .insertInto('grants')
        .values(numbers.map((n) => ({ mailbox_id: practiceMailbox(code, n), subject_kind: 'person' as const, subject: practiceAccountId(code, n), level: 'send' as const, valid_from: null, valid_to: null, granted_by: input.trainer })))
        .execute();
      // A shared scenario: each participant may also read (never send from) the others' mailboxes.
      if (visibilityOf(input.scenario) === 'shared' && numbers.length > 1) {
        await trx
          .insertInto('grants')
          .values(
            numbers.flatMap((owner) =>
              numbers
                .filter((reader) => reader !== owner)
                .map((reader) => ({ mailbox_id: practiceMailbox(code, owner), subject_kind: 'person' as const, subject: practiceAccountId(code, reader), level: 'read' as const, valid_from: null, valid_to: null, granted_by: input.trainer })),
            ),
          )
          .execute();
      }
      await trx
        .insertInto('training_participants')
        .values(numbers.map((n) => ({ course_code: code, number: n, account_id: practiceAccountId(code, n), mailbox_id: practiceMailbox(code, n) })))
        .execute();
      if (input.rollout && input.rollout.organizations.length > 0) {
        const { training, organizations } = input.rollout;
        await trx
          .insertInto('training_rollout')
          .values(organizations.map((organization_id) => ({ course_code: code, organization_id, training, held_at: null })))
          .execute();
      }
      return course;
    }),
  );
}

/** The trainer's own course; undefined for a course of another trainer (as if it did not exist). */
export async function ownCourse(db: Db, trainer: string, code: string): Promise<CourseRow | undefined> {
  return withDatabase(() => db.selectFrom('training_courses').selectAll().where('code', '=', code).where('trainer_sub', '=', trainer).executeTakeFirst());
}

export async function coursesOf(db: Db, trainer: string): Promise<CourseRow[]> {
  return withDatabase(() => db.selectFrom('training_courses').selectAll().where('trainer_sub', '=', trainer).orderBy('created_at', 'desc').execute());
}

export async function participantsOf(db: Db, code: string): Promise<ParticipantRow[]> {
  return withDatabase(() => db.selectFrom('training_participants').selectAll().where('course_code', '=', code).orderBy('number').execute());
}

export type ControlAction = { action: 'start' } | { action: 'pause' } | { action: 'resume' } | { action: 'jump'; minutes: number } | { action: 'speed'; speed: number };

/** Applies a start/pause/resume/jump/speed; undefined when the action does not fit the state. */
export async function controlCourse(db: Db, course: CourseRow, control: ControlAction, now: Date): Promise<CourseRow | undefined> {
  const elapsed = Math.round(courseMs(course, now));
  let set: Partial<{ state: CourseRow['state']; elapsed_ms: number; anchor_at: Date | null; speed: number }>;
  switch (control.action) {
    case 'start':
      if (course.state !== 'created') return undefined;
      set = { state: 'running', elapsed_ms: 0, anchor_at: now };
      break;
    case 'pause':
      if (course.state !== 'running') return undefined;
      set = { state: 'paused', elapsed_ms: elapsed, anchor_at: null };
      break;
    case 'resume':
      if (course.state !== 'paused') return undefined;
      set = { state: 'running', elapsed_ms: elapsed, anchor_at: now };
      break;
    case 'jump':
      if (course.state === 'created') return undefined;
      set = { elapsed_ms: elapsed + control.minutes * 60_000, anchor_at: course.state === 'running' ? now : null };
      break;
    case 'speed':
      set = { speed: control.speed, elapsed_ms: elapsed, anchor_at: course.state === 'running' ? now : null };
      break;
  }
  return withDatabase(() =>
    db.transaction().execute(async (trx) => {
      const updated = await trx.updateTable('training_courses').set(set).where('code', '=', course.code).returningAll().executeTakeFirst();
      // Started = held: the rollout trainings it stands for are done from now (rollout checklist).
      if (updated && control.action === 'start') {
        await trx.updateTable('training_rollout').set({ held_at: now }).where('course_code', '=', course.code).where('held_at', 'is', null).execute();
      }
      return updated;
    }),
  );
}

export async function rolloutOf(db: Db, code: string): Promise<{ training: 1 | 2 | 3; organizations: string[]; heldAt: string | null } | undefined> {
  const rows = await withDatabase(() => db.selectFrom('training_rollout').selectAll().where('course_code', '=', code).orderBy('organization_id').execute());
  const [first] = rows;
  if (!first) return undefined;
  return { training: first.training, organizations: rows.map((r) => r.organization_id), heldAt: first.held_at?.toISOString() ?? null };
}
