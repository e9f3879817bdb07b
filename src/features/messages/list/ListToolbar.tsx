/**
 * Search, sort and filters above the list. Everything is kept in the URL query (listFilters.ts):
 * the caller passes the current filters and applies patches. The text says what the search
 * covers, so nobody believes message text was searched.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailboxView } from '../../../routes/paths';
import { SEARCH_INPUT_ID } from '../../shortcuts';
import { activeFilterCount, type ListFilters } from './listFilters';

/** The filter panel (code and texts), fetched the first time it opens. */
const FilterPanel = lazy(() => import('./ListFilterPanel').then((m) => ({ default: m.ListFilterPanel })));

export interface ListToolbarProps {
  view: MailboxView;
  filters: ListFilters;
  /** How many messages the search and filters look at (the fetched list). */
  searchedCount: number;
  factsState: 'ready' | 'loading' | 'error';
  onChange(patch: Partial<ListFilters>): void;
  onClear(): void;
}

export function ListToolbar({ view, filters, searchedCount, factsState, onChange, onClear }: ListToolbarProps) {
  const { t } = useTranslation('messages');
  const ids = useId();
  const panelId = `${ids}-filters`;
  const hintId = `${ids}-search-hint`;
  const activeCount = activeFilterCount(filters);
  const [open, setOpen] = useState(() => activeCount > 0);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);

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
        {/* Loaded the first time it opens (the inbox start-up bundle stays small), then kept. */}
        {opened ? (
          <Suspense fallback={<p>{t('list.loading')}</p>}>
            <FilterPanel view={view} filters={filters} factsState={factsState} onChange={onChange} onClear={onClear} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
