import { createHash } from "node:crypto";
import { commitGuarded, type GuardedWrite } from "../db/guarded-write.ts";
import type { Db, DialectName } from "../db/schema.ts";
import { validationError } from "./errors.ts";

export interface StoredResponse {
  status: number;
  body: string;
  replayed: boolean;
}

/** Anything a client might reasonably use as a key (UUIDs, ULIDs, hashes), nothing that could be abuse. */
const keyPattern = /^[\x21-\x7e]{1,200}$/;

export function checkIdempotencyKey(key: string | undefined): string | null {
  if (key === undefined) return null;
  if (!keyPattern.test(key))
    throw validationError([{ path: "Idempotency-Key", message: "must be 1–200 visible ASCII characters" }]);
  return key;
}

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("base64url");
}

/** Thrown inside the transaction when the key turns out to be taken, to roll the write back and replay instead. */
class KeyTaken extends Error {}

function replay(row: { request_hash: string; status: number; body: string }, hash: string): StoredResponse {
  if (row.request_hash !== hash)
    throw validationError([{ path: "Idempotency-Key", message: "was already used for a different request" }]);
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

/**
 * Runs a write once per (subject, key): the answer is stored with the key in the write's own transaction, so
 * both commit or neither does. A retry that arrives while the first is still running either waits on the key's
 * row and finds it taken, or fails on the version the first one moved; either way, once the first has committed
 * the retry gets its answer back. Failed writes leave no key behind, so they can be retried.
 */
export async function runWrite(
  db: Db,
  options: WriteOptions,
  write: (trx: Db) => Promise<{ status: number; body: string }>,
): Promise<StoredResponse> {
  const { key } = options;
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await write(trx);
      if (key) {
        const saved = await trx
          .insertInto("idempotency_keys")
          .values(idempotencyRow(options, key, result))
          .onConflict((oc) => oc.columns(["subject_id", "key"]).doNothing())
          .returning("key")
          .executeTakeFirst();
        if (!saved) throw new KeyTaken();
      }
      return { ...result, replayed: false };
    });
  } catch (error) {
    return replayOrThrow(db, options, error);
  }
}

/** A handler's write, declared rather than run, so that it can commit in one step with its idempotency record. */
export interface StagedWrite extends GuardedWrite {
  /** Runs when the guard matched nothing (somebody moved the version): throws the conflict to answer with. */
  onMiss: () => Promise<never>;
}

/**
 * runWrite for handlers that stage their write: the handler only reads, then stages one guarded write; the
 * idempotency record joins it as one more append, so they commit together or not at all, in one statement on
 * PostgreSQL. The same retry rules hold: a key taken meanwhile fails the append (a unique key), undoing the
 * write, and the retry answers with the stored response.
 */
export async function runStagedWrite(
  db: Db,
  dialect: DialectName,
  options: WriteOptions,
  prepare: (stage: (write: StagedWrite) => void) => Promise<{ status: number; body: string }>,
): Promise<StoredResponse> {
  const { key } = options;
  try {
    let staged: StagedWrite | undefined;
    const result = await prepare((write) => {
      staged = write;
    });
    if (!staged) throw new Error("A staged write handler returned without staging its write");
    const appends = [...staged.appends];
    if (key)
      appends.push({
        into: "idempotency_keys",
        values: idempotencyRow(options, key, result),
      });
    if (!(await commitGuarded(db, dialect, { guard: staged.guard, appends }))) await staged.onMiss();
    return { ...result, replayed: false };
  } catch (error) {
    return replayOrThrow(db, options, error);
  }
}
