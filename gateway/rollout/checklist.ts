/**
 * The rollout checklist of an organisation (ADR 0017): the facts the MK sees in its own data,
 * read from the registry, the address-book copy and the connection tests, plus the hand ticks
 * (rollout_milestones), turned into each milestone's status by src/sdk/rollout.
 *
 * Connection tests live in table connection_test_runs (migration 0004, ADR 0014); it is read
 * only when it exists, so this works with or without that migration. Trainings 1–3 come from the
 * course server (issue 11, migration 0008): a course marked as that rollout training for the
 * organisation, once started, makes it done (the first such course, with when).
 */
import { sql, type Kysely } from 'kysely';
import {
  isMilestoneId,
  rolloutStatus,
  type ManualTick,
  type MilestoneId,
  type MilestoneStatus,
  type RolloutEnvironment,
  type RolloutFacts,
  type TrainingHeld,
} from '../../src/sdk/rollout';
import { checkOrganizationAddressBook } from '../addressBook/check';
import type { GatewayDatabase } from '../db/schema';

type Db = Kysely<GatewayDatabase>;

/** Published and matching as the console's address-book check judges it (src/sdk/addressBookCheck). */
async function mailboxFacts(db: Db, organizationId: string): Promise<RolloutFacts['mailboxes']> {
  const { mailboxes } = await checkOrganizationAddressBook(db, organizationId);
  return mailboxes
    .filter((m) => m.active)
    .map((m) => ({ id: m.mailboxId, published: m.state !== 'missing', matches: m.state === 'matches' }));
}

async function connectionTestFacts(db: Db, organizationId: string): Promise<RolloutFacts['passedConnectionTests']> {
  const exists = await sql<{ present: string | null }>`select to_regclass('connection_test_runs')::text as present`.execute(db);
  if (!exists.rows[0]?.present) return undefined;
  const rows = await sql<{ environment: string; mailbox_id: string; finished_at: Date | string }>`
    select environment, mailbox_id, finished_at from connection_test_runs
    where organization_id = ${organizationId} and outcome = 'passed' and finished_at is not null
    order by finished_at desc`.execute(db);
  const passed: NonNullable<RolloutFacts['passedConnectionTests']> = {};
  for (const row of rows.rows) {
    const environment = row.environment as RolloutEnvironment;
    if (!['DEMO', 'QA', 'PROD'].includes(environment) || passed[environment]) continue;
    passed[environment] = { at: new Date(row.finished_at).toISOString(), mailbox: row.mailbox_id };
  }
  return passed;
}

/** The first course held as each rollout training for the organisation. */
async function trainingFacts(db: Db, organizationId: string): Promise<Partial<Record<1 | 2 | 3, TrainingHeld>>> {
  const rows = await db
    .selectFrom('training_rollout')
    .select(['training', 'course_code', 'held_at'])
    .where('organization_id', '=', organizationId)
    .where('held_at', 'is not', null)
    .orderBy('held_at')
    .execute();
  const held: Partial<Record<1 | 2 | 3, TrainingHeld>> = {};
  for (const row of rows) {
    if (row.held_at && !held[row.training]) held[row.training] = { at: row.held_at.toISOString(), course: row.course_code };
  }
  return held;
}

export async function manualTicks(db: Db, organizationId: string): Promise<ManualTick[]> {
  const rows = await db.selectFrom('rollout_milestones').selectAll().where('organization_id', '=', organizationId).execute();
  return rows.flatMap((row) =>
    isMilestoneId(row.milestone)
      ? [{ milestone: row.milestone, done: row.done, by: { sub: row.updated_by_sub, name: row.updated_by_name }, at: row.updated_at.toISOString() }]
      : [],
  );
}

export async function rolloutFacts(db: Db, organizationId: string): Promise<RolloutFacts> {
  return {
    mailboxes: await mailboxFacts(db, organizationId),
    passedConnectionTests: await connectionTestFacts(db, organizationId),
    trainingsHeld: await trainingFacts(db, organizationId),
  };
}

export async function checklistOf(db: Db, organizationId: string): Promise<MilestoneStatus[]> {
  return rolloutStatus(await rolloutFacts(db, organizationId), await manualTicks(db, organizationId));
}

export async function setManualTick(
  db: Db,
  input: { organizationId: string; milestone: MilestoneId; done: boolean; by: { sub: string; name: string | null }; now: Date },
): Promise<void> {
  const row = { done: input.done, updated_by_sub: input.by.sub, updated_by_name: input.by.name, updated_at: input.now };
  await db
    .insertInto('rollout_milestones')
    .values({ organization_id: input.organizationId, milestone: input.milestone, ...row })
    .onConflict((oc) => oc.columns(['organization_id', 'milestone']).doUpdateSet(row))
    .execute();
}

