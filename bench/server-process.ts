import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { demoCustomers } from "../src/api/seed/demo-customers.ts";
import type { SeedCustomer } from "../src/api/seed/types.ts";
import { startServer } from "../server/boot.ts";
import { insertCustomer } from "../server/db/seed.ts";
import { silentLogger } from "../server/deps.ts";
import { readSettings } from "../server/settings.ts";
import { countStatements } from "./server-statements.ts";

/**
 * The server under load, in a process of its own so it gets a core to itself and the load generator the other.
 * It serves the build in BENCH_STATIC_ROOT when set, adds BENCH_SUBJECTS customers (bench-N@example.com) so that every connection can write as its own subject,
 * then prints {"url": …} and runs until it is told to stop.
 */
function benchCustomer(template: SeedCustomer, index: number): SeedCustomer {
  const prefix = (id: string) => `b${index}-${id}`;
  return {
    ...template,
    subject: { ...template.subject, id: `bench-${index}`, email: `bench-${index}@example.com` },
    consentRecords: template.consentRecords.map((record) => ({ ...record, id: prefix(record.id) })),
    dataItems: template.dataItems.map((item) => ({ ...item, id: prefix(item.id) })),
    requests: template.requests.map((request) => ({ ...request, id: prefix(request.id) })),
    activity: template.activity.map((event) => ({ ...event, id: prefix(event.id) })),
  };
}

const statements = countStatements();
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const subjects = Number(process.env.BENCH_SUBJECTS ?? 50);
// A SQLite folder the bench filled beforehand (the large database) is used as it is and left for the bench.
const givenDataDir = process.env.BENCH_DATA_DIR || null;
const dataDir = givenDataDir ?? (await mkdtemp(path.join(tmpdir(), "candor-bench-")));
const settings = {
  ...readSettings({}),
  port: 0,
  host: "127.0.0.1",
  dataDir,
  databaseUrl: process.env.BENCH_DATABASE_URL || null,
  // Footer links (and so the one-click unsubscribe) need a signing key.
  linkSigningSecrets: ["bench-footer-link-signing-key-of-32-chars"],
};
const unlimited = { max: 1_000_000, windowMs: 60_000 };
const server = await startServer({
  settings,
  // The built SPA when the bench measures pages on the real stack, else the API alone.
  staticRoot: process.env.BENCH_STATIC_ROOT || null,
  log: silentLogger,
  limits: {
    magicLinkPerAddress: unlimited,
    magicLinkPerIp: unlimited,
    subjectWrites: { writes: unlimited, requests: unlimited },
  },
  ...(process.env.BENCH_SCHEMA ? { schema: process.env.BENCH_SCHEMA } : {}),
});
const now = new Date();
const templates = demoCustomers(now);
for (let index = 0; index < subjects; index += 1)
  await insertCustomer(server.db, benchCustomer(templates[index % templates.length]!, index), now);
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}` }));

// The bench asks over IPC for this process's CPU time, statement count and longest event-loop delay around each
// measured run: CPU per request does not depend on what else the machine is doing, as latency does.
process.on("message", (message) => {
  if (message !== "usage") return;
  process.send?.({
    cpuMicros: process.cpuUsage(),
    eventLoopMs: performance.eventLoopUtilization().active,
    atMicros: Number(process.hrtime.bigint() / 1000n),
    ...statements(),
    loopDelayMaxMs: loopDelay.max / 1e6,
  });
  // Each reading covers the time since the previous one: the bench reads before and after every measured run.
  loopDelay.reset();
});

process.once("SIGTERM", () => {
  void server
    .close()
    .then(() => (givenDataDir ? undefined : rm(dataDir, { recursive: true, force: true })))
    .then(() => process.exit(0));
});
