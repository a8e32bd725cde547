import { Worker } from "node:worker_threads";

/**
 * SQLite folds the write-ahead log back into the database file ("checkpoint") every thousand pages, inline in
 * whichever commit crosses the mark, fsync included: under load that one request waits tens of milliseconds.
 * A worker thread with its own connection checkpoints twice a second instead, off the request path; the main
 * connection's own auto-checkpoint stays as a backstop far above what the worker lets the log grow to.
 */
export function startCheckpointer(file: string): { stop(): Promise<void> } {
  const worker = new Worker(
    `
      const { parentPort, workerData } = require("node:worker_threads");
      const Database = require(workerData.driver);
      const db = new Database(workerData.file);
      db.pragma("busy_timeout = 200");
      const timer = setInterval(() => {
        try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {}
      }, 500);
      parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
    `,
    { eval: true, workerData: { file, driver: import.meta.resolve("better-sqlite3").replace("file://", "") } },
  );
  worker.unref();
  return {
    async stop() {
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker_threads Worker, not a window: it has no origin
      worker.postMessage("stop");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}
