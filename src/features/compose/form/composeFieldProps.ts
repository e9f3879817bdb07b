import type { ComposeValues } from '../model/composeValues';
import type { ComposeField, FormIssue } from '../model/formIssues';

/** What a part of the composer form gets from the form: the values, how to change them, and the issues to show. */
export interface ComposeFieldProps {
  values: ComposeValues;
  update(change: Partial<ComposeValues>, fields?: ComposeField[]): void;
  issueOf(field: ComposeField): FormIssue | undefined;
  touch(field: ComposeField): void;
  busy: boolean;
}
