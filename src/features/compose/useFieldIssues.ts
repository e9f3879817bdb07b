/**
 * Which issues the composer shows, and where: a field's issue once the field has been left or
 * the form submitted (the service's own answers at once), the error summary after a submit,
 * and focus on the summary when a submit fails.
 */
import { useEffect, useRef, useState } from 'react';
import type { ComposeField, FormIssue } from './model/formIssues';

export function useFieldIssues(checkIssues: readonly FormIssue[], serverIssues: readonly FormIssue[]) {
  const [touched, setTouched] = useState<ReadonlySet<ComposeField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const visible = (field: ComposeField) => submitted || touched.has(field);
  const issueOf = (field: ComposeField): FormIssue | undefined =>
    serverIssues.find((i) => i.field === field) ?? (visible(field) ? checkIssues.find((i) => i.field === field) : undefined);
  const touch = (field: ComposeField) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  const summaryIssues = submitted || serverIssues.length > 0 ? [...serverIssues, ...checkIssues] : [];

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  return {
    issueOf,
    touch,
    summaryIssues,
    summaryRef,
    /** The form was submitted: every field's issue shows from now on. */
    markSubmitted: () => setSubmitted(true),
    /** Move focus to the error summary (after it has rendered). */
    focusSummary: () => setSummaryFocus((n) => n + 1),
  };
}
