import { invalidField } from "./rule-error.ts";

/** Anything a client might reasonably use as a key (UUIDs, ULIDs, hashes), nothing that could be abuse. */
const keyPattern = /^[\x21-\x7e]{1,200}$/;

/** How long a key is remembered: long enough for any retry loop, short enough to keep the table small. */
export const idempotencyKeepMs = 24 * 60 * 60_000;

export function checkIdempotencyKey(key: string | undefined): string | null {
  if (key === undefined) return null;
  if (!keyPattern.test(key)) throw invalidField("Idempotency-Key", "must be 1–200 visible ASCII characters");
  return key;
}

export const keyReusedError = () => invalidField("Idempotency-Key", "was already used for a different request");
