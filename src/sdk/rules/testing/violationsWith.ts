/**
 * Test helpers for the content rules: change one member of a request by its JSON path
 * ('data.attributes.digitalDocument[0].contentFiles[1].content'), the same path syntax the
 * rules report in `in`.
 */
import { DEFAULT_RULE_OPTIONS, validCreateRequest } from './validRequest';
import type { MessageRuleOptions, RuleViolation } from '../types';
import { validateCreateMessage } from '../validateMessage';

/** Marker for "remove this member". */
export const REMOVE = Symbol('remove');

function keysOf(path: string): (string | number)[] {
  return path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

/** Sets (or with REMOVE deletes) the member at `path`; the parents must exist. */
export function setAtPath(root: unknown, path: string, value: unknown): void {
  const keys = keysOf(path);
  const last = keys.pop();
  let node = root as Record<string | number, unknown>;
  for (const key of keys) node = node[key] as Record<string | number, unknown>;
  if (last === undefined) return;
  if (value === REMOVE) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** Violations of the valid fixture after setting `path` to `value`. */
export function violationsWith(path: string, value: unknown, options: MessageRuleOptions = DEFAULT_RULE_OPTIONS): RuleViolation[] {
  const request = validCreateRequest();
  setAtPath(request, path, value);
  return validateCreateMessage(request, options);
}
