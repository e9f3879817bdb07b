/**
 * A one-line result of something done on one page, shown on the page it leads to ("Meddelandet
 * är skickat", "Meddelandet är borttaget"). It travels in the router's location state, so it
 * is never stored and disappears with that history entry. The layout renders it (FlashNotice).
 */
export interface FlashState {
  flash?: string;
}

export function flashOf(state: unknown): string | undefined {
  const flash = (state as FlashState | null)?.flash;
  return typeof flash === 'string' && flash !== '' ? flash : undefined;
}
