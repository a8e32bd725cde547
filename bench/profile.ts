import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { dropPostgresSchema } from "../server/db/open.ts";
import { signInMany, startMeasuredBenchServer } from "./bench-server.ts";
import { budgets } from "./budgets.ts";
import { summarize, type CpuProfile, type ProfileShare } from "./cpu-profile-summary.ts";
import { loadRoutes, measuredRun } from "./server-load.ts";
import { describeSlowBursts, slowBursts } from "./slow-bursts.ts";

/**
 * Where a route's server time goes: `npm run bench:profile -- "POST /api/consents" --rate=800 --seconds=8
 * [--postgres]`. The bench's own server process and load (server-load.ts) at one offered rate, under
 * `node --cpu-prof`; prints the run's figures and the measured window's self time by place and by function, and
 * keeps the profile for Chrome DevTools. It exists so a miss in `npm run bench` can be traced to its cause.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rate: { type: "string", default: "800" },
    seconds: { type: "string", default: "8" },
    subjects: { type: "string", default: "100" },
    postgres: { type: "boolean", default: false },
  },
});
const routeName = positionals[0] ?? "POST /api/consents";
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const subjects = Number(values.subjects);
const p99GoalMs = budgets.server.p99Ms;

const profileDir = await mkdtemp(path.join(tmpdir(), "candor-profile-"));
const postgresUrl = process.env.DATABASE_URL || "postgres://root@127.0.0.1:5432/test";
const schema = `bench_profile_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
const server = await startMeasuredBenchServer(
  {
    BENCH_SUBJECTS: String(subjects),
    ...(values.postgres ? { BENCH_DATABASE_URL: postgresUrl, BENCH_SCHEMA: schema } : {}),
  },
  ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
);
let window: {
  fromMicros: number;
  toMicros: number;
  cpuMsPerRequest: number;
  eventLoopMsPerRequest: number;
  loopDelayMaxMs: number;
  machinePauseMaxMs: number;
};
try {
  const sessions = await signInMany(server.origin, subjects);
  const routes = loadRoutes(server.origin, sessions);
  const route = routes.find((candidate) => candidate.name.startsWith(routeName));
  if (!route) throw new Error(`No bench route "${routeName}"; one of: ${routes.map((r) => r.name).join(", ")}`);
  const { result, before, after, perRequest } = await measuredRun(route, rate, seconds, server.usage);
  window = {
    fromMicros: before.atMicros,
    toMicros: after.atMicros,
    cpuMsPerRequest: perRequest.cpuMs,
    eventLoopMsPerRequest: perRequest.eventLoopMs,
    loopDelayMaxMs: after.loopDelayMaxMs,
    machinePauseMaxMs: after.machinePauseMaxMs,
  };
  const late = describeSlowBursts(slowBursts(result.timed, p99GoalMs), p99GoalMs);
  console.log(
    `${route.name} at ${rate}/s offered for ${seconds} s (${result.achievedPerSec}/s answered): p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.failures} failed (${late}); server CPU ${window.cpuMsPerRequest.toFixed(2)} ms per request, event loop busy ${window.eventLoopMsPerRequest.toFixed(2)} ms (under the profiler, which adds to both); the event loop stalled ${window.loopDelayMaxMs.toFixed(1)} ms at most, an idle process beside it ${window.machinePauseMaxMs.toFixed(1)} ms`,
  );
} finally {
  await server.stop();
  if (values.postgres) await dropPostgresSchema(postgresUrl, schema);
}

const [file] = (await readdir(profileDir)).filter((name) => name.endsWith(".cpuprofile"));
if (!file) throw new Error(`The server wrote no profile into ${profileDir}`);
const profile = JSON.parse(await readFile(path.join(profileDir, file), "utf8")) as CpuProfile;
const summary = summarize(profile, window.fromMicros, window.toMicros);
const print = (title: string, rows: ProfileShare[]) => {
  console.log(`\n${title}`);
  for (const row of rows)
    console.log(`${row.percent.toFixed(1).padStart(5)} %  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`);
};
console.log(
  `\nMeasured window: ${summary.busyMs.toFixed(0)} ms busy, ${summary.idleMs.toFixed(0)} ms idle on the server's main thread.`,
);
print("Self time by place", summary.byPlace);
print("Self time by function", summary.byFunction);
console.log(`\nProfile (open in Chrome DevTools, Performance): ${path.join(profileDir, file)}`);
