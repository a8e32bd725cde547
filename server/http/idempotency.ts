import { createHash } from "node:crypto";
import { keyReusedError } from "../../src/api/rules/idempotency.ts";
import { commitCounted, commitGuarded, type GuardedWrite } from "../db/guarded-write.ts";
import type { Db, DialectName } from "../db/schema.ts";
import type { WriteCount } from "./write-limits.ts";

export interface StoredResponse {
  status: number;
  body: string;
  replayed: boolean;
}

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("base64url");
}

function replay(row: { request_hash: string; status: number; body: string }, hash: string): StoredResponse {
  if (row.request_hash !== hash) throw keyReusedError();
  return { status: row.status, body: row.body, replayed: true };
}

interface WriteOptions {
  subjectId: string;
  key: string | null;
  hash: string;
  now: Date;
}

/** Any failure of a keyed write: if the key has been stored meanwhile, the write ran once already; answer as it did. */
async function replayOrThrow(db: Db, { subjectId, key, hash }: WriteOptions, error: unknown): Promise<StoredResponse> {
  const existing = key
    ? await db
        .selectFrom("idempotency_keys")
        .select(["request_hash", "status", "body"])
        .where("subject_id", "=", subjectId)
        .where("key", "=", key)
        .executeTakeFirst()
    : undefined;
  if (existing) return replay(existing, hash);
  throw error;
}

/** The stored answer a retry with the same key gets back. */
function idempotencyRow(options: WriteOptions, key: string, result: { status: number; body: string }) {
  return {
    subject_id: options.subjectId,
    key,
    request_hash: options.hash,
    status: result.status,
    body: result.body,
    created_at: options.now.toISOString(),
  };
}

/** A handler's write, declared rather than run, so that it can commit in one step with its idempotency record. */
export interface StagedWrite extends GuardedWrite {
  /** Runs when the guard matched nothing (somebody moved the version): throws the conflict to answer with. */
  onMiss: () => Promise<never>;
}

/**
 * Runs a write once per (subject, key). The handler only reads, runs the shared command and stages one guarded
 * write; the idempotency record joins it as one more append, so they commit together or not at all (one
 * statement on PostgreSQL). A retry that arrives while the first is still running fails on the version the first
 * one moved, or on the key's unique index, undoing its write; once the first has committed, the retry gets its
 * answer back. Failed writes leave no key behind, so they can be retried.
 *
 * The write is counted against the subject's limits with the write: in its transaction on SQLite, in its
 * statement on PostgreSQL (on its own first when the guard cannot take the limit's condition, or the write counts
 * against several limits). A write refused by a limit writes nothing else and is answered 429, never replayed; one
 * that fails or conflicts is counted on its own if its count was undone.
 */
export async function runStagedWrite(
  db: Db,
  dialect: DialectName,
  options: WriteOptions,
  count: WriteCount,
  prepare: (stage: (write: StagedWrite) => void) => Promise<{ status: number; body: string }>,
): Promise<StoredResponse> {
  const { key } = options;
  try {
    let staged: StagedWrite | undefined;
    const result = await prepare((write) => {
      staged = write;
    });
    if (!staged) throw new Error("A write handler returned without staging its write");
    const appends = [...staged.appends];
    if (key) appends.push({ into: "idempotency_keys", values: idempotencyRow(options, key, result) });
    const write = { guard: staged.guard, appends };
    const wrote = await commitCountedWrite(db, dialect, write, count);
    if (!wrote) {
      await count.alone(db);
      await staged.onMiss();
    }
    return { ...result, replayed: false };
  } catch (error) {
    await count.alone(db);
    return replayOrThrow(db, options, error);
  }
}

/** Commits the write with its count (see runStagedWrite); false when the guard matched nothing or a limit was passed. */
async function commitCountedWrite(db: Db, dialect: DialectName, write: GuardedWrite, count: WriteCount) {
  if (dialect === "sqlite") {
    const wrote = await commitGuarded(db, dialect, { ...write, before: (trx) => count.within(trx) });
    count.settle();
    return wrote;
  }
  const inStatement = count.inStatement();
  const committed = inStatement && (await commitCounted(db, write, inStatement));
  if (committed) {
    count.settleCounted(committed.count);
    return committed.wrote;
  }
  await count.alone(db);
  return commitGuarded(db, dialect, write);
}
