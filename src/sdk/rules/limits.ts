/**
 * Size limits of the SDK message, for the rules and for the UI's character counters.
 * Sources: B1.3.3 (label "Max 256 tecken", 30 MB per message), the XSD (maxLength 256 on
 * the attention labels) and the OpenAPI (maxLength 256 on II/subOrganization extension).
 */

/** Message subject (messageHeader/label). */
export const LABEL_MAX_LENGTH = 256;
/** Label of subOrganization, person and reference. */
export const ATTENTION_LABEL_MAX_LENGTH = 256;
/** Extension (the id itself) of subOrganization, person, reference and generatingSystem. */
export const EXTENSION_MAX_LENGTH = 256;
/** "Meddelandet inklusive bifogade filer får ej överstiga 30 MB." */
export const MAX_MESSAGE_BYTES_DEFAULT = 30 * 1024 * 1024;
/** Every participant must accept PDF (B1.3.3, contentType). */
export const PDF_CONTENT_TYPE = 'application/pdf';

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Characters as XSD/XPath string-length counts them (code points, not UTF-16 units), so an
 * emoji counts once. Rules and UI counters both use this, so they never disagree.
 */
export function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}
