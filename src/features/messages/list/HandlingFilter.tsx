/**
 * Mine / Unassigned / Handled / All above a shared mailbox's inbox (kept in the URL, `hantering`),
 * each with its count from the MK gateway. Radio buttons: one choice, arrow keys move between them.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandlingFilter as Filter } from '../../../sdk/handling';
import type { HandlingCounts } from '../../../api/endpoints/handlingCounts';
import { HANDLING_FILTERS } from './listFilters';

export function HandlingFilter({ value, counts, onChange }: { value: Filter; counts: HandlingCounts; onChange(filter: Filter): void }) {
  const { t } = useTranslation('messages');
  const id = useId();
  return (
    <fieldset className="handling-filter">
      <legend>{t('handling.label')}</legend>
      {HANDLING_FILTERS.map((filter) => (
        <span key={filter} className="handling-filter__option">
          <input id={id + filter} type="radio" name={id} checked={value === filter} onChange={() => onChange(filter)} />
          <label htmlFor={id + filter}>{filter === 'all' ? t('handling.all') : t('handling.count', { filter: t(`handling.${filter}`), count: counts[filter] })}</label>
        </span>
      ))}
    </fieldset>
  );
}
