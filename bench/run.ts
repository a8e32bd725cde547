import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { dropPostgresSchema } from "../server/db/open.ts";
import { buildFor, measureFirstLoad, withMockPreview, routeSizes, type FirstLoadRow } from "./first-load.ts";
import { budgets } from "./budgets.ts";
import { lighthouseRows, type LighthouseRow } from "./lighthouse.ts";
import { largeDatabase, seedLarge, type LargeTarget } from "./large-database.ts";
import { describeSlowBursts, slowBursts } from "./slow-bursts.ts";
import { longestHistory, measureLongestHistory } from "./longest-history.ts";
import { signInMany, startBenchServer, startMeasuredBenchServer } from "./bench-server.ts";
import { machineSpeedMs } from "./machine-speed.ts";
import { loadRoutes, measureRoute, type LoadPlan, type RouteLoad } from "./server-load.ts";
import { footerLinkForBench } from "./sign-in.ts";

/** One line of the printed table: a figure beside its budget. */
interface TableRow extends Record<string, string> {
  bench: string;
  subject: string;
  figure: string;
  budget: string;
  met: "yes" | "no" | "-";
}

const defaultPostgres = "postgres://root@127.0.0.1:5432/test";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const verdict = (met: boolean): "yes" | "no" => (met ? "yes" : "no");

function firstLoadRows(row: FirstLoadRow, withBudget: boolean): TableRow[] {
  const { jsKbGzip, cssKbGzip } = budgets.firstLoad;
  return [
    {
      bench: `first load, ${row.build} build`,
      subject: `${row.page} JS`,
      figure: `${row.jsKbGzip.toFixed(1)} kB gz in ${row.scripts} scripts (${row.wireKb.toFixed(1)} kB JS+CSS on the wire)`,
      budget: withBudget ? `<= ${jsKbGzip} kB gz` : "-",
      met: withBudget ? verdict(row.jsKbGzip <= jsKbGzip) : "-",
    },
    {
      bench: `first load, ${row.build} build`,
      subject: `${row.page} CSS`,
      figure: `${row.cssKbGzip.toFixed(1)} kB gz`,
      budget: withBudget ? `<= ${cssKbGzip} kB gz` : "-",
      met: withBudget ? verdict(row.cssKbGzip <= cssKbGzip) : "-",
    },
  ];
}

function lighthouseRow(row: LighthouseRow): TableRow {
  const budget = budgets.lighthouse[row.formFactor];
  const met =
    row.performance >= budget.performance &&
    row.accessibility >= budget.accessibility &&
    row.bestPractices >= budget.bestPractices &&
    row.lcpMs <= budget.lcpMs &&
    row.tbtMs <= budget.tbtMs &&
    row.cls <= budget.cls;
  const failing = row.failing.length > 0 ? ` [${row.failing.join("; ")}]` : "";
  const notes = row.notes.length > 0 ? ` (${row.notes.join("; ")})` : "";
  return {
    bench: `lighthouse ${row.formFactor}`,
    subject: row.page,
    figure: `perf ${row.performance}, a11y ${row.accessibility}, bp ${row.bestPractices}, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, CLS ${row.cls}${failing}${notes}`,
    budget: `>= ${budget.performance}/${budget.accessibility}/${budget.bestPractices}, LCP <= ${budget.lcpMs}, TBT <= ${budget.tbtMs}, CLS <= ${budget.cls}`,
    met: verdict(met),
  };
}

function serverRow(backend: string, load: RouteLoad, plan: LoadPlan): TableRow {
  const run = load.atGoalRate;
  const failed = run.failures > 0 ? ` (${run.failureKinds})` : "";
  const highest =
    load.highestRateUnderGoal === 0
      ? `at none of ${plan.stepsDown.join(", ")}/s`
      : load.highestRateUnderGoal === plan.steps.at(-1)
        ? `up to >= ${load.highestRateUnderGoal}/s`
        : `up to ${load.highestRateUnderGoal}/s`;
  const late = describeSlowBursts(slowBursts(run.timed, plan.p99GoalMs), plan.p99GoalMs);
  return {
    bench: `server ${backend}`,
    subject: load.route,
    figure: `at ${run.offeredPerSec}/s offered (${run.achievedPerSec}/s answered): p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.failures} failed${failed} (${late}); p99 < ${plan.p99GoalMs} ms ${highest}; per request: server CPU ${load.perRequest.cpuMs.toFixed(2)} ms (event loop busy ${load.perRequest.eventLoopMs.toFixed(2)} ms), ${load.perRequest.statements.toFixed(1)} statements, ${load.perRequest.commits.toFixed(1)} commits; the server's event loop stalled ${load.loopDelayMaxMs.toFixed(1)} ms at most, an idle process beside it ${load.machinePauseMaxMs.toFixed(1)} ms; from cold (its first ${plan.goalSeconds} s at this rate, not budgeted): p99 ${load.coldStart.p99Ms} ms, ${load.coldStart.failures} failed`,
    budget: `p99 < ${plan.p99GoalMs} ms at ${plan.goalRate}/s for ${plan.goalSeconds} s, ${budgets.server.failures} failed`,
    met: verdict(run.p99Ms < plan.p99GoalMs && run.failures <= budgets.server.failures),
  };
}

