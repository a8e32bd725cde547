import type { WriteOptions } from "../privacy-api.ts";
import { checkIdempotencyKey, idempotencyKeepMs, keyReusedError } from "../rules/idempotency.ts";
import type { Authed } from "./context.ts";

const maxRecords = 500;

/**
 * Runs a write once per (subject, key): a retry with the same key gets the first answer back without applying
 * anything again. Only successes are remembered, so a write that failed can be retried with its key.
 */
export function idempotent<T>(auth: Authed, options: WriteOptions | undefined, request: unknown, run: () => T): T {
  const key = checkIdempotencyKey(options?.idempotencyKey);
  if (key === null) return run();
  const { state, now } = auth;
  const subjectId = auth.customer.subject.id;
  const oldest = new Date(now.getTime() - idempotencyKeepMs).toISOString();
  state.idempotency = state.idempotency.filter((record) => record.at > oldest).slice(-maxRecords);
  const asked = JSON.stringify(request);
  const existing = state.idempotency.find((record) => record.subjectId === subjectId && record.key === key);
  if (existing) {
    if (existing.request !== asked) throw keyReusedError();
    return JSON.parse(existing.result) as T;
  }
  const result = run();
  state.idempotency.push({ subjectId, key, request: asked, result: JSON.stringify(result), at: now.toISOString() });
  return result;
}
