/**
 * The list of problems above the form (GOV.UK error summary pattern): each links to its field;
 * it takes focus after a failed submit so screen-reader users hear what to fix.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asIssueText, fieldDomId, type FormIssue } from '../model/formIssues';

export interface ErrorSummaryProps {
  issues: readonly FormIssue[];
  title: string;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ issues, title }, ref) {
  const { t } = useTranslation('compose');
  const issueText = asIssueText(t);
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="compose-error-summary-title">
      <h2 id="compose-error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {issues.map((issue, i) => (
          <li key={`${issue.field ?? 'message'}-${issue.key}-${i}`}>
            {issue.field ? (
              <a
                href={`#${fieldDomId(issue.field)}`}
                onClick={(event) => {
                  // Focus the control itself (a plain #hash jump only scrolls in some browsers).
                  const target = document.getElementById(fieldDomId(issue.field ?? 'label'));
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView?.({ block: 'center' });
                  }
                }}
              >
                {issueText(issue.key, issue.params)}
              </a>
            ) : (
              issueText(issue.key, issue.params)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
