import { createMockApi } from "../../src/api/mock/create-mock-api.ts";
import { createMemoryStorage } from "../../src/api/mock/memory-storage.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import { demoConfig } from "../../src/api/seed/demo-config.ts";
import { testClock, type TestClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer } from "../test-support/test-server.ts";

export interface Backend {
  /** The first browser. */
  api: PrivacyApi;
  /** Another browser (its own session) against the same backend. */
  newBrowser(): PrivacyApi;
  clock: TestClock;
  close(): Promise<void>;
}

export interface BackendFactory {
  name: string;
  create(): Promise<Backend>;
}

const mock: BackendFactory = {
  name: "mock adapter",
  async create() {
    const clock = testClock();
    // Browsers of one mock share its storage (the "server"), each with a tab storage of its own (the "cookie").
    const storage = createMemoryStorage();
    const newBrowser = () =>
      createMockApi({
        config: demoConfig,
        now: clock.now,
        storage,
        sessionStorage: createMemoryStorage(),
        appOrigin: "http://localhost",
      });
    return { api: newBrowser(), newBrowser, clock, close: async () => {} };
  },
};

function http(name: string, databaseUrl: string | null): BackendFactory {
  return {
    name,
    async create() {
      const clock = testClock();
      const server = await startTestServer({ clock, databaseUrl });
      const newBrowser = () => createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
      return { api: newBrowser(), newBrowser, clock, close: () => server.close() };
    },
  };
}

/** The mock, the real server on SQLite, and on PostgreSQL when DATABASE_URL names one. */
export const backends: BackendFactory[] = [
  mock,
  http("HTTP adapter + server on SQLite", null),
  ...(process.env.DATABASE_URL ? [http("HTTP adapter + server on PostgreSQL", process.env.DATABASE_URL)] : []),
];
