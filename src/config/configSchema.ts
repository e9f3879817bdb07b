/**
 * The shape of public/config.json: everything that differs between municipalities and
 * environments, so one build can serve them all.
 *
 * Unknown keys are rejected (strict objects): a misspelt key ("pollIntervalSecs") would otherwise
 * be silently ignored and the default used, which is much harder for an administrator to spot
 * than an error naming the key.
 */
// zod/mini: the same validation with a tree-shakable functional API — the full zod build would
// add ~70 KB to the start-up bundle for one config file.
import * as z from 'zod/mini';

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

// zod/mini calls its default wrapper `_default` (`default` is a reserved word).
// oxlint-disable-next-line eslint/no-underscore-dangle
const withDefault = z._default;

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** A schema-level message that still lets a missing field say "saknas" (the per-parse map). */
function unlessMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);
}

const apiBaseUrl = nonEmpty.check(
  z.refine((value: string) => value.startsWith('/') || isHttpUrl(value), {
    error: 'måste vara en sökväg som börjar med / (t.ex. /api) eller en http(s)-URL',
  }),
);

const mimeType = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, {
    error: 'måste vara en MIME-typ, t.ex. application/pdf',
  }),
);

const integer = (min: number, max: number, fallback: number) =>
  withDefault(z.int().check(z.minimum(min), z.maximum(max)), fallback);

export const appConfigSchema = z.strictObject({
  environment: z.enum(ENVIRONMENTS),
  apiBaseUrl,
  oidc: z.strictObject({
    authority: z.url({ protocol: /^https?$/, error: unlessMissing('måste vara en URL (http eller https)') }),
    clientId: nonEmpty,
    scopes: nonEmpty.check(
      z.refine((scopes: string) => scopes.split(/\s+/).includes('openid'), { error: 'måste innehålla openid' }),
    ),
    loadUserInfo: withDefault(z.boolean(), false),
  }),
  claims: withDefault(
    z.strictObject({
      functionAddresses: withDefault(nonEmpty, DEFAULT_CLAIMS.functionAddresses),
      roles: withDefault(nonEmpty, DEFAULT_CLAIMS.roles),
      organizationId: withDefault(nonEmpty, DEFAULT_CLAIMS.organizationId),
      organizationName: withDefault(nonEmpty, DEFAULT_CLAIMS.organizationName),
    }),
    () => ({ ...DEFAULT_CLAIMS }),
  ),
  pollIntervalSeconds: integer(MIN_POLL_INTERVAL_SECONDS, 3600, 15),
  receiptWarningMinutes: integer(1, 7 * 24 * 60, DEFAULT_RECEIPT_WARNING_MINUTES),
  maxMessageBytes: withDefault(z.int().check(z.positive()), DEFAULT_MAX_MESSAGE_BYTES),
  allowedAttachmentTypes: z.pipe(
    withDefault(z.array(mimeType), () => [PDF_MIME_TYPE]),
    // PDF is the one format every SDK participant must accept (B1.3.3), so it is always allowed.
    z.transform((types: string[]) => [...new Set([PDF_MIME_TYPE, ...types.map((t) => t.toLowerCase())])]),
  ),
  mock: withDefault(z.strictObject({ enabled: withDefault(z.boolean(), false) }), () => ({ enabled: false })),
});

// Compile-time check that the schema produces exactly the documented AppConfig.
type SchemaOutput = z.output<typeof appConfigSchema>;
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
