/**
 * Ends the current task: what follows runs in a task of its own, once the browser has had its chance to paint and
 * to answer input. Start-up yields this way between its steps, so that no step adds up with the next into one long
 * task on a slow phone (issue 12). `scheduler.yield()` keeps the continuation ahead of other queued work.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
