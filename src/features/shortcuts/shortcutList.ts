/** The shortcuts, as the help dialog lists them (keys and texts in the 'shortcuts' namespace). */
export interface ShortcutEntry {
  /** Keys of `shortcuts:keys`; alternatives are shown with "or". */
  keys: readonly ('j' | 'k' | 'down' | 'up' | 'home' | 'end' | 'enter' | 'r' | 'u' | 't' | 'h' | 'c' | 'slash' | 'question' | 'escape')[];
  /** Key of `shortcuts:actions`. */
  action: 'next' | 'previous' | 'firstLast' | 'open' | 'reply' | 'toggleRead' | 'take' | 'handled' | 'compose' | 'search' | 'help' | 'back';
  /** False for keys that work even with shortcuts switched off (arrows, Home/End, Enter in the list). */
  switchable: boolean;
}

export const SHORTCUTS: readonly ShortcutEntry[] = [
  { keys: ['j'], action: 'next', switchable: true },
  { keys: ['k'], action: 'previous', switchable: true },
  { keys: ['down'], action: 'next', switchable: false },
  { keys: ['up'], action: 'previous', switchable: false },
  { keys: ['home', 'end'], action: 'firstLast', switchable: false },
  { keys: ['enter'], action: 'open', switchable: false },
  { keys: ['r'], action: 'reply', switchable: true },
  { keys: ['u'], action: 'toggleRead', switchable: true },
  // On an open received message of a shared mailbox (features/handling/HandlingPanel).
  { keys: ['t'], action: 'take', switchable: true },
  { keys: ['h'], action: 'handled', switchable: true },
  { keys: ['c'], action: 'compose', switchable: true },
  { keys: ['slash'], action: 'search', switchable: true },
  { keys: ['question'], action: 'help', switchable: true },
  { keys: ['escape'], action: 'back', switchable: true },
];
