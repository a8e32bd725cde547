/**
 * A page's first Intl date or number formatter loads ICU's data for it: 12 ms of main-thread CPU on a fast
 * machine, 23–101 ms on a slow one, and four times that on a phone (decision 0079). A worker builds the same
 * formatters first, on a thread of its own; ICU keeps what it loaded for the whole process, so the page's own
 * formatter then takes under a millisecond. Start-up waits for it only where it would build the first formatter,
 * and never longer than `longestWaitMs`: a browser without workers, or one that refuses this one, builds its own
 * formatter on the main thread.
 */
const longestWaitMs = 1500;

const warming = new Map<string, Promise<void>>();

export function warmIntl(locale: string): Promise<void> {
  let warmed = warming.get(locale);
  if (!warmed) warming.set(locale, (warmed = warmInWorker(locale)));
  return warmed;
}

function warmInWorker(locale: string): Promise<void> {
  if (typeof Worker === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, longestWaitMs);
    try {
      worker = new Worker(new URL("./intl-warm-up.worker.ts", import.meta.url), { type: "module" });
      worker.addEventListener("message", done);
      worker.addEventListener("error", done);
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no origin
      worker.postMessage(locale);
    } catch {
      done();
    }
  });
}
