import { ApiError } from "../errors.ts";

export interface Faults {
  latencyMs?: number;
  failureRate?: number;
}

export interface FaultInjector {
  set(faults: Faults): void;
  /** Waits the configured latency, then fails like a dropped connection with the configured probability. */
  hit(): Promise<void>;
}

export function createFaults(initial: Faults, random: () => number): FaultInjector {
  let latencyMs = initial.latencyMs ?? 0;
  let failureRate = initial.failureRate ?? 0;
  return {
    set(faults) {
      if (faults.latencyMs !== undefined) latencyMs = Math.max(0, faults.latencyMs);
      if (faults.failureRate !== undefined) failureRate = Math.min(1, Math.max(0, faults.failureRate));
    },
    async hit() {
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (failureRate > 0 && random() < failureRate)
        throw new ApiError({ code: "network", message: "Could not reach the server (simulated failure)." });
    },
  };
}
