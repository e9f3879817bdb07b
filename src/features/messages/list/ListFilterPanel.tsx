/**
 * The toolbar's filter panel (period, status, markers, clear), loaded on demand the first time
 * the panel opens: the inbox's first screen shows only search, sort and the Filter button.
 */
import { use, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { i18n as I18n } from 'i18next';
import { loadLazyTexts } from '../../../i18n';
import { useTranslation } from 'react-i18next';
import type { MailboxView } from '../../../routes/paths';
import { dateRangeProblem, STATUS_GROUPS, type ListFilters, type StatusGroup } from './listFilters';

/** Dates are committed after typing pauses, so typing a year does not fetch four periods. */
const DATE_COMMIT_MS = 400;

export interface ListFilterPanelProps {
  view: MailboxView;
  filters: ListFilters;
  factsState: 'ready' | 'loading' | 'error';
  onChange(patch: Partial<ListFilters>): void;
  onClear(): void;
}

/** The panel's texts, fetched once per i18n instance (the toolbar's Suspense waits for them). */
const textRequests = new WeakMap<I18n, Promise<void>>();

export function ListFilterPanel(props: ListFilterPanelProps) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle(i18n.language, 'messageFilters')) {
    let request = textRequests.get(i18n);
    // A failed fetch (offline) is forgotten, so the next opening tries again.
    if (!request) textRequests.set(i18n, (request = loadLazyTexts(i18n, ['messageFilters']).catch(() => void textRequests.delete(i18n))));
    use(request);
  }
  return <Panel {...props} />;
}

function Panel({ view, filters, factsState, onChange, onClear }: ListFilterPanelProps) {
  const { t } = useTranslation(['messageFilters', 'messages']);
  const ids = useId();
  return (
    <>
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
        {t('messages:toolbar.clear')}
      </button>
    </>
  );
}

function DateRange({ filters, onChange }: { filters: ListFilters; onChange(patch: Partial<ListFilters>): void }) {
  const { t } = useTranslation(['messageFilters', 'messages']);
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
