/**
 * Problems of the form, whatever found them (the form's own checks, the domain rules run live,
 * or the service's 400), tied to the field they concern. The error summary lists them all and
 * links each to its field; the field shows its own.
 */
import type { ParseKeys, TFunction } from 'i18next';
import type { EventIssue } from '../../../sdk/model';
import type { RuleViolation } from '../../../sdk/rules/types';

export type ComposeField =
  | 'from'
  | 'recipients'
  | 'label'
  | 'confidentiality'
  | 'text'
  | 'attachments'
  | 'theirReferences'
  | 'person.hsaId'
  | 'person.name'
  | `reference:${string}`;

/** The keys under `errors` in the 'compose' namespace. */
export type ComposeErrorKey = Extract<ParseKeys<'compose'>, `errors.${string}`>;

/**
 * Reads an issue in words with the 'compose' `t`. The key is checked where the issue is made;
 * which values a text interpolates depends on the key, so they travel as a plain record.
 */
export type IssueText = (key: ComposeErrorKey, params?: Record<string, string | number>) => string;

/** tsc cannot relate the per-key values to a record; every ComposeErrorKey is a 'compose' key. */
export const asIssueText = (t: TFunction<'compose'>): IssueText => t as unknown as IssueText;

export interface FormIssue {
  /** null: about the message as a whole (only in the summary). */
  field: ComposeField | null;
  /** An error text of the 'compose' namespace (tsc checks the key against the texts). */
  key: ComposeErrorKey;
  params?: Record<string, string | number>;
}

/** Element id of a field's control, for summary links and aria-describedby. */
export function fieldDomId(field: ComposeField): string {
  return `compose-${field.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

/** Context for mapping request paths back to form fields. */
export interface PathContext {
  /** Keys of our references in the order they were put into senderAttention.referenceId. */
  referenceKeys: readonly string[];
}

const A = 'data.attributes.';

/** The form field a request member belongs to (RuleViolation.in / EventIssue.in). */
export function fieldOfPath(path: string | undefined, context: PathContext): ComposeField | null {
  if (!path) return null;
  const p = path.startsWith(A) ? path.slice(A.length) : path;
  const ref = /^senderAttention\.referenceId\[(\d+)\]/.exec(p);
  if (ref) {
    const key = context.referenceKeys[Number(ref[1])];
    return key === undefined ? null : `reference:${key}`;
  }
  if (p.startsWith('recipientAttention.referenceId')) return 'theirReferences';
  if (p.startsWith('recipientAttention.attentionPerson')) return 'person.hsaId';
  if (p === 'label' || /^digitalDocument\[\d+\]\.documentName/.test(p)) return 'label';
  if (p === 'confidentiality') return 'confidentiality';
  if (p === 'sender' || p.startsWith('senderAttention')) return 'from';
  if (p === 'recipient' || p.startsWith('recipientAttention')) return 'recipients';
  if (/^digitalDocument\[\d+\]\.contentFiles/.test(p)) return 'attachments';
  if (p === 'digitalDocument' || /^digitalDocument\[\d+\](\.contentTextBody.*)?$/.test(p)) return 'text';
  return null;
}

/** Message key for a rule id (ours or the one in a 400's issue title). */
function keyOfRule(rule: string): ComposeErrorKey {
  if (rule === 'label.required' || rule === 'label.empty') return 'errors.label.required';
  if (rule === 'label.max-length') return 'errors.label.tooLong';
  if (rule.startsWith('confidentiality.')) return 'errors.confidentiality.required';
  if (rule === 'recipient.required' || rule === 'recipientAttention.required' || rule === 'recipientAttention.subOrganization.required') {
    return 'errors.recipients.required';
  }
  if (rule.endsWith('.not-found') && rule.startsWith('recipientAttention')) return 'errors.recipients.notFound';
  if (rule.startsWith('recipient')) return 'errors.recipients.invalid';
  if (rule.startsWith('sender')) return 'errors.from.invalid';
  if (rule === 'digitalDocument.required' || rule === 'document.content-required' || rule === 'document.contentTextBody.empty') {
    return 'errors.text.required';
  }
  if (rule === 'attachment.type-not-allowed') return 'errors.attachments.type';
  if (rule === 'message.too-long') return 'errors.attachments.tooBig';
  if (rule.startsWith('attachment.')) return 'errors.attachments.invalid';
  if (rule.startsWith('senderAttention.referenceId') || rule.startsWith('recipientAttention.referenceId')) return 'errors.reference.invalid';
  if (rule.startsWith('recipientAttention.attentionPerson')) return 'errors.person.invalid';
  return 'errors.generic';
}

export function issueOfViolation(v: RuleViolation, context: PathContext): FormIssue {
  const field = v.rule === 'message.too-long' ? 'attachments' : fieldOfPath(v.in, context);
  const key = keyOfRule(v.rule);
  return { field, key, params: { detail: v.detail, max: 256 } };
}

/** "BV/structure: label.max-length" → "label.max-length". */
function ruleOfTitle(title: string | undefined): string {
  if (!title) return '';
  const colon = title.indexOf(': ');
  return colon >= 0 ? title.slice(colon + 2).trim() : '';
}

/** An eventIssue of the service's 400, next to the field its `in` names. */
export function issueOfEventIssue(issue: EventIssue, context: PathContext): FormIssue {
  const rule = ruleOfTitle(issue.title);
  const field = rule === 'message.too-long' ? 'attachments' : fieldOfPath(issue.in, context);
  const key: ComposeErrorKey = rule ? keyOfRule(rule) : 'errors.generic';
  return { field, key, params: { detail: issue.detail ?? issue.title ?? '', max: 256 } };
}

/** One issue per field and message: the same fault in N messages of a send list is shown once. */
export function uniqueIssues(issues: readonly FormIssue[]): FormIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.field ?? ''}|${issue.key}|${issue.key === 'errors.generic' ? String(issue.params?.detail ?? '') : ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
