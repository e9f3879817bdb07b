/**
 * Search, sort and filters above the list. Everything is kept in the URL query (listFilters.ts):
 * the caller passes the current filters and applies patches. The text says what the search
 * covers, so nobody believes message text was searched.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailboxView } from '../../../routes/paths';
import { SEARCH_INPUT_ID } from '../../shortcuts';
import { activeFilterCount, dateRangeProblem, STATUS_GROUPS, type ListFilters, type StatusGroup } from './listFilters';

export interface ListToolbarProps {
  view: MailboxView;
  filters: ListFilters;
  /** How many messages the search and filters look at (the fetched list). */
  searchedCount: number;
  factsState: 'ready' | 'loading' | 'error';
  onChange(patch: Partial<ListFilters>): void;
  onClear(): void;
}

/** Dates are committed after typing pauses, so typing a year does not fetch four periods. */
const DATE_COMMIT_MS = 400;

export function ListToolbar({ view, filters, searchedCount, factsState, onChange, onClear }: ListToolbarProps) {
  const { t } = useTranslation('messages');
  const ids = useId();
  const panelId = `${ids}-filters`;
  const hintId = `${ids}-search-hint`;
  const activeCount = activeFilterCount(filters);
  const [open, setOpen] = useState(() => activeCount > 0);

  return (
    // A div with the role rather than <search>: that element is too new for some browsers
    // still in use (and for jsdom), which would drop its landmark.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <div className="list-toolbar" role="search" aria-label={t('toolbar.label')}>
      <div className="list-toolbar__row">
        <div className="field list-toolbar__search">
          <label htmlFor={SEARCH_INPUT_ID}>{t('toolbar.search')}</label>
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            className="input"
            value={filters.query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            onChange={(event) => onChange({ query: event.target.value })}
          />
          <p id={hintId} className="field__hint">
            {t(`toolbar.searchHint.${view}`, { count: searchedCount })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>{t('toolbar.sort')}</label>
          <select
            id={`${ids}-sort`}
            className="input"
            value={filters.sort}
            onChange={(event) => onChange({ sort: event.target.value === 'oldest' ? 'oldest' : 'newest' })}
          >
            <option value="newest">{t('toolbar.newest')}</option>
            <option value="oldest">{t('toolbar.oldest')}</option>
          </select>
        </div>
        <button type="button" className="button button--quiet list-toolbar__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {t('toolbar.filters')}
          {activeCount > 0 ? <span className="list-toolbar__count">{` (${t('toolbar.filtersActive', { count: activeCount })})`}</span> : null}
        </button>
      </div>

      <div id={panelId} className="list-filters" hidden={!open}>
        <DateRange filters={filters} onChange={onChange} />
        {view === 'sent' ? (
          <fieldset className="list-filters__group">
            <legend>{t('toolbar.status')}</legend>
            <Radio name={`${ids}-status`} checked={filters.status === undefined} onSelect={() => onChange({ status: undefined })}>
              {t('toolbar.statusAll')}
            </Radio>
            {STATUS_GROUPS.map((group: StatusGroup) => (
              <Radio key={group} name={`${ids}-status`} checked={filters.status === group} onSelect={() => onChange({ status: group })}>
                {t(`toolbar.statusGroup.${group}`)}
              </Radio>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="list-filters__group">
          <legend>{t('toolbar.markers')}</legend>
          <Checkbox checked={filters.confidentialOnly} onToggle={(confidentialOnly) => onChange({ confidentialOnly })}>
            {t('toolbar.confidentialOnly')}
          </Checkbox>
          <Checkbox
            checked={filters.withAttachments}
            onToggle={(withAttachments) => onChange({ withAttachments })}
            hint={filters.withAttachments && factsState !== 'ready' ? t(factsState === 'loading' ? 'facts.loading' : 'facts.error') : undefined}
          >
            {t('toolbar.withAttachments')}
          </Checkbox>
          {view === 'inbox' ? (
            <Checkbox checked={filters.unreadOnly} onToggle={(unreadOnly) => onChange({ unreadOnly })}>
              {t('toolbar.unreadOnly')}
            </Checkbox>
          ) : null}
        </fieldset>
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('toolbar.clear')}
        </button>
      </div>
    </div>
  );
}

function DateRange({ filters, onChange }: { filters: ListFilters; onChange(patch: Partial<ListFilters>): void }) {
  const { t } = useTranslation('messages');
  const ids = useId();
  const [draft, setDraft] = useState({ from: filters.from, to: filters.to });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL changed elsewhere (cleared, back button): show what it says (adjusted while
  // rendering, React's pattern for state that follows a prop).
  const [shown, setShown] = useState({ from: filters.from, to: filters.to });
  if (shown.from !== filters.from || shown.to !== filters.to) {
    setShown({ from: filters.from, to: filters.to });
    setDraft({ from: filters.from, to: filters.to });
  }

  const update = (key: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...draft, [key]: event.target.value };
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), DATE_COMMIT_MS);
  };

  const problem = dateRangeProblem(draft);
  const problemId = `${ids}-problem`;
  const invalidFrom = problem === 'fromInvalid' || problem === 'fromAfterTo';
  const invalidTo = problem === 'toInvalid' || problem === 'fromAfterTo';
  return (
    <fieldset className="list-filters__group" aria-describedby={`${ids}-hint`}>
      <legend>{t('toolbar.period')}</legend>
      <p id={`${ids}-hint`} className="field__hint">
        {t('toolbar.periodHint')}
      </p>
      <div className="list-filters__dates">
        <DateField id={`${ids}-from`} label={t('toolbar.from')} value={draft.from} invalid={invalidFrom} problemId={problemId} onChange={update('from')} />
        <DateField id={`${ids}-to`} label={t('toolbar.to')} value={draft.to} invalid={invalidTo} problemId={problemId} onChange={update('to')} />
      </div>
      <p id={problemId} className="field__error" role={problem ? 'alert' : undefined}>
        {problem ? t(`toolbar.dateProblem.${problem}`) : null}
      </p>
    </fieldset>
  );
}


interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  /** The range's problem text, named as the description while this field is part of it. */
  problemId: string;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}

function DateField({ id, label, value, invalid, problemId, onChange }: DateFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? problemId : undefined}
        onChange={onChange}
      />
    </div>
  );
}
function Checkbox({ checked, onToggle, hint, children }: { checked: boolean; onToggle(value: boolean): void; hint?: string | undefined; children: string }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onToggle(event.target.checked)} />
      <label htmlFor={id}>{children}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function Radio({ name, checked, onSelect, children }: { name: string; checked: boolean; onSelect(): void; children: string }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="radio" name={name} checked={checked} onChange={onSelect} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
