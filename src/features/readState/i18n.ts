/** Texts of the 'readState' namespace (read/unread marks and actions). */
import type { Texts } from '../../i18n/texts';

const sv = {
  unread: 'oläst',
  markUnread: 'Markera som oläst',
  markRead: 'Markera som läst',
  /** Visually hidden context after the button text, so each row's button has its own name. */
  forMessage: ': {{label}}',
  markedUnread: 'Meddelandet är markerat som oläst.',
  markedRead: 'Meddelandet är markerat som läst.',
} as const;

const en: Texts<typeof sv> = {
  unread: 'unread',
  markUnread: 'Mark as unread',
  markRead: 'Mark as read',
  forMessage: ': {{label}}',
  markedUnread: 'The message is marked as unread.',
  markedRead: 'The message is marked as read.',
};

export const readStateResources = { sv, en } as const;
