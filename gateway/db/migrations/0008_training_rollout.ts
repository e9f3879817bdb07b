/**
 * Rollout trainings held on the course server (issue 9 part 8, issue 11; ADR 0016, ADR 0017): a
 * trainer marks a course as rollout training 1, 2 or 3 for one or more organisations when she
 * creates it; when the course is started, held_at is recorded, and the organisation's rollout
 * checklist shows that training as done. No foreign key to the course on purpose: a training
 * that was held stays held when its course is deleted.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0008: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('training_rollout')
      .addColumn('course_code', 'text', (c) => c.notNull())
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('training', 'integer', (c) => c.notNull().check(sql`training in (1, 2, 3)`))
      // null until the course is started (held).
      .addColumn('held_at', 'timestamptz')
      .addPrimaryKeyConstraint('training_rollout_pk', ['course_code', 'organization_id'])
      .execute();
    await db.schema.createIndex('training_rollout_by_organization').on('training_rollout').columns(['organization_id', 'training']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('training_rollout').ifExists().execute();
  },
};
