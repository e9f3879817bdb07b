/**
 * Validation against Digg's own OpenAPI (../shared/sdk-spec/api/sdk-api-mt-mk-1.0.0.yml), read
 * at test time and never copied into the project. Tests use it to prove that what the client
 * sends and what the simulator answers satisfy every constraint Digg's schemas state.
 *
 * Digg's file is OpenAPI 3.0.3, whose Schema Object is draft-04 style JSON Schema (boolean
 * `exclusiveMaximum`, `nullable`, annotations such as `example`), so Ajv's draft-04 class is
 * used, with ajv-formats for `uri`, `int32`, …. Two OpenAPI rules are applied on the way:
 * - a Reference Object's siblings are ignored (OpenAPI 3.0.3 §4.7.25: "any properties added
 *   SHALL be ignored"); Digg's `messageDef.attributes` has a misindented `required` beside its
 *   `$ref` that a plain JSON Schema validator would otherwise apply to the attributes;
 * - `#/components/schemas/X` refers to the schema X.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { sharedSpecPath } from './sharedSpec';

/** Digg's API file, relative to ../shared/sdk-spec. */
export const DIGG_API = 'api/sdk-api-mt-mk-1.0.0.yml';

const SCHEMA_KEY = 'digg-sdk-api';
/** OpenAPI 3.0 annotations that are not JSON Schema keywords; they never constrain a value. */
const OPENAPI_ANNOTATIONS = ['example', 'deprecated', 'externalDocs', 'xml', 'discriminator', 'readOnly', 'writeOnly'];

export interface DiggSchemas {
  /** Names of Digg's component schemas, e.g. 'createMessage', 'outputArrayData', 'Events'. */
  names: readonly string[];
  /** Every violation of the named schema, as "path: message" lines; empty when valid. */
  errors(schema: string, value: unknown): string[];
}

let loaded: DiggSchemas | undefined;

/** Digg's component schemas, compiled once per test process. Needs the shared spec (see sharedSpec). */
export function diggSchemas(): DiggSchemas {
  loaded ??= compileOpenApiSchemas(parse(readFileSync(sharedSpecPath(DIGG_API), 'utf8')) as OpenApiDocument);
  return loaded;
}

export interface OpenApiDocument {
  components: { schemas: Record<string, unknown> };
}

/** Any OpenAPI 3.0.3 document's component schemas (Digg's, or the project's own contract). */
export function compileOpenApiSchemas(document: OpenApiDocument): DiggSchemas {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_ANNOTATIONS);
  ajv.addSchema({ definitions: asJsonSchema(document.components.schemas) }, SCHEMA_KEY);
  const names = Object.keys(document.components.schemas);
  const compiled = new Map<string, ValidateFunction>();
  const validator = (name: string): ValidateFunction => {
    let validate = compiled.get(name);
    if (!validate) {
      if (!names.includes(name)) throw new Error(`The API has no schema ${name}`);
      validate = ajv.getSchema(`${SCHEMA_KEY}#/definitions/${name}`);
      if (!validate) throw new Error(`Schema ${name} did not compile`);
      compiled.set(name, validate);
    }
    return validate;
  };
  return {
    names,
    errors(name, value) {
      const validate = validator(name);
      return validate(value) ? [] : (validate.errors ?? []).map(describe);
    },
  };
}

function describe(error: ErrorObject): string {
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${params}`;
}

/** OpenAPI component schemas as JSON Schema definitions (see the file comment). */
function asJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === 'string') {
    return { $ref: record.$ref.replace(/^#\/components\/schemas\//, '#/definitions/') };
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, asJsonSchema(value)]));
}
