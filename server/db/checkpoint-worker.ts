import { DatabaseSync } from "node:sqlite";
import { parentPort, workerData } from "node:worker_threads";

export interface CheckpointWorkerData {
  file: string;
  /** Once a pass has copied a WAL at least this long, the owner is told it can finish and start the WAL again. */
  restartAtFrames: number;
  everyMs: number;
}

interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

const { file, restartAtFrames, everyMs } = workerData as CheckpointWorkerData;
// Never waits for a lock: a pass that finds the WAL busy is simply the next one's work.
const database = new DatabaseSync(file, { timeout: 0 });
const copyWal = database.prepare("pragma wal_checkpoint(PASSIVE)");

/**
 * Copies what the WAL holds into the database file and syncs both, on this thread, so the owner's event loop
 * never waits for the disk. A passive pass never blocks the owner's reads or writes.
 */
function pass(): void {
  try {
    let result = copyWal.get() as unknown as CheckpointResult;
    // Passes back to back each leave less written since their own sync, and the owner's finish syncs only that.
    for (let again = 0; again < 2 && result.busy === 0 && result.log >= restartAtFrames; again += 1)
      result = copyWal.get() as unknown as CheckpointResult;
    if (result.busy === 0 && result.log >= restartAtFrames) parentPort!.postMessage(result.log);
  } catch {
    // A pass that failed (the disk, for a moment) is the next one's work; the owner's backstop covers the rest.
  }
  next = setTimeout(pass, everyMs);
}

let next = setTimeout(pass, 0);
// Closed before the owner closes its own connection, so that the owner's is the last one: SQLite then checkpoints
// the whole WAL into the database file and removes it, and a stopped server's data is that one file.
parentPort!.once("message", () => {
  clearTimeout(next);
  database.close();
  parentPort!.close();
});
