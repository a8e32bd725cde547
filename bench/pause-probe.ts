import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * A process beside the bench's server (bench-server.ts) that only wakes every 2 ms: its longest delay is how long
 * a process needing almost no CPU could not run, whatever held it up (the other processes on the two cores, the
 * kernel, the host). A server stall of about that length at the same moment was not the server's own work: on
 * 2026-12-03, of the server's seven stalls of 48–103 ms in one run, four came with one of this probe's of 45–88
 * ms and three with one of 23–34 ms (decision 0078). Every 2 ms, not every 1: about 1 % of a core.
 */
const delay = monitorEventLoopDelay({ resolution: 2 });
delay.enable();

// Each reading covers the time since the previous one, as the server's own (server-process.ts).
process.on("message", (message) => {
  if (message !== "pause") return;
  process.send?.({ pauseMaxMs: delay.max / 1e6 });
  delay.reset();
});
process.once("SIGTERM", () => process.exit(0));
