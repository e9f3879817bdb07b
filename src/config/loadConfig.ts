/**
 * Fetches config.json from next to index.html at start-up. Every way it can fail ends in a
 * result the error page can explain; nothing here throws.
 */
import { ENVIRONMENTS, type AppConfig, type Environment } from './configSchema';
import type { ConfigFieldError } from './configErrors';
import { parseConfig } from './parseConfig';

export type ConfigProblem = 'missing' | 'unreadable' | 'not-json' | 'invalid';

export type LoadConfigResult =
  | { ok: true; config: AppConfig }
  | {
      ok: false;
      problem: ConfigProblem;
      errors: ConfigFieldError[];
      /** Best effort, so the error page can still show which environment is broken. */
      environment?: Environment;
    };

const FILE = 'config.json';

export function configUrl(): string {
  return `${import.meta.env.BASE_URL}${FILE}`;
}

export async function loadConfig(fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): Promise<LoadConfigResult> {
  let response: Response;
  try {
    // no-store: a municipality's admin edits the file on the server and expects a reload to see it.
    response = await fetchImpl(configUrl(), { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    return fail('unreadable', `kan inte läsas (nätverksfel: ${describe(error)})`);
  }
  if (response.status === 404) return fail('missing', 'saknas på servern (HTTP 404)');
  if (!response.ok) return fail('unreadable', `kan inte läsas (HTTP ${response.status})`);

  const text = await response.text().catch(() => null);
  if (text === null) return fail('unreadable', 'kan inte läsas (svaret avbröts)');
  if (looksLikeHtml(text, response)) {
    // A single-page-app server answers every unknown path with index.html: the file is missing.
    return fail('missing', 'saknas på servern (servern svarade med en HTML-sida i stället)');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('not-json', `är inte giltig JSON (${describe(error)})`);
  }
  const parsed = parseConfig(json);
  if (parsed.ok) return parsed;
  return { ok: false, problem: 'invalid', errors: parsed.errors, ...environmentOf(json) };
}

function fail(problem: ConfigProblem, message: string): LoadConfigResult {
  return { ok: false, problem, errors: [{ field: FILE, message }] };
}

function looksLikeHtml(text: string, response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text);
}

function environmentOf(json: unknown): { environment?: Environment } {
  if (typeof json !== 'object' || json === null || !('environment' in json)) return {};
  const value = json.environment;
  return ENVIRONMENTS.find((env) => env === value) ? { environment: value as Environment } : {};
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
