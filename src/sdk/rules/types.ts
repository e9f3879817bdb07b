/**
 * The shape of a content-rule finding, coded the way Digg's receipt codes a fault
 * (B1.3.3: Kvittenskod REJECTED + Orsakskod + Detaljkod), so the same finding can become a
 * 400 problem from the API or a rejection receipt in the simulator.
 */

/** Detaljkod of the receipt. */
export type ReceiptReason =
  | 'structure'
  | 'invariant'
  | 'too-long'
  | 'not-supported'
  | 'not-found'
  | 'duplicate'
  | 'forbidden'
  | 'security';

/** Orsakskod: SV = schema (XSD) fault, BV = business rule (schematron etc.), SIG = signature. */
export type ReceiptCode = 'SV' | 'BV' | 'SIG';

export interface RuleViolation {
  /** Path in the request JSON, e.g. 'data.attributes.digitalDocument[0].contentFiles[1].contentType'. */
  in: string;
  /** Stable id, e.g. 'label.max-length'. Naming scheme: see validateMessage.ts. */
  rule: string;
  /** Technical English detail for API clients. Never echoes the label's content (B1.3.3). */
  detail: string;
  receipt: { code: ReceiptCode; reason: ReceiptReason };
}

export interface MessageRuleOptions {
  maxMessageBytes: number;
  /** MIME types accepted besides PDF (always accepted). 'image/*' style wildcards allowed. */
  allowedAttachmentTypes: readonly string[];
}

/** Schema fault: missing element, wrong type, XSD/OpenAPI maxLength. */
export const SV_STRUCTURE = { code: 'SV', reason: 'structure' } as const;
/** Schematron fault: empty element, UUID/timestamp pattern, fixed roots, logical rules. */
export const BV_INVARIANT = { code: 'BV', reason: 'invariant' } as const;

export function violation(
  path: string,
  rule: string,
  detail: string,
  receipt: RuleViolation['receipt'],
): RuleViolation {
  return { in: path, rule, detail, receipt: { ...receipt } };
}
