import type { Hono } from "hono";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { createApp } from "../app.ts";
import { loadOperatorConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import type { Db } from "../db/schema.ts";
import { seedDemoCustomers } from "../db/seed.ts";
import { defaultLimits, silentLogger, type AppDeps, type AppEnv } from "../deps.ts";
import { createOutboxMailer } from "../mail/outbox.ts";
import { readSettings } from "../settings.ts";
import { testClock, type TestClock } from "./clock.ts";
import { browserFetch } from "./cookie-jar.ts";

export const appOrigin = "http://localhost";

export interface TestApp {
  app: Hono<AppEnv>;
  db: Db;
  clock: TestClock;
  config: OperatorConfig;
  /** A browser on the app's origin: cookies kept, Origin sent, requests through app.request(). */
  browser(): { api: PrivacyApi; fetch: typeof fetch };
  close(): Promise<void>;
}

/** The app on an in-memory SQLite database, driven with app.request(); no socket. */
export async function createTestApp(
  overrides: Partial<AppDeps> & { clock?: TestClock; configChanges?: Partial<OperatorConfig> } = {},
): Promise<TestApp> {
  const clock = overrides.clock ?? testClock();
  const { db, dialect, close } = await openDatabase({ dataDir: ":memory:" });
  await seedDemoCustomers(db, clock.now());
  const loaded = await loadOperatorConfig(readSettings({}).configPath);
  const config = { ...loaded.config, ...overrides.configChanges };
  const app = createApp({
    db,
    dialect,
    config,
    configRaw: loaded.raw,
    mailer: createOutboxMailer(db, clock.now, null),
    now: clock.now,
    production: false,
    publicUrl: null,
    listeningPort: () => null,
    devOutbox: true,
    trustProxy: false,
    staticRoot: null,
    limits: defaultLimits,
    log: silentLogger,
    ...overrides,
  });
  const appFetch: typeof fetch = (input, init) =>
    Promise.resolve(app.request(input instanceof Request ? input : String(input), init));
  return {
    app,
    db,
    clock,
    config,
    browser() {
      const fetch = browserFetch(appOrigin, appFetch);
      return { api: createHttpApi({ baseUrl: appOrigin, fetch }), fetch };
    },
    close,
  };
}

/** What the SPA's adapter adds to a state-changing request. */
export const sameOrigin = { Origin: appOrigin, "X-Candor-CSRF": "1", "Content-Type": "application/json" };
