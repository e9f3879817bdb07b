import { safeParse } from 'valibot';
import { appConfigSchema, type AppConfig } from './configSchema';
import { swedishIssueMessage, toFieldErrors, type ConfigFieldError } from './configErrors';

export type ParseConfigResult = { ok: true; config: AppConfig } | { ok: false; errors: ConfigFieldError[] };

export function parseConfig(json: unknown): ParseConfigResult {
  // abortPipeEarly: one line per field (an empty scopes is "får inte vara tomt", not also "måste innehålla openid").
  const result = safeParse(appConfigSchema, json, { abortPipeEarly: true, message: swedishIssueMessage });
  if (result.success) return { ok: true, config: result.output };
  return { ok: false, errors: toFieldErrors(result.issues) };
}