async function pageRows(): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  const httpBuild = await buildFor("production");
  for (const size of routeSizes(httpBuild))
    rows.push({
      bench: "route size, http build",
      subject: size.route,
      figure: `${size.jsKbGzip.toFixed(1)} kB gz JS in ${size.chunks} chunks, ${size.cssKbGzip.toFixed(1)} kB gz CSS`,
      budget: "-",
      met: "-",
    });
  const server = await startBenchServer({ BENCH_STATIC_ROOT: httpBuild, BENCH_SUBJECTS: "1" });
  try {
    rows.push(...firstLoadRows(await measureFirstLoad("http", `${server.origin}/sign-in`), true));
    const [session] = await signInMany(server.origin, 1);
    const lighthouse = await lighthouseRows([
      { label: "/sign-in", url: `${server.origin}/sign-in` },
      { label: "/overview (signed in)", url: `${server.origin}/overview`, headers: { Cookie: session!.cookie } },
      // An email footer's link: the page posts itself, and the server opens a preferences-only session and answers
      // 303 to /preferences; Lighthouse measures that final page (and warns that the test URL was redirected).
      { label: "/p/{token} → /preferences", url: await footerLinkForBench(server.origin, "bench-0@example.com") },
    ]);
    rows.push(...lighthouse.map(lighthouseRow));
  } finally {
    await server.stop();
  }
  // The demo must reach the same figures (issue 12): its /sign-in is the page a visitor of the demo opens first.
  await withMockPreview(await buildFor("mock"), async (origin) => {
    rows.push(...firstLoadRows(await measureFirstLoad("mock", `${origin}/sign-in`), false));
    const demo = await lighthouseRows([{ label: "demo /sign-in", url: `${origin}/sign-in` }]);
    rows.push(...demo.map(lighthouseRow));
  });
  return rows;
}

const plan: LoadPlan = {
  goalRate: budgets.server.offeredPerSec,
  goalSeconds: Number(process.env.BENCH_SECONDS ?? budgets.server.seconds),
  p99GoalMs: budgets.server.p99Ms,
  steps: [1500, 2000, 3000, 4000],
  stepsDown: [750, 500, 250],
  stepSeconds: 3,
};

/** Each backend's figures on the small database, for the large-database rows to compare with. */
const smallDatabase = new Map<string, RouteLoad>();

async function backendRows(
  backend: string,
  env: Record<string, string>,
  /** For a large database (already filled): the small run to compare with. */
  large?: { comparedWith: string },
): Promise<TableRow[]> {
  const subjects = 100;
  // Read before the server starts, with nothing else running: the machine's speed in the minutes that follow.
  const rows: TableRow[] = [machineRow(`before ${backend}${large ? ", large" : ""}`)];
  const server = await startMeasuredBenchServer({ ...env, BENCH_SUBJECTS: String(subjects) });
  try {
    const sessions = await signInMany(server.origin, subjects);
    for (const route of loadRoutes(server.origin, sessions)) {
      const load = await measureRoute(route, plan, server.usage);
      rows.push(serverRow(backend, load, plan));
      if (!large) smallDatabase.set(`${backend}|${load.route}`, load);
      const small = large && smallDatabase.get(`${large.comparedWith}|${load.route}`);
      if (small) rows.push(comparisonRow(large.comparedWith, load, small));
    }
    return rows;
  } finally {
    await server.stop();
  }
}

function machineRow(when: string): TableRow {
  return {
    bench: "machine speed",
    subject: when,
    figure: `a fixed CPU task (bench/machine-speed.ts) took ${machineSpeedMs()} ms, best of 7; lower is faster`,
    budget: "-",
    met: "-",
  };
}

const growth = (large: number, small: number) => Math.round(((large - small) / small) * 100);

function comparisonRow(backend: string, large: RouteLoad, small: RouteLoad): TableRow {
  const p50 = growth(large.atGoalRate.p50Ms, small.atGoalRate.p50Ms);
  const p99 = growth(large.atGoalRate.p99Ms, small.atGoalRate.p99Ms);
  return {
    bench: `large vs small, ${backend}`,
    subject: large.route,
    figure: `p50 ${p50 >= 0 ? "+" : ""}${p50} %, p99 ${p99 >= 0 ? "+" : ""}${p99} %`,
    budget: `within ${budgets.largeDatabase.withinPercent} %`,
    met: verdict(Math.max(p50, p99) <= budgets.largeDatabase.withinPercent),
  };
}

