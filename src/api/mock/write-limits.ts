import type { EndpointName } from "../endpoints.ts";
import { fixedWindow } from "../rules/sign-in-limits.ts";
import { writeBuckets, writeLimitMessages, writeLimits } from "../rules/write-limits.ts";
import { apiError } from "./errors.ts";
import type { MockState } from "./state.ts";

const keyPrefix = "write:";

/**
 * The server's per-subject write limits, with the same numbers and the same order of counting. Counters live in
 * the state's rateLimits beside the sign-in ones, one per subject and bucket, restarted when a window is over.
 */
export function countWrite(state: MockState, name: EndpointName, subjectId: string, now: Date): void {
  for (const bucket of writeBuckets[name] ?? []) {
    const limit = writeLimits[bucket];
    const { windowStartMs, retryAfter } = fixedWindow(limit, now);
    const key = `${keyPrefix}${bucket}:${subjectId}`;
    const entry = state.rateLimits[key];
    const count = entry && entry.windowStart === windowStartMs ? entry.count + 1 : 1;
    state.rateLimits[key] = { windowStart: windowStartMs, count };
    if (count > limit.max) throw apiError("rate_limited", writeLimitMessages[bucket], { retryAfter });
  }
}
