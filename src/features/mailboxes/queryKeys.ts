/**
 * TanStack Query keys of the mailboxes feature. Build keys only here, so invalidation
 * (e.g. `mailboxKeys.all`) reaches every query of the feature.
 */
export const mailboxKeys = {
  all: ['mailboxes'] as const,
  /** The whole SDK address book (function addresses + organisations), fetched as one unit. */
  directory: () => [...mailboxKeys.all, 'directory'] as const,
  /** The signed-in user's granted mailboxes (GET /mk/me). */
  mine: () => [...mailboxKeys.all, 'mine'] as const,
};
