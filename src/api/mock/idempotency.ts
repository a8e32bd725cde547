import type { WriteOptions } from "../privacy-api.ts";
import type { Authed } from "./context.ts";
import { validationError } from "./errors.ts";

/** The same limits as the server: visible ASCII keys, remembered for a day. */
const keyPattern = /^[\x21-\x7e]{1,200}$/;
const keepMs = 24 * 60 * 60_000;
const maxRecords = 500;

/**
 * Runs a write once per (subject, key): a retry with the same key gets the first answer back without applying
 * anything again. Only successes are remembered, so a write that failed can be retried with its key.
 */
export function idempotent<T>(auth: Authed, options: WriteOptions | undefined, request: unknown, run: () => T): T {
  const key = options?.idempotencyKey;
  if (key === undefined) return run();
  if (!keyPattern.test(key))
    throw validationError([{ path: "Idempotency-Key", message: "must be 1–200 visible ASCII characters" }]);
  const { state, now } = auth;
  const subjectId = auth.customer.subject.id;
  const oldest = new Date(now.getTime() - keepMs).toISOString();
  state.idempotency = state.idempotency.filter((record) => record.at > oldest).slice(-maxRecords);
  const asked = JSON.stringify(request);
  const existing = state.idempotency.find((record) => record.subjectId === subjectId && record.key === key);
  if (existing) {
    if (existing.request !== asked)
      throw validationError([{ path: "Idempotency-Key", message: "was already used for a different request" }]);
    return JSON.parse(existing.result) as T;
  }
  const result = run();
  state.idempotency.push({ subjectId, key, request: asked, result: JSON.stringify(result), at: now.toISOString() });
  return result;
}
