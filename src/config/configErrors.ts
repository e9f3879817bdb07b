/**
 * Turns valibot issues into one Swedish line per bad field ("oidc.authority: måste vara en URL"),
 * written for the administrator who edits config.json, not for a developer.
 */
import type { BaseIssue } from 'valibot';

export interface ConfigFieldError {
  /** Dotted path in config.json, e.g. "oidc.authority"; "config.json" for the file as a whole. */
  field: string;
  message: string;
}

type Issue = BaseIssue<unknown>;

/** Per-parse message: Swedish text for valibot's generic checks (schema-level texts win). */
export function swedishIssueMessage(issue: Issue): string {
  // A missing required key is reported by its object, with the missing value as input.
  if (issue.input === undefined) return 'saknas (obligatoriskt fält)';
  switch (issue.type) {
    // configSchema.ts rejects unknown keys with a `never` schema for every key it does not know.
    case 'never':
      return 'okänt fält (stavfel? fältet används inte)';
    case 'string':
      return 'måste vara en text';
    case 'number':
      return 'måste vara ett tal';
    case 'boolean':
      return 'måste vara true eller false';
    case 'array':
      return 'måste vara en lista';
    case 'integer':
      return 'måste vara ett heltal';
    case 'min_length':
      return 'får inte vara tomt';
    case 'min_value':
      return `måste vara minst ${String(issue.requirement)}`;
    case 'max_value':
      return `får vara högst ${String(issue.requirement)}`;
    default:
      return 'har fel format';
  }
}

export function toFieldErrors(issues: readonly Issue[]): ConfigFieldError[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => String(item.key));
    return { field: path.length > 0 ? path.join('.') : '(hela filen)', message: issue.message };
  });
}
