import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { ServerUsage } from "./server-load.ts";
import { signInForBench, type BenchSession } from "./sign-in.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BenchServer {
  origin: string;
  stop(): Promise<void>;
}

/** A server whose usage a load run reads before and after its window. */
export interface MeasuredBenchServer extends BenchServer {
  usage(): Promise<ServerUsage>;
}

/** One question over IPC and its answer. */
async function ask<T>(from: ChildProcess, message: string): Promise<T> {
  from.send(message);
  return ((await once(from, "message")) as [T])[0];
}

async function stop(running: ChildProcess): Promise<void> {
  if (running.exitCode !== null || running.signalCode !== null) return;
  running.kill("SIGTERM");
  await once(running, "exit");
}

/** The server under test in a process of its own (bench/server-process.ts), on 127.0.0.1 only. */
async function spawnServer(
  env: Record<string, string>,
  nodeOptions: readonly string[],
): Promise<{ child: ChildProcess; origin: string }> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, path.join(here, "server-process.ts")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  for await (const line of createInterface({ input: child.stdout! }))
    if (line.startsWith("{")) return { child, origin: (JSON.parse(line) as { url: string }).url };
  throw new Error("The bench server stopped before it was ready");
}

/** For the pages: nothing reads the server's usage there, so no probe takes a share of the machine. */
export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const { child, origin } = await spawnServer(env, []);
  return { origin, stop: () => stop(child) };
}

/**
 * For load runs: the server with an idle probe beside it (bench/pause-probe.ts) whose longest pause each reading
 * of usage includes. `nodeOptions` go to the server's Node (the profiler passes `--cpu-prof`).
 */
export async function startMeasuredBenchServer(
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<MeasuredBenchServer> {
  const probe = spawn(process.execPath, [path.join(here, "pause-probe.ts")], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const server = await spawnServer(env, nodeOptions).catch(async (error: unknown) => {
    await stop(probe);
    throw error;
  });
  const usage = async (): Promise<ServerUsage> => {
    const [answer, { pauseMaxMs }] = await Promise.all([
      ask<Omit<ServerUsage, "cpuMs" | "machinePauseMaxMs"> & { cpuMicros: NodeJS.CpuUsage }>(server.child, "usage"),
      ask<{ pauseMaxMs: number }>(probe, "pause"),
    ]);
    return {
      ...answer,
      cpuMs: (answer.cpuMicros.user + answer.cpuMicros.system) / 1000,
      machinePauseMaxMs: pauseMaxMs,
    };
  };
  return {
    origin: server.origin,
    usage,
    stop: async () => void (await Promise.all([stop(server.child), stop(probe)])),
  };
}

/** Signs in bench-0 … bench-(count-1), each with a footer link, as the server process seeded them. */
export async function signInMany(origin: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (let index = 0; index < count; index += 1)
    sessions.push(await signInForBench(origin, `bench-${index}@example.com`, { footerLink: true }));
  return sessions;
}
