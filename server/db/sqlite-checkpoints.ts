import type { DatabaseSync } from "node:sqlite";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import type { CheckpointWorkerData } from "./checkpoint-worker.ts";

/** 16 MB of WAL at 4 kB pages: the owner's own short checkpoint, which restarts the WAL, comes once per this. */
export const defaultWalRestartFrames = 4000;
const passEveryMs = 100;

export interface BackgroundCheckpoints {
  stop(): Promise<void>;
}

/**
 * Moves SQLite's checkpoints off the event loop (decision 0073). An automatic checkpoint runs inside the commit
 * that crosses its threshold and waits there for two fsyncs: on a shared virtual disk 15–30 ms, in which no
 * request is answered. Here a worker thread copies the WAL into the database file and syncs it; the owner only
 * finishes the last few frames written since (one more short checkpoint, on its own connection, between two
 * requests), because only a checkpoint by the writer itself can be sure that no commit slipped in after it, and
 * SQLite starts the WAL again only then. The automatic checkpoint stays as a backstop, at eight times the
 * length, should the worker ever fall behind.
 */
export function checkpointInBackground(
  database: DatabaseSync,
  file: string,
  restartAtFrames = defaultWalRestartFrames,
): BackgroundCheckpoints {
  database.exec(`pragma wal_autocheckpoint = ${restartAtFrames * 8}`);
  const finish = database.prepare("pragma wal_checkpoint(PASSIVE)");
  const workerData: CheckpointWorkerData = { file, restartAtFrames, everyMs: passEveryMs };
  const worker = new Worker(new URL("./checkpoint-worker.ts", import.meta.url), { workerData });
  worker.unref();
  let running = true;
  worker.once("exit", () => (running = false));
  worker.on("message", () => {
    // Inside a transaction (one waiting on I/O) the WAL cannot restart anyway; the next pass asks again.
    if (!database.isOpen || database.isTransaction) return;
    try {
      finish.get();
    } catch {
      // A failed finish leaves the WAL longer until the next one; nothing a request sees.
    }
  });
  // Should the worker fail (only an I/O error can make it), the owner checkpoints in its commits again, as SQLite
  // does by default.
  worker.on("error", () => {
    if (database.isOpen) database.exec("pragma wal_autocheckpoint = 1000");
  });
  return {
    async stop() {
      if (!running) return;
      // Held by nothing else, a process that is closing would end before the worker had closed its connection.
      worker.ref();
      const exited = once(worker, "exit");
      worker.postMessage("stop");
      await exited;
    },
  };
}
