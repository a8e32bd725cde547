import { describe, expect, it } from "vitest";
import { summarize, type CpuProfile } from "./cpu-profile-summary.ts";

const frame = (id: number, functionName: string, url = "") => ({
  id,
  callFrame: { functionName, url, lineNumber: 9 },
});

/** Samples 1 ms apart from t = 1000 µs: which function each one caught. */
function profileOf(sampled: number[]): CpuProfile {
  return {
    nodes: [
      frame(1, "(idle)"),
      frame(2, "<computed>", "file:///repo/bench/server-statements.ts"),
      frame(3, "processChunkSync", "node:zlib"),
      frame(4, "parse", "file:///repo/node_modules/zod/v4/core/schemas.js"),
      frame(5, "changeConsent", "file:///repo/server/resources/consents.ts"),
      frame(6, "set", "node:internal/deps/undici/undici"),
    ],
    startTime: 0,
    samples: sampled,
    timeDeltas: sampled.map(() => 1000),
  };
}

describe("a CPU profile's summary", () => {
  it("shares the busy time of the window by place, leaving idle time and samples outside it out", () => {
    // t = 1, 2, … 8 ms; the window is 2–7 ms.
    const profile = profileOf([5, 2, 2, 3, 1, 4, 6, 5]);
    const summary = summarize(profile, 2000, 7000);
    expect(summary.busyMs).toBe(5);
    expect(summary.idleMs).toBe(1);
    expect(summary.byPlace).toEqual([
      { name: "SQLite (native, under the statement counter)", ms: 2, percent: 40 },
      { name: "compression (node:zlib)", ms: 1, percent: 20 },
      { name: "zod", ms: 1, percent: 20 },
      { name: "node:undici", ms: 1, percent: 20 },
    ]);
  });

  it("names our own functions by their file in the repository and their line", () => {
    const summary = summarize(profileOf([5, 5, 3]), 0, 10_000);
    expect(summary.byFunction[0]).toEqual({
      name: "changeConsent server/resources/consents.ts:10",
      ms: 2,
      percent: (2 / 3) * 100,
    });
    expect(summary.byPlace[0]?.name).toBe("server/resources/consents.ts");
  });
});
