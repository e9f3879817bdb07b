import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../../ui/Field';
import { asIssueText, type FormIssue } from '../model/formIssues';

/** A form issue as a field's error text (ui/Field), in the composer's words. */
export function FieldError({ id, issue }: { id: string; issue: FormIssue | undefined }) {
  const { t } = useTranslation('compose');
  const issueText = asIssueText(t);
  return <FieldErrorText id={id} error={issue ? issueText(issue.key, issue.params) : undefined} prefix={t('errors.prefix')} />;
}

/** The error text and prefix of a field's issue, for ui/Field. */
export function useIssueText(): (issue: FormIssue | undefined) => { error: string | undefined; errorPrefix: string } {
  const { t } = useTranslation('compose');
  const issueText = asIssueText(t);
  return (issue) => ({ error: issue ? issueText(issue.key, issue.params) : undefined, errorPrefix: t('errors.prefix') });
}
