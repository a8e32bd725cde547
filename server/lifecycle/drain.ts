import type { Server } from "node:http";

/** Under the 30 s most orchestrators wait between SIGTERM and SIGKILL, above any request Candor should serve. */
export const defaultShutdownGraceMs = 10_000;

export interface DrainResult {
  /** Requests still running when the grace period ran out (their connections were cut). */
  cut: number;
  ms: number;
}

export interface RequestTracker {
  inFlight(): number;
  /** Stops accepting connections, waits up to graceMs for the requests being served, then closes what is left. */
  drain(graceMs: number): Promise<DrainResult>;
}

/** Counts requests between their arrival and the end of their answer, so a stop can wait for exactly those. */
export function trackRequests(server: Server): RequestTracker {
  let inFlight = 0;
  let draining = false;
  let settled: (() => void) | null = null;
  server.on("request", (_request, response) => {
    inFlight += 1;
    // A keep-alive client would otherwise send its next request into a server that is going away.
    if (draining) response.setHeader("Connection", "close");
    response.once("close", () => {
      inFlight -= 1;
      if (!draining) return;
      server.closeIdleConnections();
      if (inFlight === 0) settled?.();
    });
  });
  return {
    inFlight: () => inFlight,
    async drain(graceMs) {
      const started = performance.now();
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (settled = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      const cut = inFlight;
      server.closeAllConnections();
      await closed;
      return { cut, ms: Math.round(performance.now() - started) };
    },
  };
}
