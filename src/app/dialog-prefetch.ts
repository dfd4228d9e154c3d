/*
 * The image action dialogs load on first use (image-action-dialogs.tsx), so the first Replicate
 * took as long as its chunk's download after the click. Their chunks are fetched ahead: once
 * the page has loaded and the browser is idle, or at the first sign of a person at the page
 * (a pointer over it, a key, a focus), whichever comes first. Idle has no deadline: a timeout
 * fired while the first page was still loading on a busy machine and slowed its first row.
 */

const INTENT_EVENTS = ['pointerover', 'keydown', 'focusin'] as const;

/** Calls `prefetch` once, on idle after the load event or at the first interaction. */
export function prefetchWhenIdleOrInteracting(prefetch: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    prefetch();
  };
  const onIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run);
    else setTimeout(run, 0);
  };
  const stop = () => {
    for (const type of INTENT_EVENTS) document.removeEventListener(type, run, true);
    window.removeEventListener('load', onIdle);
  };
  for (const type of INTENT_EVENTS) document.addEventListener(type, run, { capture: true, passive: true });
  if (document.readyState === 'complete') onIdle();
  else window.addEventListener('load', onIdle, { once: true });
  return () => {
    done = true;
    stop();
  };
}

/** One import per chunk, shared by the prefetch and `React.lazy`, so a chunk is asked for once. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    // a failed prefetch (offline) must not leave the dialog unable to load later
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}
