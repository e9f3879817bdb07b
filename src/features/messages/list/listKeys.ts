/**
 * The list's row keys: arrows, Home/End and Page Up/Down move between rows, Enter opens; with
 * single-key shortcuts on (and not while typing), j/k move, and in the inbox r replies and u
 * toggles read. Returns whether the key was handled.
 */
import { isTypingTarget } from '../../shortcuts';

const PAGE_STEP = 10;

export interface ListKeyActions {
  /** Row index by message id (rows carry their message id in data-id). */
  indexById: ReadonlyMap<string, number>;
  count: number;
  inbox: boolean;
  shortcutsEnabled: boolean;
  moveTo(index: number): void;
  open(id: string): void;
  reply(id: string): void;
  /** Undefined while the read state is not known. */
  toggleRead: ((id: string) => void) | undefined;
}

export function handleListKey(event: KeyboardEvent, actions: ListKeyActions): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLTableRowElement>('tr[data-id]');
  const id = row?.dataset.id;
  const index = id === undefined ? undefined : actions.indexById.get(id);
  if (!row || id === undefined || index === undefined) return false;
  const onRow = target === row;
  const single = actions.shortcutsEnabled && !isTypingTarget(target);
  const onRowMoveTo = (to: number) => (onRow ? (actions.moveTo(to), true) : false);
  switch (event.key) {
    case 'ArrowDown':
      actions.moveTo(index + 1);
      return true;
    case 'ArrowUp':
      actions.moveTo(index - 1);
      return true;
    case 'Home':
      return onRowMoveTo(0);
    case 'End':
      return onRowMoveTo(actions.count - 1);
    case 'PageDown':
      return onRowMoveTo(index + PAGE_STEP);
    case 'PageUp':
      return onRowMoveTo(index - PAGE_STEP);
    case 'Enter':
      if (!onRow) return false;
      actions.open(id);
      return true;
    case 'j':
    case 'k':
      if (!single) return false;
      actions.moveTo(event.key === 'j' ? index + 1 : index - 1);
      return true;
    case 'r':
      if (!single || !actions.inbox) return false;
      actions.reply(id);
      return true;
    case 'u':
      if (!single || !actions.inbox || !actions.toggleRead) return false;
      actions.toggleRead(id);
      return true;
    default:
      return false;
  }
}
