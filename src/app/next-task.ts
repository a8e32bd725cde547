/**
 * Ends the current task: what follows runs in a task of its own, once the browser has had its chance to paint and
 * to answer input. Start-up yields this way between its steps, so that no step adds up with the next into one long
 * task on a slow phone (decision 0071). `scheduler.yield()` keeps the continuation ahead of other queued work; where
 * it is missing, a message to itself, which a background tab does not throttle as it throttles timers.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener(
      "message",
      () => {
        port1.close();
        resolve();
      },
      { once: true },
    );
    port1.start();
    port2.postMessage(null);
  });
}
