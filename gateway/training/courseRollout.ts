/**
 * The rollout part of a new course (issue 9 part 8, ADR 0016): "this course is rollout training
 * 1, 2 or 3 for these organisations". Organisations are named by their id (`0203:malmo.se`) and
 * must be in the registry (an organisation with a function mailbox there), so a typo is an error
 * at once instead of a milestone ticked for nobody.
 */
import type { Kysely } from 'kysely';
import { PRACTICE_ORGANIZATION } from '../../src/sdk/training/practice';
import type { GatewayDatabase } from '../db/schema';
import { withDatabase } from '../http/problems';
import type { CourseRollout } from './courses';

export const MAX_ROLLOUT_ORGANIZATIONS = 20;
const ORGANIZATION_ID = /^\d{4}:[^\s:,]+$/;

type FieldError = { field: string; message: string };

/** undefined = not a rollout training; errors name `rollout.training` / `rollout.organizations`. */
export async function readCourseRollout(db: Kysely<GatewayDatabase>, value: unknown): Promise<{ rollout: CourseRollout | undefined; errors: FieldError[] }> {
  if (value === undefined || value === null) return { rollout: undefined, errors: [] };
  const body = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const training = body['training'];
  if (training !== 1 && training !== 2 && training !== 3) errors.push({ field: 'rollout.training', message: 'Rollout training 1, 2 or 3.' });
  const given = body['organizations'];
  const organizations = Array.isArray(given) ? [...new Set(given.map((o) => (typeof o === 'string' ? o.trim() : '')))] : [];
  if (organizations.length === 0 || organizations.length > MAX_ROLLOUT_ORGANIZATIONS) {
    errors.push({ field: 'rollout.organizations', message: `1–${MAX_ROLLOUT_ORGANIZATIONS} organisations, by id such as 0203:malmo.se.` });
  } else {
    const malformed = organizations.filter((o) => !ORGANIZATION_ID.test(o));
    const known = new Set(
      (
        await withDatabase(() =>
          db.selectFrom('mailboxes').select('organization_id').distinct().where('organization_id', 'in', organizations).where('organization_id', '!=', PRACTICE_ORGANIZATION.id).execute(),
        )
      ).map((r) => r.organization_id),
    );
    const unknown = organizations.filter((o) => ORGANIZATION_ID.test(o) && !known.has(o));
    if (malformed.length > 0) errors.push({ field: 'rollout.organizations', message: `Not an organisation id (such as 0203:malmo.se): ${malformed.join(', ')}.` });
    else if (unknown.length > 0) errors.push({ field: 'rollout.organizations', message: `Not an organisation of the registry: ${unknown.join(', ')}.` });
  }
  if (errors.length > 0) return { rollout: undefined, errors };
  return { rollout: { training: training as 1 | 2 | 3, organizations }, errors: [] };
}
