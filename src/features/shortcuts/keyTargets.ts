/**
 * When a key press is a shortcut, and the elements shortcuts act on. Shortcuts never fire
 * while the user types (inputs, text areas, editable content), with Ctrl/Alt/Cmd held (those
 * belong to the browser and assistive technology), or while a modal dialog is open.
 */
/** The list's search field (the '/' shortcut focuses it). */
export const SEARCH_INPUT_ID = 'message-search';
/** Marks the message list table; its focusable row is the one with tabindex 0. */
export const MESSAGE_LIST_ATTRIBUTE = 'data-message-list';

const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  // jsdom lacks isContentEditable; the attribute and text-field roles are what matter anyway.
  return target.closest('[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="searchbox"]') !== null;
}

export function hasCommandModifier(event: KeyboardEvent | { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}

export function isModalOpen(doc: Document = document): boolean {
  return doc.querySelector('[aria-modal="true"], dialog[open]') !== null;
}

/** The list row that takes focus (roving tabindex), if a message list is shown. */
export function focusableListRow(doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`[${MESSAGE_LIST_ATTRIBUTE}] tbody tr[tabindex="0"]`);
}
