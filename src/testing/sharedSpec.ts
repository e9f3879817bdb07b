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

/**
 * For describe.skipIf: true when the file is missing, and then says so on stderr, so a run on a
 * machine without ../shared reports which comparison with Digg's material it skipped and why.
 */
export function missingSharedSpec(rel: string): boolean {
  if (hasSharedSpec(rel)) return false;
  console.warn(`skipped: needs Digg's ${rel} from ../shared/sdk-spec beside the repository, which is not present here`);
  return true;
}
