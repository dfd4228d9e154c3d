import { ApiError } from '../api/client';

/**
 * Which failures the shell announces and retries (ARCHITECTURE.md §5). A 400 or 404 belongs to the page
 * or dialog that asked (inline field and rule errors); what no page can fix goes to a toast.
 */

/** `fetch` rejects with a TypeError when the request never got an answer. */
const isNetworkError = (error: unknown) => error instanceof TypeError;

/** Worth asking again: the service failed or was unreachable, not refused. */
export function isTransientError(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500;
  return isNetworkError(error);
}

export const QUERY_RETRIES = 2;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < QUERY_RETRIES && isTransientError(error);
}

/** Retries back off quickly: a console that waits long looks broken. */
export function retryDelay(attempt: number): number {
  return Math.min(300 * 2 ** attempt, 2000);
}

/** The toast for a failed query or mutation, or null when the page or dialog shows it itself. */
export function errorToast(error: unknown): string | null {
  if (error instanceof ApiError) {
    if (error.status === 401) return `You are not signed in: ${error.message}`;
    if (error.status === 403) return `Not allowed: ${error.message}`;
    if (error.status >= 500) return `The service failed (${error.status}): ${error.message}`;
    return null;
  }
  if (isNetworkError(error)) return 'Could not reach the service. Check the connection and try again.';
  return null;
}
