import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { createApp } from "./app.ts";
import { loadOperatorConfig } from "./config.ts";
import { openDatabase } from "./db/open.ts";
import type { Db } from "./db/schema.ts";
import { seedDemoCustomers } from "./db/seed.ts";
import { oneInstanceAtATime } from "./db/startup-lock.ts";
import { consoleLogger, defaultLimits, type AppEnv, type Limits, type Logger } from "./deps.ts";
import { createSmtpMailer, type Mailer } from "./mail/mailer.ts";
import { defaultShutdownGraceMs, trackRequests } from "./lifecycle/drain.ts";
import { errorFields, logLine } from "./logging/json-lines.ts";
import { createOutboxMailer } from "./mail/outbox.ts";
import { linkSigningSecrets } from "./links/signing-keys.ts";
import { sweep } from "./maintenance.ts";
import { retentionPass } from "./retention.ts";
import { StartupError, type Settings } from "./settings.ts";

export interface BootOptions {
  settings: Settings;
  /** The built SPA to serve, or null for the API alone. */
  staticRoot: string | null;
  now?: () => Date;
  log?: Logger;
  limits?: Partial<Limits>;
  /** PostgreSQL only: a schema of its own (tests, benches). */
  schema?: string;
  /** Where the dev outbox prints each message for the person at the terminal; never used in production. */
  printOutbox?: (text: string) => void;
  /** How long close() lets in-flight requests finish before cutting them. */
  shutdownGraceMs?: number;
  /** SMTP: the waits before each retry (tests shorten them). */
  mailRetryDelaysMs?: readonly number[];
}

export interface RunningServer {
  url: string;
  port: number;
  app: Hono<AppEnv>;
  db: Db;
  close(): Promise<void>;
}

/**
 * How long an idle keep-alive connection stays open: longer than the 60 s a load balancer (AWS's, nginx's
 * `upstream keepalive_timeout`) keeps its own idle connections to us, so the proxy always closes first. With
 * Node's 5 s, the server closed connections the other side was about to reuse, and those requests failed with a
 * reset (decision 0074).
 */
export const keepAliveTimeoutMs = 65_000;

function listen(app: Hono<AppEnv>, port: number, host: string) {
  return new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port, hostname: host, serverOptions: { keepAliveTimeout: keepAliveTimeoutMs } },
      (info: AddressInfo) => resolve({ server, port: info.port }),
    );
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} on ${host} is already in use; set PORT to another one.`)
          : error,
      ),
    );
  });
}

/** Config, database (migrated, seeded once), mailer, app, listening socket: one running server. */
export async function startServer(options: BootOptions): Promise<RunningServer> {
  const { settings } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? consoleLogger;
  const limits = { ...defaultLimits, ...options.limits };
  const { config, raw } = await loadOperatorConfig(settings.configPath);
  const database = await openDatabase({
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    schema: options.schema,
  });
  try {
    if (settings.seed) {
      const seeded = await oneInstanceAtATime(database.db, database.dialect, (db) => seedDemoCustomers(db, now()));
      if (seeded > 0) logLine(log, "info", "seeded_demo_customers", { customers: seeded });
    }
    await sweep(database.db, now(), limits);
    await retentionPass(database.db, now(), config.purposes);
    const mailer: Mailer = settings.smtpUrl
      ? createSmtpMailer({
          smtpUrl: settings.smtpUrl,
          mailFrom: settings.mailFrom,
          company: config.company.name,
          publicUrl: settings.publicUrl,
          log,
          retryDelaysMs: options.mailRetryDelaysMs,
        })
      : createOutboxMailer(database.db, now, settings.production ? null : (options.printOutbox ?? null));
    let listeningPort: number | null = null;
    const app = createApp({
      db: database.db,
      dialect: database.dialect,
      config,
      configRaw: raw,
      mailer,
      now,
      production: settings.production,
      publicUrl: settings.publicUrl,
      listeningPort: () => listeningPort,
      devOutbox: settings.devOutbox,
      trustProxy: settings.trustProxy,
      staticRoot: options.staticRoot,
      limits,
      log,
      linkSecrets: await linkSigningSecrets(settings),
    });
    const { server, port } = await listen(app, settings.port, settings.host);
    const requests = trackRequests(server as Server);
    const graceMs = options.shutdownGraceMs ?? defaultShutdownGraceMs;
    listeningPort = port;
    const timer = setInterval(
      () =>
        void sweep(database.db, now(), limits)
          .then(() => retentionPass(database.db, now(), config.purposes))
          .catch((error) => logLine(log, "error", "sweep_failed", errorFields(error))),
      10 * 60_000,
    );
    timer.unref();
    const shownHost = ["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"].includes(settings.host)
      ? "localhost"
      : settings.host;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      app,
      db: database.db,
      async close() {
        clearInterval(timer);
        logLine(log, "info", "shutting_down", { inFlight: requests.inFlight(), graceMs });
        const { cut, ms } = await requests.drain(graceMs);
        await mailer.close?.();
        await database.close();
        logLine(log, "info", "stopped", { drainMs: ms, requestsCut: cut });
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
