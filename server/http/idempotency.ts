import { createHash } from "node:crypto";
import type { Db } from "../db/schema.ts";
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

/**
 * Runs a write once per (subject, key): the answer is stored with the key in the write's own transaction, so
 * both commit or neither does. A retry that arrives while the first is still running either waits on the key's
 * row and finds it taken, or fails on the version the first one moved; either way, once the first has committed
 * the retry gets its answer back. Failed writes leave no key behind, so they can be retried.
 */
export async function runWrite(
  db: Db,
  options: { subjectId: string; key: string | null; hash: string; now: Date },
  write: (trx: Db) => Promise<{ status: number; body: string }>,
): Promise<StoredResponse> {
  const { subjectId, key, hash, now } = options;
  const stored = () =>
    db
      .selectFrom("idempotency_keys")
      .select(["request_hash", "status", "body"])
      .where("subject_id", "=", subjectId)
      .where("key", "=", key ?? "")
      .executeTakeFirst();
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await write(trx);
      if (key) {
        const saved = await trx
          .insertInto("idempotency_keys")
          .values({
            subject_id: subjectId,
            key,
            request_hash: hash,
            status: result.status,
            body: result.body,
            created_at: now.toISOString(),
          })
          .onConflict((oc) => oc.columns(["subject_id", "key"]).doNothing())
          .returning("key")
          .executeTakeFirst();
        if (!saved) throw new KeyTaken();
      }
      return { ...result, replayed: false };
    });
  } catch (error) {
    const existing = key ? await stored() : undefined;
    if (existing) return replay(existing, hash);
    throw error;
  }
}
