import { writeBuckets, writeLimitMessages, type WriteBucket } from "../../src/api/rules/write-limits.ts";
import type { EndpointName } from "../../src/api/endpoints.ts";
import { hit, type Limit } from "../auth/rate-limit.ts";
import type { Db } from "../db/schema.ts";
import { HttpError } from "./errors.ts";

/**
 * Counts a subject's write against the shared limits before anything else about it is looked at, so a refused
 * or invalid write counts as much as one that succeeds (as in the mock).
 */
export async function enforceWriteLimits(
  db: Db,
  name: EndpointName,
  subjectId: string,
  limits: Record<WriteBucket, Limit>,
  now: Date,
): Promise<void> {
  for (const bucket of writeBuckets[name] ?? []) {
    const outcome = await hit(db, `${bucket}:subject:${subjectId}`, limits[bucket], now);
    if (!outcome.allowed)
      throw new HttpError("rate_limited", writeLimitMessages[bucket], { retryAfter: outcome.retryAfter });
  }
}
