/**
 * Things that are allowed but often a mistake: the user confirms them before sending.
 */
import type { ComposeValues } from './composeValues';

export type SendWarning = 'empty-text' | 'mentions-attachment' | 'confidential-without-reference' | 'many-recipients';

/** More recipients than this asks "are you sure" (each gets a message of its own). */
export const MANY_RECIPIENTS = 5;

// Swedish words for "attach/attachment" in their common forms: bifoga(r/t/s/d/de), bilaga(n),
// bilagor(na), "bifogad fil", "se bifogad", "medskickad". Letters around them may not be letters,
// so "bilagd" or "obifogat" style words inside others do not count.
const ATTACHMENT_WORDS = /(^|[^\p{L}])(bifoga(r|t|s|d|de|des|ts)?|bilag(a|an|or|orna)|medskickad(e)?|bifogad fil|se bifogad)(?![\p{L}])/iu;

export function mentionsAttachment(text: string): boolean {
  return ATTACHMENT_WORDS.test(text);
}

export function sendWarnings(values: ComposeValues, attachmentCount: number): SendWarning[] {
  const warnings: SendWarning[] = [];
  if (values.text.trim() === '') warnings.push('empty-text');
  else if (attachmentCount === 0 && mentionsAttachment(values.text)) warnings.push('mentions-attachment');
  const hasReference = values.references.some((r) => r.value.trim() !== '') || (values.thread?.recipientReferences.length ?? 0) > 0;
  if (values.confidentiality === true && !hasReference) warnings.push('confidential-without-reference');
  if (values.recipients.length > MANY_RECIPIENTS) warnings.push('many-recipients');
  return warnings;
}
