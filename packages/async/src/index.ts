// Small waiting and concurrency helpers shared by the actions.

/** Runs `work` over `items` with at most `limit` running at once; results keep the items' order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Waits `ms`, or less when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * SIGTERM/SIGINT (the runner cancelling the job) abort `signal` instead of killing the
 * process, so an action can first finish what it must not leave half-done. Repeated
 * signals (the runner sends SIGINT, then SIGTERM) are absorbed until `dispose`.
 */
export function listenForCancellation(): { signal: AbortSignal; cancelledAt(): number | undefined; dispose(): void } {
  const controller = new AbortController();
  let at: number | undefined;
  const cancel = () => {
    at ??= Date.now();
    controller.abort();
  };
  process.on('SIGTERM', cancel);
  process.on('SIGINT', cancel);
  return {
    signal: controller.signal,
    /** When the first signal came: the runner's grace period counts from it. */
    cancelledAt: () => at,
    dispose() {
      process.removeListener('SIGTERM', cancel);
      process.removeListener('SIGINT', cancel);
    },
  };
}

/** Resolves when `signal` aborts (never, if it does not). */
export function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * A signal that aborts `graceMs` after `signal` does: how long an action may still take to
 * finish its records once the runner has asked it to stop.
 */
export function graceAfter(signal: AbortSignal, graceMs: number): AbortSignal {
  const controller = new AbortController();
  const start = () => setTimeout(() => controller.abort(), graceMs).unref();
  if (signal.aborted) start();
  else signal.addEventListener('abort', start, { once: true });
  return controller.signal;
}
