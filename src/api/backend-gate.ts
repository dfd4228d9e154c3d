/*
 * The console paints before its backend answers: the mock's service worker registers while the
 * shell renders (src/main.tsx). A request made before the worker is active would reach the
 * static server and get index.html, so every request waits here until the backend is ready.
 * The api layer never imports the mock: main.tsx hands the gate its start.
 */

let ready: Promise<unknown> = Promise.resolve();

/** Requests wait for `started` (the mock backend's start) before they are sent. */
export function holdRequestsUntil(started: Promise<unknown>): void {
  ready = started;
}

/** Resolves when requests may be sent; rejects, failing the request, when the backend did not start. */
export function backendReady(): Promise<unknown> {
  return ready;
}
