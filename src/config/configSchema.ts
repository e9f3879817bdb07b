/**
 * The shape of public/config.json: everything that differs between municipalities and
 * environments, so one build can serve them all.
 *
 * Unknown keys are rejected (strict objects): a misspelt key ("pollIntervalSecs") would otherwise
 * be silently ignored and the default used, which is much harder for an administrator to spot
 * than an error naming the key.
 */
// valibot: small functions the bundler keeps only when used, so validating one file costs the
// start-up bundle a few KB (zod, even its zod/mini API, cost ~28 KB minified).
import * as v from 'valibot';

export const ENVIRONMENTS = ['DEMO', 'QA', 'PROD'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** Claim names of the demo IdP (mocks/personas.ts CLAIMS); repeated here because src/ must not import mocks/. */
export const DEFAULT_CLAIMS = {
  functionAddresses: 'urn:sdk.digg.se:auth_id',
  roles: 'urn:sdk-mk:roles',
  organizationId: 'urn:sdk-mk:organization_id',
  organizationName: 'urn:sdk-mk:organization_name',
} as const;

export const PDF_MIME_TYPE = 'application/pdf';
export const DEFAULT_MAX_MESSAGE_BYTES = 30 * 1024 * 1024;
export const MIN_POLL_INTERVAL_SECONDS = 5;
export const DEFAULT_RECEIPT_WARNING_MINUTES = 60;

export interface AppConfig {
  environment: Environment;
  /** '/api' (same origin, behind the gateway) or an absolute http(s) URL. */
  apiBaseUrl: string;
  oidc: {
    authority: string;
    clientId: string;
    scopes: string;
    /**
     * Fetch claims from the userinfo endpoint after sign-in. Off by default: the demo IdP (like
     * many that issue access tokens bound to the API as audience) puts the claims in the ID
     * token and refuses the API-bound access token at userinfo.
     */
    loadUserInfo: boolean;
  };
  claims: { functionAddresses: string; roles: string; organizationId: string; organizationName: string };
  pollIntervalSeconds: number;
  /** A sent message still waiting for its message receipt after this long gets a warning. */
  receiptWarningMinutes: number;
  maxMessageBytes: number;
  /** MIME types accepted as attachments; always contains application/pdf. */
  allowedAttachmentTypes: string[];
  /** Run the in-browser MSW mock of the API (demo without any backend). */
  mock: { enabled: boolean };
}

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'måste vara en URL (http eller https)'));

const apiBaseUrl = v.pipe(
  nonEmpty,
  v.check((value: string) => value.startsWith('/') || isHttpUrl(value), 'måste vara en sökväg som börjar med / (t.ex. /api) eller en http(s)-URL'),
);

const mimeType = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'måste vara en MIME-typ, t.ex. application/pdf'),
);

const integer = (min: number, max: number, fallback: number) =>
  v.optional(v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max)), fallback);

/** Set here, as configErrors.ts cannot tell our object check from other custom schemas. */
const NOT_AN_OBJECT = 'måste vara ett objekt';

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON object with exactly these keys. Not v.strictObject: that one names only the first
 * unknown key of an object (here every unknown key is its own `never` issue) and, like every
 * valibot object, it would take an array for an object.
 */
function jsonObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isJsonObject, NOT_AN_OBJECT),
    v.objectWithRest(entries, v.never()),
    // Drops the `[key: string]: never` the rest schema adds to the type; the value has no such keys.
    v.transform((value): v.InferOutput<v.ObjectSchema<TEntries, undefined>> => value),
  );
}

export const appConfigSchema = jsonObject({
  environment: v.picklist(ENVIRONMENTS, `måste vara ett av: ${ENVIRONMENTS.join(', ')}`),
  apiBaseUrl,
  oidc: jsonObject({
    authority: httpUrl,
    clientId: nonEmpty,
    scopes: v.pipe(
      nonEmpty,
      v.check((scopes: string) => scopes.split(/\s+/).includes('openid'), 'måste innehålla openid'),
    ),
    loadUserInfo: v.optional(v.boolean(), false),
  }),
  claims: v.optional(
    jsonObject({
      functionAddresses: v.optional(nonEmpty, DEFAULT_CLAIMS.functionAddresses),
      roles: v.optional(nonEmpty, DEFAULT_CLAIMS.roles),
      organizationId: v.optional(nonEmpty, DEFAULT_CLAIMS.organizationId),
      organizationName: v.optional(nonEmpty, DEFAULT_CLAIMS.organizationName),
    }),
    () => ({ ...DEFAULT_CLAIMS }),
  ),
  pollIntervalSeconds: integer(MIN_POLL_INTERVAL_SECONDS, 3600, 15),
  receiptWarningMinutes: integer(1, 7 * 24 * 60, DEFAULT_RECEIPT_WARNING_MINUTES),
  maxMessageBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), DEFAULT_MAX_MESSAGE_BYTES),
  allowedAttachmentTypes: v.pipe(
    v.optional(v.array(mimeType), () => [PDF_MIME_TYPE]),
    // PDF is the one format every SDK participant must accept (B1.3.3), so it is always allowed.
    v.transform((types: string[]) => [...new Set([PDF_MIME_TYPE, ...types.map((t) => t.toLowerCase())])]),
  ),
  mock: v.optional(jsonObject({ enabled: v.optional(v.boolean(), false) }), () => ({ enabled: false })),
});

// Compile-time check that the schema produces exactly the documented AppConfig.
type SchemaOutput = v.InferOutput<typeof appConfigSchema>;
const schemaMatchesInterface: [SchemaOutput extends AppConfig ? true : never, AppConfig extends SchemaOutput ? true : never] = [true, true];
void schemaMatchesInterface;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
