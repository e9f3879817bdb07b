import { useTranslation } from 'react-i18next';
import { asIssueText, type FormIssue } from '../model/formIssues';

/** A field's error text (GOV.UK style: above the control, prefixed for screen readers). */
export function FieldError({ id, issue }: { id: string; issue: FormIssue | undefined }) {
  const { t } = useTranslation('compose');
  const issueText = asIssueText(t);
  if (!issue) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {issueText(issue.key, issue.params)}
    </p>
  );
}
