// @vitest-environment node
/**
 * The generated types must match the contract: if someone edits src/api/openapi.yaml and forgets
 * `npm run gen:api`, the UI and the mock would silently type-check against a stale contract.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';

const contractUrl = new URL('./openapi.yaml', import.meta.url);
const generatedUrl = new URL('./schema.gen.ts', import.meta.url);

describe('generated API types', () => {
  it('are up to date with src/api/openapi.yaml (run npm run gen:api)', async () => {
    const fresh = astToString(await openapiTS(contractUrl));
    const committed = await readFile(generatedUrl, 'utf8');
    // The CLI adds a banner comment; compare the declarations only.
    const body = (text: string) => text.slice(text.indexOf('export interface paths'));
    expect(body(committed)).toBe(body(fresh));
  });
});
