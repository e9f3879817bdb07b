/**
 * Small defensive readers shared by the rule files. The request may be any JSON, so every
 * reader checks the type first and reports instead of throwing.
 */
import { characterCount } from './limits';
import { BV_INVARIANT, SV_STRUCTURE, violation, type RuleViolation } from './types';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON null is treated like an absent member (no XML element). */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

export interface StringFieldSpec {
  /** Rule id prefix, e.g. 'label' → 'label.required', 'label.empty', 'label.max-length'. */
  rule: string;
  required?: boolean;
  maxLength?: number;
  /** Receipt for too long values; SV/structure (XSD facet) unless the spec says otherwise. */
  maxLengthReceipt?: RuleViolation['receipt'];
}

/**
 * A string member: required (SV/structure when missing or not a string), never empty or blank
 * (schematron verifyNonEmptyElements: BV/invariant), optionally bounded.
 * Returns the value when it is a usable (non-blank) string.
 */
export function checkString(
  owner: Json,
  key: string,
  path: string,
  spec: StringFieldSpec,
  out: RuleViolation[],
): string | undefined {
  const value = owner[key];
  const at = `${path}.${key}`;
  if (isAbsent(value)) {
    if (spec.required) out.push(violation(at, `${spec.rule}.required`, `${key} is required`, SV_STRUCTURE));
    return undefined;
  }
  if (typeof value !== 'string') {
    out.push(violation(at, `${spec.rule}.type`, `${key} must be a string (was ${typeName(value)})`, SV_STRUCTURE));
    return undefined;
  }
  if (value.trim() === '') {
    out.push(violation(at, `${spec.rule}.empty`, `${key} is included but empty`, BV_INVARIANT));
    return undefined;
  }
  if (spec.maxLength !== undefined) {
    const length = characterCount(value);
    if (length > spec.maxLength) {
      out.push(
        violation(
          at,
          `${spec.rule}.max-length`,
          `${key} must be at most ${spec.maxLength} characters (was ${length})`,
          spec.maxLengthReceipt ?? SV_STRUCTURE,
        ),
      );
    }
  }
  return value;
}

/** An array member; absent is fine unless required. Non-arrays are schema faults. */
export function readArray(
  owner: Json,
  key: string,
  path: string,
  rule: string,
  out: RuleViolation[],
): unknown[] | undefined {
  const value = owner[key];
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    out.push(violation(`${path}.${key}`, `${rule}.type`, `${key} must be an array (was ${typeName(value)})`, SV_STRUCTURE));
    return undefined;
  }
  return value;
}

/** An object member. Reports missing (when required) and non-objects as schema faults. */
export function readObject(
  owner: Json,
  key: string,
  path: string,
  rule: string,
  required: boolean,
  out: RuleViolation[],
): Json | undefined {
  const value = owner[key];
  const at = `${path}.${key}`;
  if (isAbsent(value)) {
    if (required) out.push(violation(at, `${rule}.required`, `${key} is required`, SV_STRUCTURE));
    return undefined;
  }
  if (!isRecord(value)) {
    out.push(violation(at, `${rule}.type`, `${key} must be an object (was ${typeName(value)})`, SV_STRUCTURE));
    return undefined;
  }
  return value;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
