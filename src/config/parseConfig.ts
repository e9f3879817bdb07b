import { appConfigSchema, type AppConfig } from './configSchema';
import { swedishIssueMessage, toFieldErrors, type ConfigFieldError } from './configErrors';

export type ParseConfigResult = { ok: true; config: AppConfig } | { ok: false; errors: ConfigFieldError[] };

export function parseConfig(json: unknown): ParseConfigResult {
  const result = appConfigSchema.safeParse(json, { error: swedishIssueMessage });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues) };
}
