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
  usage(): Promise<ServerUsage>;
  stop(): Promise<void>;
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

/**
 * The server under test in a process of its own (bench/server-process.ts), on 127.0.0.1 only, with an idle probe
 * beside it (bench/pause-probe.ts) whose longest pause each reading of usage includes. `nodeOptions` go to the
 * server's Node (the profiler passes `--cpu-prof`).
 */
export async function startBenchServer(
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, path.join(here, "server-process.ts")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const probe = spawn(process.execPath, [path.join(here, "pause-probe.ts")], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const usage = async (): Promise<ServerUsage> => {
    const [answer, { pauseMaxMs }] = await Promise.all([
      ask<Omit<ServerUsage, "cpuMs" | "machinePauseMaxMs"> & { cpuMicros: NodeJS.CpuUsage }>(child, "usage"),
      ask<{ pauseMaxMs: number }>(probe, "pause"),
    ]);
    return {
      ...answer,
      cpuMs: (answer.cpuMicros.user + answer.cpuMicros.system) / 1000,
      machinePauseMaxMs: pauseMaxMs,
    };
  };
  for await (const line of createInterface({ input: child.stdout! }))
    if (line.startsWith("{"))
      return {
        origin: (JSON.parse(line) as { url: string }).url,
        usage,
        stop: async () => void (await Promise.all([stop(child), stop(probe)])),
      };
  await stop(probe);
  throw new Error("The bench server stopped before it was ready");
}

/** Signs in bench-0 … bench-(count-1), each with a footer link, as the server process seeded them. */
export async function signInMany(origin: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (let index = 0; index < count; index += 1)
    sessions.push(await signInForBench(origin, `bench-${index}@example.com`, { footerLink: true }));
  return sessions;
}
