import { describe, expect, it } from 'vitest';
import { hasSharedSpec, sharedSpecNote, sharedSpecPath } from './sharedSpec';

describe('sharedSpec', () => {
  it('resolves paths next to the repository', () => {
    expect(sharedSpecPath('api/x.yml').replaceAll('\\', '/')).toMatch(/\/shared\/sdk-spec\/api\/x\.yml$/);
  });

  it('names the skip reason when a file is missing', () => {
    expect(hasSharedSpec('no/such/file.yml')).toBe(false);
    expect(sharedSpecNote('no/such/file.yml')).toBe(' (skipped: ../shared/sdk-spec not present)');
  });
});
