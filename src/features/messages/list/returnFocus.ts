/**
 * Which list row to give focus back to when the user returns from a message (Back, Escape or
 * the back link): the row of the message they opened. In memory only, and consumed by the next
 * list shown, so it never jumps focus later on.
 */
import { create } from 'zustand';
import { registerStoreReset } from '../../../auth/resetRegistry';
import type { MailboxView } from '../../../routes/paths';

interface ReturnFocusTarget {
  mailbox: string;
  view: MailboxView;
  messageId: string;
}

interface ReturnFocusState {
  target: ReturnFocusTarget | null;
}

export const useReturnFocusStore = create<ReturnFocusState>()(() => ({ target: null }));

export function rememberOpenedMessage(target: ReturnFocusTarget): void {
  useReturnFocusStore.setState({ target });
}

/** The id to focus in this list, if the user is coming back from one of its messages. */
export function peekReturnFocus(mailbox: string, view: MailboxView): string | undefined {
  const { target } = useReturnFocusStore.getState();
  return target && target.mailbox === mailbox && target.view === view ? target.messageId : undefined;
}

export function clearReturnFocus(): void {
  useReturnFocusStore.setState({ target: null });
}

registerStoreReset(clearReturnFocus);
