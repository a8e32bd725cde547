import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StartupError } from "../settings.ts";
import { openDatabase, type OpenDatabase } from "./open.ts";

const restartAtFrames = 100;

let dataDir: string;
const opened: OpenDatabase[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "candor-wal-"));
});
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

const open = async () => {
  const database = await openDatabase({ dataDir, walRestartFrames: restartAtFrames });
  opened.push(database);
  return database;
};

/** The WAL's length in frames: mxFrame in the WAL-index header, the -shm file (sqlite.org/walformat.html). */
const framesInWal = async () => (await readFile(path.join(dataDir, "candor.sqlite-shm"))).readUInt32LE(16);

/** A write the size of a few records, each in its own transaction, as requests make them. */
const writeBatch = (database: OpenDatabase, index: number) =>
  database.db.transaction().execute((trx) =>
    trx
      .insertInto("rate_limits")
      .values(
        [0, 1, 2].map((row) => ({ key: `k${index}-${row}-${"x".repeat(3000)}`, window_start: "2026-12-02", count: 1 })),
      )
      .execute(),
  );

describe("SQLite checkpoints in the background", () => {
  it("starts the WAL again every few hundred frames under a steady stream of writes, without the owner's own checkpoint", async () => {
    const database = await open();
    const lengths: number[] = [];
    for (let index = 0; index < 300; index += 1) {
      await writeBatch(database, index);
      lengths.push(await framesInWal());
      await sleep(2);
    }
    // Over 2,000 frames written. The owner's automatic checkpoint (eight times the restart length, 800) would
    // start the WAL again at most twice; the worker lets it start again at every few hundred.
    expect(lengths.at(-1)).toBeGreaterThan(0);
    const restarts = lengths.filter((length, index) => index > 0 && length < lengths[index - 1]!).length;
    expect(restarts).toBeGreaterThanOrEqual(5);
    const rows = await database.db
      .selectFrom("rate_limits")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    expect(Number(rows?.n)).toBe(900);
  }, 60_000);

  it("leaves every write in the one database file when the server stops, and finds them when it starts again", async () => {
    const first = await open();
    for (let index = 0; index < 50; index += 1) await writeBatch(first, index);
    await first.close();
    opened.splice(0);
    // What the README's backup copies after a stop: no WAL left beside the file.
    await expect(stat(path.join(dataDir, "candor.sqlite-wal"))).rejects.toMatchObject({ code: "ENOENT" });
    const second = await open();
    const rows = await second.db
      .selectFrom("rate_limits")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    expect(Number(rows?.n)).toBe(150);
  });

  it("refuses a second server on the same folder while the first runs, and lets one start after it stopped", async () => {
    const first = await open();
    await expect(open()).rejects.toThrow(StartupError);
    await expect(open()).rejects.toThrow(/in use by another Candor process/);
    await first.close();
    opened.splice(0);
    await expect(open()).resolves.toMatchObject({ dialect: "sqlite" });
  });
});
