import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { TimedRequest } from "./slow-bursts.ts";

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  body: string;
  /** The body as it crossed the wire, before decoding. */
  wireBytes: number;
  headers: http.IncomingHttpHeaders;
}

export interface OpenLoopResult {
  offeredPerSec: number;
  achievedPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Requests that got an answer (any status) before the grace period ran out. */
  answered: number;
  failures: number;
  /** What the failed answers were, e.g. "409×1 socket×2": a fast run full of errors is not a result. */
  failureKinds: string;
  /** Every request's due time and latency, answered or not: where in the run the slow ones were. */
  timed: TimedRequest[];
}

/**
 * Answers are decoded in small output chunks, as the server compresses them (decision 0075), lest the load
 * generator's own full collections add pauses to the latencies it records. Larger than the server's: what comes
 * out here is the whole answer.
 */
const decodeOptions = { chunkSize: 4096 };

let agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** Drops every socket, so requests abandoned by one run do not hold the server during the next. */
function resetConnections(): void {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
}

export function send(origin: string, call: Call): Promise<Answer> {
  const url = new URL(call.path, origin);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: call.method, headers: call.headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        // Decoded as a browser would, so the bench pays for reading what the server compressed.
        const body =
          encoding === "br"
            ? brotliDecompressSync(raw, decodeOptions)
            : encoding === "gzip"
              ? gunzipSync(raw, decodeOptions)
              : raw;
        resolve({
          status: response.statusCode ?? 0,
          body: body.toString(),
          wireBytes: raw.length,
          headers: response.headers,
        });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(call.body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Offers `rate` requests per second for `durationSeconds`, on a schedule fixed in advance, whatever the server
 * answers: each request's latency counts from when it was due, not from when it was sent, so a server that
 * falls behind shows the queue it built (no coordinated omission). `fire` sends one request and may wait for a
 * resource first (a free subject); that wait counts too.
 */
export async function openLoop(
  rate: number,
  durationSeconds: number,
  fire: () => Promise<number>,
): Promise<OpenLoopResult> {
  const total = Math.round(rate * durationSeconds);
  const timed: TimedRequest[] = [];
  const failures = new Map<string, number>();
  const fail = (kind: string) => failures.set(kind, (failures.get(kind) ?? 0) + 1);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let issued = 0;
  let settled = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (issued < total && started + (issued * 1000) / rate <= now) {
        const due = started + (issued * 1000) / rate;
        issued += 1;
        inFlight.push(
          (async () => {
            try {
              const status = await fire();
              timed.push({ dueMs: due - started, latencyMs: performance.now() - due });
              if (status < 200 || status > 299) fail(String(status));
            } catch (error) {
              fail((error as NodeJS.ErrnoException).code ?? "socket");
            } finally {
              settled += 1;
            }
          })(),
        );
      }
      if (issued < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  // A server far behind would take minutes to drain its queue: what is unanswered after a grace period counts as
  // failed, with the time it had waited so far as its latency (a lower bound), and its socket is dropped.
  const graceMs = 5000;
  const drained = await Promise.race([
    Promise.all(inFlight).then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs)),
  ]);
  const answered = timed.length;
  if (!drained) {
    const now = performance.now();
    const unanswered = total - settled;
    for (let index = 0; index < unanswered; index += 1) {
      const dueMs = ((total - 1 - index) * 1000) / rate;
      timed.push({ dueMs, latencyMs: now - started - dueMs });
    }
    if (unanswered > 0) failures.set("unanswered", unanswered);
    resetConnections();
  }
  const elapsed = (performance.now() - started) / 1000;
  const sorted = timed.map((request) => request.latencyMs).toSorted((a, b) => a - b);
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  return {
    offeredPerSec: rate,
    achievedPerSec: Math.round(answered / elapsed),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    requests: total,
    answered,
    failures: failed,
    failureKinds: [...failures].map(([kind, count]) => `${kind}×${count}`).join(" "),
    timed,
  };
}
