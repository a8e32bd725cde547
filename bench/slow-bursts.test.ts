import { describe, expect, it } from "vitest";
import { describeSlowBursts, slowBursts, type TimedRequest } from "./slow-bursts.ts";

/** A request every millisecond from `fromMs`, each taking what `latency` says for its due time. */
function run(fromMs: number, toMs: number, latency: (dueMs: number) => number): TimedRequest[] {
  const requests: TimedRequest[] = [];
  for (let dueMs = fromMs; dueMs < toMs; dueMs += 1) requests.push({ dueMs, latencyMs: latency(dueMs) });
  return requests;
}

/** A stall at 500 ms: every request due from then until 620 ms is answered at 650 ms, all 120 of them late. */
const stalled = (dueMs: number) => (dueMs >= 500 && dueMs < 620 ? 650 - dueMs : 3);

/** A 10-ms stall every 500 ms from 500 ms on, each request due in one answered in 40 ms. */
const stallEvery500Ms = (dueMs: number) => (dueMs % 500 < 10 && dueMs >= 100 ? 40 : 3);

describe("slowBursts", () => {
  it("finds none in a run that stayed under the threshold", () => {
    expect(
      slowBursts(
        run(0, 1000, () => 3),
        25,
      ),
    ).toEqual({ slow: 0, bursts: 0, longestBurstMs: 0 });
  });

  it("counts one stall and the queue that drained after it as one burst, from its first due time to its last answer", () => {
    expect(slowBursts(run(0, 1000, stalled), 25)).toEqual({ slow: 120, bursts: 1, longestBurstMs: 150 });
  });

  it("tells stalls apart when more than the gap lies between them", () => {
    expect(slowBursts(run(0, 1000, stallEvery500Ms), 25)).toEqual({ slow: 10, bursts: 1, longestBurstMs: 49 });
    expect(slowBursts(run(0, 2000, stallEvery500Ms), 25)).toEqual({ slow: 30, bursts: 3, longestBurstMs: 49 });
  });

  it("sees a server behind all run long as one burst as long as the run", () => {
    const slow = slowBursts(
      run(0, 2000, (dueMs) => 30 + dueMs / 10),
      25,
    );
    expect(slow).toEqual({ slow: 2000, bursts: 1, longestBurstMs: 2229 });
  });

  it("orders requests by due time, as they are recorded in the order they were answered", () => {
    const answered = [
      { dueMs: 300, latencyMs: 30 },
      { dueMs: 100, latencyMs: 50 },
      { dueMs: 150, latencyMs: 40 },
    ];
    expect(slowBursts(answered, 25)).toEqual({ slow: 3, bursts: 2, longestBurstMs: 90 });
  });
});

describe("describeSlowBursts", () => {
  it("says so when no request was late, and counts bursts in words otherwise", () => {
    expect(describeSlowBursts({ slow: 0, bursts: 0, longestBurstMs: 0 }, 25)).toBe("none over 25 ms");
    expect(describeSlowBursts({ slow: 1, bursts: 1, longestBurstMs: 26 }, 25)).toBe(
      "1 over 25 ms in 1 burst, the longest 26 ms",
    );
    expect(describeSlowBursts({ slow: 65, bursts: 5, longestBurstMs: 64 }, 25)).toBe(
      "65 over 25 ms in 5 bursts, the longest 64 ms",
    );
  });
});
