import { ApiError } from "../errors.ts";

export interface Faults {
  latencyMs?: number;
  failureRate?: number;
  /** Deterministic: every Nth write fails (2 = the second, fourth, …), for tests of what a retry recovers. */
  failEveryNthWrite?: number;
}

export interface FaultInjector {
  set(faults: Faults): void;
  /** Waits the configured latency, then fails like a dropped connection when the faults say so. */
  hit(kind: "read" | "write"): Promise<void>;
}

const dropped = () => new ApiError({ code: "network", message: "Could not reach the server (simulated failure)." });

export function createFaults(initial: Faults, random: () => number): FaultInjector {
  let latencyMs = initial.latencyMs ?? 0;
  let failureRate = initial.failureRate ?? 0;
  let everyNth = initial.failEveryNthWrite ?? 0;
  let writes = 0;
  return {
    set(faults) {
      if (faults.latencyMs !== undefined) latencyMs = Math.max(0, faults.latencyMs);
      if (faults.failureRate !== undefined) failureRate = Math.min(1, Math.max(0, faults.failureRate));
      if (faults.failEveryNthWrite !== undefined) {
        everyNth = Math.max(0, Math.floor(faults.failEveryNthWrite));
        writes = 0;
      }
    },
    async hit(kind) {
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (failureRate > 0 && random() < failureRate) throw dropped();
      if (kind === "write" && everyNth > 0 && ++writes % everyNth === 0) throw dropped();
    },
  };
}
