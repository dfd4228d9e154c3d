import { ApiError, isNetworkError, isTransientError } from '../api/client';

/**
 * Which failures the shell announces and retries (ARCHITECTURE.md §5). A 400 or 404 belongs to the page
 * or dialog that asked (inline field and rule errors); what no page can fix goes to a toast.
 */

export const QUERY_RETRIES = 2;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < QUERY_RETRIES && isTransientError(error);
}

/** Retries back off quickly: a console that waits long looks broken. */
export function retryDelay(attempt: number): number {
  return Math.min(300 * 2 ** attempt, 2000);
}

/**
 * The toast for a failed read (`query`) or write (`mutation`), or null when the page or dialog
 * shows it itself. A failed read says only that the page may be behind, never that a write failed:
 * after a write that was applied, a failing refresh must not read as its failure.
 */
export function errorToast(error: unknown, kind: 'query' | 'mutation' = 'mutation'): string | null {
  if (error instanceof ApiError) {
    if (error.status === 401) return `You are not signed in: ${error.message}`;
    if (error.status === 403) return `Not allowed: ${error.message}`;
    if (error.status >= 500)
      return kind === 'query'
        ? `Could not refresh (the service answered ${error.status}): what the page shows may be out of date.`
        : `The service failed (${error.status}), nothing was changed: ${error.message}`;
    return null;
  }
  if (isNetworkError(error))
    return kind === 'query'
      ? 'Could not reach the service: what the page shows may be out of date.'
      : 'Could not reach the service. Check the connection and try again.';
  return null;
}
