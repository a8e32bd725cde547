import { randomUUID } from "node:crypto";
import autocannon, { type Result } from "autocannon";
import type { BenchSession } from "./sign-in.ts";

export interface LoadResult {
  route: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, and connection errors: a fast run full of errors is not a result. */
  failures: number;
  /** What the failed answers were, e.g. "409×1", where the loader can see them. */
  failureKinds: string;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

function summarize(route: string, result: Result, statuses = new Map<number, number>()): LoadResult {
  return {
    route,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    failureKinds: [
      ...[...statuses].map(([status, count]) => `${status}×${count}`),
      ...(result.errors > 0 ? [`errors×${result.errors}`] : []),
      ...(result.timeouts > 0 ? [`timeouts×${result.timeouts}`] : []),
    ].join(" "),
  };
}

/** GET /api/session, the check every page load makes, with the connections spread over the signed-in subjects. */
export async function loadSessionCheck(
  origin: string,
  sessions: BenchSession[],
  options: LoadOptions,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: "GET",
        path: "/api/session",
        setupRequest: (request) => ({ ...request, headers: { Cookie: sessions[next++ % sessions.length]!.cookie } }),
      },
    ],
  });
  return summarize("GET /api/session", result);
}

/**
 * PATCH /api/preferences as the SPA sends it: a real write (version + 1, a history event, an idempotency key)
 * that must name the version it was based on. Concurrent writers of one subject would mostly measure 409s, so
 * each in-flight request writes as its own subject (as many subjects as connections) and carries the version
 * that subject's previous answer returned. Autocannon resets per-connection context after every request, so
 * the subject travels in X-Request-Id, which the server echoes back.
 */
export async function loadPreferenceWrites(
  origin: string,
  sessions: BenchSession[],
  options: LoadOptions,
): Promise<LoadResult> {
  // The sessions themselves carry the version, so the next run starts from where this one left off.
  const slots = sessions.slice(0, options.connections);
  const byId = new Map(slots.map((slot, index) => [`bench-slot-${index}`, slot]));
  const free = [...byId.keys()];
  const on = new Map<string, boolean>();
  const failedStatuses = new Map<number, number>();
  const result = await autocannon({
    url: origin,
    connections: slots.length,
    duration: options.durationSeconds,
    requests: [
      {
        method: "PATCH",
        path: "/api/preferences",
        setupRequest(request) {
          const id = free.pop()!;
          const slot = byId.get(id)!;
          on.set(id, !on.get(id));
          return {
            ...request,
            headers: {
              Cookie: slot.cookie,
              Origin: origin,
              "X-Candor-CSRF": "1",
              "Content-Type": "application/json",
              "Idempotency-Key": randomUUID(),
              "X-Request-Id": id,
            },
            body: JSON.stringify({
              baseVersion: slot.version,
              changes: [{ kind: "topic", topicId: "offers", channelId: "email", subscribed: on.get(id) }],
            }),
          };
        },
        onResponse(status, body, _context, headers) {
          if (status < 200 || status > 299) failedStatuses.set(status, (failedStatuses.get(status) ?? 0) + 1);
          const id = headers["x-request-id"] ?? headers["X-Request-Id"] ?? "";
          const slot = byId.get(id);
          if (!slot) return;
          // The answer (or a 409's `current`) starts with the version the next write must be based on.
          const version = /"version":(\d+)/.exec(body)?.[1];
          if (version) slot.version = Number(version);
          free.push(id);
        },
      },
    ],
  });
  return summarize("PATCH /api/preferences", result, failedStatuses);
}
