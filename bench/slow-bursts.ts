/** One request of a load run: when it was due, from the run's start, and how long it took from then. */
export interface TimedRequest {
  dueMs: number;
  latencyMs: number;
}

/** How a run's slow requests were spread out: a steady queue is slow throughout, a stall in a few bursts. */
export interface SlowBursts {
  /** Requests slower than the threshold. */
  slow: number;
  /** Runs of slow requests, each due within `gapMs` of the one before it. */
  bursts: number;
  /** From the first slow request's due time to when the last one of the same burst was answered. */
  longestBurstMs: number;
}

/**
 * Groups the requests slower than `thresholdMs` into bursts. A p99 over the goal can come from the server falling
 * behind all run long or from one stall of the machine and the queue that drained after it; which one decides
 * where to look, so the bench prints this beside each p99.
 */
export function slowBursts(requests: readonly TimedRequest[], thresholdMs: number, gapMs = 100): SlowBursts {
  const slow = requests.filter((request) => request.latencyMs > thresholdMs).toSorted((a, b) => a.dueMs - b.dueMs);
  let bursts = 0;
  let longestBurstMs = 0;
  let burstStart = 0;
  let burstEnd = 0;
  let previousDue = Number.NEGATIVE_INFINITY;
  for (const request of slow) {
    if (request.dueMs - previousDue > gapMs) {
      bursts += 1;
      burstStart = request.dueMs;
      burstEnd = 0;
    }
    burstEnd = Math.max(burstEnd, request.dueMs + request.latencyMs);
    longestBurstMs = Math.max(longestBurstMs, burstEnd - burstStart);
    previousDue = request.dueMs;
  }
  return { slow: slow.length, bursts, longestBurstMs: Math.round(longestBurstMs) };
}

/** "none over 25 ms", or "65 over 25 ms in 5 bursts, the longest 64 ms": as the bench's rows print it. */
export function describeSlowBursts({ slow, bursts, longestBurstMs }: SlowBursts, thresholdMs: number): string {
  if (slow === 0) return `none over ${thresholdMs} ms`;
  return `${slow} over ${thresholdMs} ms in ${bursts} ${bursts === 1 ? "burst" : "bursts"}, the longest ${longestBurstMs} ms`;
}
