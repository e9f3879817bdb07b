/**
 * The service's own words for one event (typeCode, title, detail, in), as received: what
 * support and the recipient will ask for. Empty values and Digg's "NA" placeholders are left out.
 */
import { useTranslation } from 'react-i18next';
import type { EventIssue } from '../../sdk/model';

const FIELDS = ['typeCode', 'title', 'detail', 'in'] as const;

function meaningful(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.trim().toUpperCase() !== 'NA';
}

export function IssueFacts({ issue }: { issue: EventIssue }) {
  const { t } = useTranslation('delivery');
  const fields = FIELDS.filter((field) => meaningful(issue[field]));
  if (fields.length === 0) return null;
  return (
    <dl className="issue-facts">
      {fields.map((field) => (
        <div key={field} className="issue-facts__row">
          <dt>{t(`fields.${field}`)}</dt>
          <dd>{issue[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
