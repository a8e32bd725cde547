import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { brotliCompressSync, constants } from "node:zlib";

/** A consent change's answer in size and shape: the kind of text the server parses, hashes and compresses. */
const answer = JSON.stringify({
  version: 12,
  purposes: Array.from({ length: 6 }, (_, index) => ({
    purpose: `purpose-${index}`,
    status: index % 2 === 0 ? "granted" : "withdrawn",
    at: "2026-12-03T10:00:00.000Z",
    basis: "consent",
  })),
  records: Array.from({ length: 4 }, (_, index) => ({ id: `rec-${index}`, text: "x".repeat(120) })),
});

function fixedTask(): void {
  for (let turn = 0; turn < 4000; turn += 1) {
    const parsed = JSON.parse(answer) as { version: number };
    parsed.version = turn;
    const text = JSON.stringify(parsed);
    createHash("sha256").update(text).digest("hex");
    if (turn % 8 === 0) brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 3 } });
  }
}

/**
 * How fast this machine is right now: the best of seven runs of a fixed task (JSON, hashing, compression, as a
 * request's work is), in ms, lower is faster. The machines the bench runs on change speed for minutes at a time
 * (server CPU per request 1.5 times higher in one run than in the next, code unchanged), and every latency moves
 * with it; this reading beside each backend's figures says which kind of minute they were measured in.
 */
export function machineSpeedMs(): number {
  fixedTask();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    fixedTask();
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best * 10) / 10;
}
