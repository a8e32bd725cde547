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

/**
 * The server under test in a process of its own (bench/server-process.ts), on 127.0.0.1 only. `nodeOptions` go
 * to that process's Node (the profiler passes `--cpu-prof`).
 */
export async function startBenchServer(
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, path.join(here, "server-process.ts")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const usage = async (): Promise<ServerUsage> => {
    child.send("usage");
    const [answer] = (await once(child, "message")) as [Omit<ServerUsage, "cpuMs"> & { cpuMicros: NodeJS.CpuUsage }];
    return { ...answer, cpuMs: (answer.cpuMicros.user + answer.cpuMicros.system) / 1000 };
  };
  for await (const line of createInterface({ input: child.stdout! }))
    if (line.startsWith("{"))
      return {
        origin: (JSON.parse(line) as { url: string }).url,
        usage,
        async stop() {
          child.kill("SIGTERM");
          await once(child, "exit");
        },
      };
  throw new Error("The bench server stopped before it was ready");
}

/** Signs in bench-0 … bench-(count-1), each with a footer link, as the server process seeded them. */
export async function signInMany(origin: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (let index = 0; index < count; index += 1)
    sessions.push(await signInForBench(origin, `bench-${index}@example.com`, { footerLink: true }));
  return sessions;
}
