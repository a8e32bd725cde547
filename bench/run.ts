import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { dropPostgresSchema } from "../server/db/open.ts";
import { firstLoadRows, type FirstLoadRow } from "./first-load.ts";
import { loadPreferenceWrites, loadSessionCheck, type LoadOptions } from "./load.ts";
import { refreshVersions, signInForBench, type BenchSession } from "./sign-in.ts";

export interface ServerBenchRow {
  backend: string;
  route: string;
  connections: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  failureKinds: string;
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

async function startBenchServer(env: Record<string, string>): Promise<{ child: ChildProcess; origin: string }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "server-process.ts");
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { child, origin: (JSON.parse(line) as { url: string }).url };
  }
  throw new Error("The bench server stopped before it was ready");
}

export interface BenchOptions {
  durationSeconds: number;
  /** Each route is measured once per connection count. */
  connections: { session: number[]; writes: number[] };
}

const defaults: BenchOptions = { durationSeconds: 10, connections: { session: [50], writes: [50, 10] } };

async function measureBackend(
  backend: string,
  env: Record<string, string>,
  options: BenchOptions,
): Promise<ServerBenchRow[]> {
  const most = Math.max(...options.connections.session, ...options.connections.writes);
  const { child, origin } = await startBenchServer({ ...env, BENCH_SUBJECTS: String(most) });
  try {
    const sessions: BenchSession[] = [];
    for (let index = 0; index < most; index += 1)
      sessions.push(await signInForBench(origin, `bench-${index}@example.com`));
    const run = (connections: number, durationSeconds = options.durationSeconds): LoadOptions => ({
      connections,
      durationSeconds,
    });
    // A short untimed run first, so JIT warm-up does not count against either route.
    await loadPreferenceWrites(origin, sessions, run(most, 2));
    await refreshVersions(origin, sessions);
    const results = [];
    for (const connections of options.connections.session)
      results.push({ connections, ...(await loadSessionCheck(origin, sessions, run(connections))) });
    for (const connections of options.connections.writes) {
      await refreshVersions(origin, sessions);
      results.push({ connections, ...(await loadPreferenceWrites(origin, sessions, run(connections))) });
    }
    return results.map((result) => ({
      backend,
      route: result.route,
      connections: result.connections,
      reqPerSec: result.reqPerSec,
      p50Ms: result.p50,
      p99Ms: result.p99,
      failures: result.failures,
      failureKinds: result.failureKinds,
    }));
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}

/** Server load rows: SQLite always, PostgreSQL when DATABASE_URL (or the local default) answers. Loopback only. */
export async function serverBenchRows(options: BenchOptions = defaults): Promise<ServerBenchRow[]> {
  const rows = await measureBackend("SQLite", {}, options);
  const postgres = process.env.DATABASE_URL || defaultPostgres;
  if (await reachable(postgres)) {
    const schema = `bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    try {
      rows.push(
        ...(await measureBackend("PostgreSQL", { BENCH_DATABASE_URL: postgres, BENCH_SCHEMA: schema }, options)),
      );
    } finally {
      await dropPostgresSchema(postgres, schema);
    }
  } else console.warn(`PostgreSQL not reachable at ${postgres.replace(/\/\/[^@]*@/, "//")}; skipping it.`);
  return rows;
}

export function formatTable(rows: readonly Record<string, string | number>[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]!);
  const cells = [columns, ...rows.map((row) => columns.map((column) => String(row[column])))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] === "number"));
  const render = (line: string[]) =>
    line
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
      .join("  ");
  return [render(columns), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(render)].join(
    "\n",
  );
}

const writeGoal = { reqPerSec: 1000, p99Ms: 25 };
const firstLoadBudgetKb = 115;

function serverRow(row: ServerBenchRow): Record<string, string> {
  const write = row.route.startsWith("PATCH");
  const met = row.reqPerSec >= writeGoal.reqPerSec && row.p99Ms < writeGoal.p99Ms;
  return {
    bench: `server ${row.backend}`,
    subject: `${row.route} (${row.connections} conns)`,
    figure: `${row.reqPerSec} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.failures} failed${row.failureKinds ? ` (${row.failureKinds})` : ""}`,
    goal: write ? `>= ${writeGoal.reqPerSec} req/s, p99 < ${writeGoal.p99Ms} ms` : "-",
    met: write ? (met ? "yes" : "no") : "-",
  };
}

function firstLoadRow(row: FirstLoadRow): Record<string, string> {
  return {
    bench: `first load, ${row.build} build`,
    subject: row.page,
    figure: `${row.kbGzip.toFixed(1)} kB gz JS in ${row.scripts} scripts`,
    goal: `<= ${firstLoadBudgetKb} kB gz`,
    met: row.kbGzip <= firstLoadBudgetKb ? "yes" : "no",
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const serverRows = await serverBenchRows();
  const loadRows = await firstLoadRows();
  console.log(formatTable([...serverRows.map(serverRow), ...loadRows.map(firstLoadRow)]));
}
