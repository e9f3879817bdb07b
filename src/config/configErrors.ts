/**
 * Turns zod issues into one Swedish line per bad field ("oidc.authority: måste vara en URL"),
 * written for the administrator who edits config.json, not for a developer.
 */
import type * as z from 'zod/mini';

export interface ConfigFieldError {
  /** Dotted path in config.json, e.g. "oidc.authority"; "config.json" for the file as a whole. */
  field: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/** Per-parse error map: Swedish text for zod's generic checks (schema-level texts win). */
export function swedishIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'saknas (obligatoriskt fält)';
  switch (issue.code) {
    case 'invalid_type':
      return `måste vara ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `måste vara ett av: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'får inte vara tomt';
      return `måste vara minst ${String(issue.minimum)}`;
    case 'too_big':
      return `får vara högst ${String(issue.maximum)}`;
    case 'invalid_format':
      return 'har fel format';
    case 'unrecognized_keys':
      return 'okänt fält';
    default:
      return undefined;
  }
}

export function toFieldErrors(issues: readonly Issue[]): ConfigFieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown key, named by its own path, so the admin can find each one.
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        message: 'okänt fält (stavfel? fältet används inte)',
      }));
    }
    return [{ field: path.length > 0 ? path.join('.') : '(hela filen)', message: issue.message }];
  });
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'en text',
    number: 'ett tal',
    int: 'ett heltal',
    boolean: 'true eller false',
    array: 'en lista',
    object: 'ett objekt',
  };
  return names[expected] ?? expected;
}
