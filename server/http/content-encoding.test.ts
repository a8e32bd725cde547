import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressPerRequest, type Encoding } from "./content-encoding.ts";

const decode = (bytes: Buffer, encoding: Encoding) =>
  (encoding === "br" ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString();

/** About a consent change's answer: a version, a status per purpose and the record just made. */
const consentAnswer = JSON.stringify({
  version: 12,
  purposes: ["analytics", "personalisation", "offers", "research", "partners"].map((purposeId, index) => ({
    purposeId,
    state: index % 2 === 0 ? "granted" : "withdrawn",
    since: `2026-0${index + 1}-14T09:30:00.000Z`,
    textVersion: "2026-03",
  })),
  record: {
    id: "0b9f3c1e-7a52-4d1e-9c0a-5f1e2d3c4b5a",
    purposeId: "analytics",
    state: "granted",
    at: "2026-12-02T18:00:00.000Z",
    text: "We measure how the privacy center is used, to make it easier to use. ".repeat(8),
  },
});

describe("compressing an answer per request", () => {
  it.each(["br", "gzip"] as const)("round-trips small and large answers in %s", (encoding) => {
    const history = JSON.stringify(
      Array.from({ length: 600 }, (_, index) => ({ id: `event-${index}`, at: new Date(index * 9e7).toISOString() })),
    );
    for (const text of [consentAnswer, history]) {
      const compressed = compressPerRequest(Buffer.from(text), encoding);
      expect(compressed.length).toBeLessThan(Buffer.byteLength(text));
      expect(decode(compressed, encoding)).toBe(text);
    }
  });

  // Each answer used to hold 16 kB of buffer memory, zlib's default output chunk: at 1,000 answers a second that
  // made V8 run a full collection about once a second (decision 0075).
  it.each(["br", "gzip"] as const)("holds a few kilobytes of buffer memory per answer in %s, not 16", (encoding) => {
    const body = Buffer.from(consentAnswer);
    const before = process.memoryUsage().arrayBuffers;
    // Kept alive, so what each holds cannot be collected while it is counted.
    const answers = Array.from({ length: 1000 }, () => compressPerRequest(body, encoding));
    const perAnswer = (process.memoryUsage().arrayBuffers - before) / answers.length;
    expect(perAnswer).toBeLessThan(4096);
    expect(decode(answers.at(-1)!, encoding)).toBe(consentAnswer);
  });
});
