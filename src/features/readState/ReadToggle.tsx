/**
 * The read/unread toggle button itself, without hooks: list rows render hundreds of these while
 * scrolling, so the list passes in the read state, the translation function and one shared
 * handler instead of every row subscribing to the store and to i18next on its own.
 */
import { isolate } from '../../i18n/bidi';

/**
 * The `t` the toggle needs: any `t` whose namespaces include readState fits (its keys are
 * namespaced), and tsc checks these keys against the texts when such a `t` is passed in.
 */
export type ReadToggleT = (key: 'readState:markRead' | 'readState:markUnread' | 'readState:forMessage', options?: { label: string }) => string;

export interface ReadToggleProps {
  read: boolean;
  /** The read state is known (false while the user's stored state loads). */
  ready: boolean;
  /** The message's label, read out after the button text so buttons in a list differ. */
  label?: string | undefined;
  tabIndex?: number | undefined;
  className: string;
  t: ReadToggleT;
  onToggle(): void;
}

export function ReadToggle({ read, ready, label, tabIndex, className, t, onToggle }: ReadToggleProps) {
  return (
    <button type="button" className={className} disabled={!ready} tabIndex={tabIndex} onClick={onToggle}>
      {read ? t('readState:markUnread') : t('readState:markRead')}
      {label ? <span className="visually-hidden">{t('readState:forMessage', { label: isolate(label) })}</span> : null}
    </button>
  );
}
