/**
 * Where Digg's specification lies for tests that compare our code with it: next to the
 * repository, in ../shared/sdk-spec (it is not copied into the project). Tests that need it
 * use describe.skipIf(!hasSharedSpec(...)) and say "skipped: ../shared/sdk-spec not present"
 * in their name, so a missing spec shows in the test report instead of passing silently.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_SPEC_ROOT = path.resolve(REPO_ROOT, '../shared/sdk-spec');

/** Absolute path of a file in the shared spec, e.g. sharedSpecPath('api/sdk-api-mt-mk-1.0.0.yml'). */
export function sharedSpecPath(rel: string): string {
  return path.resolve(SHARED_SPEC_ROOT, rel);
}

/** True when the shared spec (or, given `rel`, that file in it) exists. */
export function hasSharedSpec(rel = ''): boolean {
  return existsSync(sharedSpecPath(rel));
}

/** Suffix for a test name that may be skipped for lack of the shared spec. */
export function sharedSpecNote(rel = ''): string {
  return hasSharedSpec(rel) ? '' : ' (skipped: ../shared/sdk-spec not present)';
}
