/**
 * TanStack Query defaults for one signed-in session (a new client per sign-in, cleared at
 * sign-out, so no cached message can outlive the session it was fetched in).
 */
import { QueryClient } from '@tanstack/react-query';

const MAX_RETRIES = 2;

/**
 * Errors with an HTTP status 400–499 are final: retrying a 403 or 404 only delays the message
 * the user needs to see. Features throw errors carrying a numeric `status` for API failures.
 */
export function isClientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('status' in error)) return false;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !isClientError(error) && failureCount < MAX_RETRIES;
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        staleTime: 10_000,
      },
      // Sending is never repeated automatically: the user must see the failure and decide.
      mutations: { retry: false },
    },
  });
}
