import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { testClock } from "../test-support/clock.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const databases = [
  ["SQLite", null],
  ...(process.env.DATABASE_URL ? [["PostgreSQL", process.env.DATABASE_URL] as const] : []),
] as const;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(databases)("health endpoints on %s", (_name, databaseUrl) => {
  it("answers /healthz and /readyz when the process runs with its database migrated", async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers.get("cache-control")).toBe("no-store");
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("says not ready while a migration is not recorded as done, and alive all the same", async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    await sql`delete from kysely_migration`.execute(server.db);
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "not_ready", reason: "migrations pending" });
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });

  it("says not ready when the database does not answer", async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    await server.db.destroy();
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "not_ready", reason: "database unreachable" });
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });

  it("documents both in /api/openapi.json", async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    const document = (await (await fetch(`${server.origin}/api/openapi.json`)).json()) as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(document.paths["/healthz"]?.get?.responses ?? {})).toEqual(["200"]);
    expect(Object.keys(document.paths["/readyz"]?.get?.responses ?? {})).toEqual(["200", "503"]);
  });
});
