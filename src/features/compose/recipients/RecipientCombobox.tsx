/**
 * The "Till" field: one search-as-you-type combobox over the address book (WAI-ARIA 1.2
 * combobox with a listbox popup), the chosen recipients as removable chips.
 *
 * Keyboard: ↓/↑ move through the suggestions (↓ opens them), Home/End jump to the first/last
 * suggestion once one is active, Enter picks, Escape closes (a second Escape empties the field),
 * Backspace in an empty field removes the last chip. Result counts are announced in a polite
 * live region. All address-book text is rendered as React text, never as HTML.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientText, type SelectedRecipient } from '../model/composeValues';
import { DEFAULT_RESULT_LIMIT, type RecipientIndex, type RecipientOption } from './recipientIndex';
import { isolate } from '../../../i18n/bidi';

export interface RecipientComboboxProps {
  /** Id of the text input (error summary links point here). */
  inputId: string;
  index: RecipientIndex | undefined;
  indexState: 'pending' | 'error' | 'ready';
  onRetryIndex(): void;
  selected: readonly SelectedRecipient[];
  onChange(next: SelectedRecipient[]): void;
  /** Function address ids, newest first, offered when the field is empty. */
  recent: readonly string[];
  /** Ids of hint and error texts for aria-describedby. */
  describedBy?: string;
  invalid?: boolean;
  /** A reply or complement: the recipient is fixed. */
  locked?: boolean;
}

export function RecipientCombobox(props: RecipientComboboxProps) {
  const { t } = useTranslation('compose');
  const { inputId, index, indexState, selected, onChange, recent, locked } = props;
  const listboxId = useId();
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const selectedIds = useMemo(() => new Set(selected.map((r) => r.identifier)), [selected]);
  const showingRecent = query.trim() === '';
  const { options, total } = useMemo(() => {
    if (!index) return { options: [] as RecipientOption[], total: 0 };
    if (query.trim() === '') {
      const recents = recent
        .filter((id) => !selectedIds.has(id))
        .map((id) => index.byIdentifier(id))
        .filter((o): o is RecipientOption => o !== undefined);
      return { options: recents, total: recents.length };
    }
    return index.search(query, { exclude: selectedIds });
  }, [index, query, recent, selectedIds]);

  const expanded = open && options.length > 0 && !locked;

  const describe = (count: number, all: number, recentList: boolean): string => {
    if (recentList) return count === 0 ? '' : t('recipients.recentCount', { count });
    if (all === 0) return t('recipients.noMatches', { query: isolate(query.trim()) });
    if (all > count) return t('recipients.manyMatches', { count, total: all });
    return t('recipients.matches', { count: all });
  };

  const choose = (option: RecipientOption) => {
    const next: SelectedRecipient = {
      identifier: option.identifier,
      participantIdentifier: option.participantIdentifier,
      functionName: option.functionName,
      organizationName: option.organizationName,
    };
    onChange([...selected, next]);
    setQuery('');
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('recipients.added', { name: isolate(recipientText(next)), count: selected.length + 1 }));
    inputRef.current?.focus();
  };

  const remove = (identifier: string) => {
    const removed = selected.find((r) => r.identifier === identifier);
    onChange(selected.filter((r) => r.identifier !== identifier));
    if (removed) setAnnouncement(t('recipients.removed', { name: isolate(recipientText(removed)), count: selected.length - 1 }));
    inputRef.current?.focus();
  };

  const openList = () => {
    setOpen(true);
    setActive(-1);
    setAnnouncement('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          openList();
          setActive(0);
        } else setActive((i) => (i + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          openList();
          setActive(options.length - 1);
        } else setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
        break;
      case 'Home':
        if (expanded && active >= 0) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (expanded && active >= 0) {
          event.preventDefault();
          setActive(options.length - 1);
        }
        break;
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        // Enter must never submit the form from this field.
        event.preventDefault();
        if (option) choose(option);
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace': {
        const last = selected.at(-1);
        if (query === '' && last && !locked) {
          event.preventDefault();
          remove(last.identifier);
        }
        break;
      }
      default:
    }
  };

  const optionId = (i: number) => `${listboxId}-option-${i}`;

  return (
    <div className="recipients">
      {selected.length > 0 ? (
        <ul className="chips" aria-label={t('recipients.selectedLabel', { count: selected.length })}>
          {selected.map((r) => (
            <li key={r.identifier} className="chip">
              <span className="chip__text" title={r.identifier}>
                {recipientText(r)}
              </span>
              {locked ? null : (
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('recipients.remove', { name: isolate(recipientText(r)) })}
                  onClick={() => remove(r.identifier)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {locked ? null : (
        <div className="combobox">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            className="input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={[props.describedBy, statusId].filter(Boolean).join(' ') || undefined}
            aria-invalid={props.invalid || undefined}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              openList();
            }}
            onFocus={() => {
              if (query.trim() === '' && recent.length > 0) openList();
            }}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
          />
          {/* The WAI-ARIA combobox pattern: a native <select> cannot search as you type. */}
          <ul
            id={listboxId}
            // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role, jsx-a11y/prefer-tag-over-role
            role="listbox"
            className="combobox__listbox"
            aria-label={showingRecent ? t('recipients.recentLabel') : t('recipients.suggestionsLabel')}
            hidden={!expanded}
          >
            {expanded
              ? options.map((option, i) => (
                  // Keyboard use goes through the input (aria-activedescendant); the click is for pointers.
                  // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
                  <li
                    key={option.identifier}
                    id={optionId(i)}
                    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role, jsx-a11y/prefer-tag-over-role
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                    // Keep focus in the input, so the click does not blur and close the list first.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    <span className="combobox__primary">{recipientText(option)}</span>
                    <span className="combobox__secondary">
                      {option.unit ? `${option.unit} · ` : ''}
                      {option.identifier}
                    </span>
                  </li>
                ))
              : null}
          </ul>
        </div>
      )}
      <output id={statusId} className="visually-hidden" aria-live="polite">
        {indexState === 'pending' ? t('recipients.loading') : announcement || (open && !locked && index ? describe(options.length, total, showingRecent) : '')}
      </output>
      {indexState === 'error' && !locked ? (
        <p className="field-error" role="alert">
          {t('recipients.indexError')}{' '}
          <button type="button" className="button button--quiet" onClick={props.onRetryIndex}>
            {t('recipients.retry')}
          </button>
        </p>
      ) : null}
      {!locked && open && index && query.trim() !== '' && total === 0 ? (
        <p className="combobox__more" aria-hidden="true">
          {t('recipients.noMatches', { query: isolate(query.trim()) })}
        </p>
      ) : null}
      {!locked && query.trim() !== '' && total > DEFAULT_RESULT_LIMIT && expanded ? (
        <p className="combobox__more" aria-hidden="true">
          {t('recipients.manyMatches', { count: options.length, total })}
        </p>
      ) : null}
    </div>
  );
}