/**
 * A million customers and five million events, on SQLite and then on PostgreSQL; opt-in (`--only=large`), as
 * seeding takes minutes. Each is compared with the same backend's small-database run when `server` ran too.
 */
async function largeRows(): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), "candor-bench-large-"));
  try {
    rows.push(...(await largeRowsOn("SQLite", { dataDir })));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL || defaultPostgres;
  if (!(await reachable(url))) return rows;
  const schema = `bench_large_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  try {
    rows.push(...(await largeRowsOn("PostgreSQL", { postgres: { url, schema } })));
  } finally {
    await dropPostgresSchema(url, schema);
  }
  return rows;
}

async function largeRowsOn(backend: string, target: LargeTarget): Promise<TableRow[]> {
  const label = `${backend}, ${largeDatabase.subjects / 1e6}M subjects`;
  const started = performance.now();
  await seedLarge(target);
  const seconds = Math.round((performance.now() - started) / 1000);
  const seeded: TableRow = {
    bench: `large database ${backend}`,
    subject: "seed (set-based INSERTs, then upkeep)",
    figure: `${largeDatabase.subjects} subjects, ${largeDatabase.events} events in ${seconds} s`,
    budget: "-",
    met: "-",
  };
  const env: Record<string, string> =
    "postgres" in target
      ? { BENCH_DATABASE_URL: target.postgres.url, BENCH_SCHEMA: target.postgres.schema }
      : { BENCH_DATA_DIR: target.dataDir };
  const rows = await backendRows(label, env, { comparedWith: backend });
  const history =
    "postgres" in target
      ? await historyRows(label, target.postgres)
      : await historyRows(label, null, { dataDir: target.dataDir });
  return [seeded, ...rows, ...history];
}

async function historyRows(
  backend: string,
  postgres: { url: string; schema: string } | null,
  sqlite?: { dataDir: string },
): Promise<TableRow[]> {
  const budget = budgets.longestHistory.pageDataMs;
  return (await measureLongestHistory(postgres, sqlite)).map((row) => ({
    bench: `longest history ${backend}`,
    subject: `${row.page}: GET ${row.path.replace(/cursor=[^&]+/, "cursor=…")}`,
    figure: `${row.medianMs} ms, ${row.wireKb} kB on the wire (${longestHistory.events} events, ${longestHistory.dataItems} data items)`,
    budget: `< ${budget} ms`,
    met: verdict(row.medianMs < budget),
  }));
}

/** Runs a measure on SQLite, then on PostgreSQL in a schema of its own when DATABASE_URL (or the local default) answers. */
async function onBothBackends(
  measure: (backend: string, postgres: { url: string; schema: string } | null) => Promise<TableRow[]>,
): Promise<TableRow[]> {
  const rows = await measure("SQLite", null);
  const url = process.env.DATABASE_URL || defaultPostgres;
  if (!(await reachable(url))) {
    console.warn(`PostgreSQL not reachable at ${url.replace(/\/\/[^@]*@/, "//")}; skipping it.`);
    return rows;
  }
  const schema = `bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  try {
    rows.push(...(await measure("PostgreSQL", { url, schema })));
  } finally {
    await dropPostgresSchema(url, schema);
  }
  return rows;
}

const serverRows = () =>
  onBothBackends((backend, postgres) =>
    backendRows(backend, postgres ? { BENCH_DATABASE_URL: postgres.url, BENCH_SCHEMA: postgres.schema } : {}),
  );

export function formatTable(rows: readonly Record<string, string>[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]!);
  const cells = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const render = (line: string[]) => line.map((cell, index) => cell.padEnd(widths[index]!)).join("  ");
  return [render(columns), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(render)].join(
    "\n",
  );
}

// `--only=pages,history` (any of pages, history, server, large) keeps a development run short; `--check` fails the
// process on any miss.
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wanted = (part: string) => !only || only.includes(part);
const parts: [boolean, () => Promise<TableRow[]>][] = [
  [wanted("pages"), pageRows],
  [wanted("history"), () => onBothBackends(historyRows)],
  [wanted("server"), serverRows],
  [only?.includes("large") ?? false, largeRows],
];
const rows: TableRow[] = [];
for (const [run, measure] of parts) {
  if (!run) continue;
  const partRows = await measure();
  // Progress on stderr as each part ends: a full run takes minutes.
  console.error(`${formatTable(partRows)}\n`);
  rows.push(...partRows);
}
console.log(formatTable(rows));
const missed = rows.filter((row) => row.met === "no");
if (process.argv.includes("--check") && missed.length > 0) {
  console.error(`\n${missed.length} figure(s) missed their budget (bench/budgets.json).`);
  process.exitCode = 1;
}
