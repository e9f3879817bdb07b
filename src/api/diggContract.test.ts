// @vitest-environment node
/**
 * The project's contract (openapi.yaml, from which the types are generated) demands at least what
 * Digg's own OpenAPI demands of the same objects, so the types cannot let through what Digg's
 * schema refuses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sharedSpecPath, missingSharedSpec, sharedSpecNote } from '../test/sharedSpec';
import { DIGG_API } from '../test/diggSchema';

type Schema = { required?: string[]; properties?: Record<string, { maxLength?: number }> };
const schemasOf = (text: string) => (parse(text) as { components: { schemas: Record<string, Schema> } }).components.schemas;

describe.skipIf(missingSharedSpec(DIGG_API))(`openapi.yaml against Digg's OpenAPI${sharedSpecNote(DIGG_API)}`, () => {

  it.each([
    ['LabelledII', 'referenceDef'],
    ['LabelledII', 'personDef'],
    ['CreateMessageAttributes', 'messageCreateAttributesDef'],
    ['MessageAttributes', 'messageAttributesDef'],
    ['ContentFile', 'contentFileDef'],
    ['DigitalDocument', 'DigitalDocumentDef'],
  ])('%s requires every member %s requires, with lengths no longer', (own, theirs) => {
    // Read in the test: a skipped describe still runs its body.
    const ours = schemasOf(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));
    const digg = schemasOf(readFileSync(sharedSpecPath(DIGG_API), 'utf8'));
    expect(ours[own]?.required).toEqual(expect.arrayContaining(digg[theirs]?.required ?? []));
    for (const [name, property] of Object.entries(digg[theirs]?.properties ?? {})) {
      if (property.maxLength !== undefined) expect(ours[own]?.properties?.[name]?.maxLength).toBeLessThanOrEqual(property.maxLength);
    }
  });
});
