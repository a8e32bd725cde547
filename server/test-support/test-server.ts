import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, type BootOptions, type RunningServer } from "../boot.ts";
import { dropPostgresSchema } from "../db/open.ts";
import { silentLogger, type Limits, type Logger } from "../deps.ts";
import { readSettings, type Settings } from "../settings.ts";
import type { TestClock } from "./clock.ts";

export interface TestServer extends RunningServer {
  /** http://127.0.0.1:port — the address the test's browser uses. */
  origin: string;
}

export interface TestServerOptions {
  clock: TestClock;
  /** PostgreSQL (a throwaway schema) when set, SQLite in a temporary folder otherwise. */
  databaseUrl?: string | null;
  settings?: Partial<Settings>;
  limits?: Partial<Limits>;
  log?: Logger;
  staticRoot?: string | null;
  boot?: Pick<BootOptions, "printOutbox" | "mailRetryDelaysMs" | "shutdownGraceMs">;
  /** PostgreSQL: share this schema (several instances on one database) instead of a throwaway one of its own. */
  schema?: string;
}

/** A real server on an ephemeral loopback port with its own database, removed again by close(). */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "candor-test-"));
  const ownSchema = options.databaseUrl && !options.schema;
  const schema = options.databaseUrl
    ? (options.schema ?? `test_${randomUUID().replaceAll("-", "").slice(0, 16)}`)
    : undefined;
  const settings: Settings = {
    ...readSettings({}),
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl: options.databaseUrl ?? null,
    ...options.settings,
  };
  const server = await startServer({
    settings,
    staticRoot: options.staticRoot ?? null,
    now: options.clock.now,
    log: options.log ?? silentLogger,
    limits: options.limits,
    schema,
    ...options.boot,
  });
  return {
    ...server,
    origin: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      if (ownSchema && schema && options.databaseUrl) await dropPostgresSchema(options.databaseUrl, schema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
