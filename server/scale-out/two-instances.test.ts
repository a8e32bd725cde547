import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Preferences } from "../../src/api/contract/preferences.ts";
import { magicLinksPerAddress } from "../../src/api/rules/sign-in-limits.ts";
import { customers } from "../contract/helpers.ts";
import { dropPostgresSchema } from "../db/open.ts";
import { testClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startRoundRobinProxy, type RoundRobinProxy } from "../test-support/round-robin-proxy.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const databaseUrl = process.env.DATABASE_URL;

describe.skipIf(!databaseUrl)("two instances on one PostgreSQL database, behind a round-robin proxy", () => {
  const schema = `test_two_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const clock = testClock();
  let proxy: RoundRobinProxy;
  let instances: TestServer[] = [];

  beforeAll(async () => {
    proxy = await startRoundRobinProxy();
    // Both start at once on an empty schema: each would migrate and seed it if nothing kept them apart.
    instances = await Promise.all(
      ["a", "b"].map(() =>
        startTestServer({
          clock,
          databaseUrl,
          schema,
          settings: { publicUrl: proxy.origin, trustProxy: true },
        }),
      ),
    );
    proxy.route(instances.map((instance, index) => ({ name: "ab"[index]!, port: instance.port })));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    for (const instance of instances) await instance.close();
    if (databaseUrl) await dropPostgresSchema(databaseUrl, schema);
  });

  it("ran each migration exactly once and seeded the demo customers once, with both instances ready", async () => {
    const migrations = await sql<{ name: string; times: number }>`
      select name, count(*)::int as times from kysely_migration group by name`.execute(instances[0]!.db);
    expect(migrations.rows.length).toBeGreaterThan(0);
    expect(migrations.rows.filter((row) => row.times !== 1)).toEqual([]);
    expect(migrations.rows.map((row) => row.name)).toContain("0001_initial");
    const subjects = await instances[0]!.db
      .selectFrom("subjects")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("role", "=", "customer")
      .executeTakeFirstOrThrow();
    expect(Number(subjects.count)).toBe(6);
    const ready = [await fetch(`${proxy.origin}/readyz`), await fetch(`${proxy.origin}/readyz`)];
    expect(ready.map((response) => [response.status, response.headers.get("x-served-by")]).toSorted()).toEqual([
      [200, "a"],
      [200, "b"],
    ]);
  });

  it("consumes on one instance the link asked for on the other, and each reads the other's session and writes", async () => {
    const browser = browserFetch(proxy.origin);
    const write = { "X-Candor-CSRF": "1", "Content-Type": "application/json" };
    const served: string[] = [];
    const send = async (path: string, init: RequestInit = {}) => {
      const response = await browser(`${proxy.origin}${path}`, init);
      served.push(response.headers.get("x-served-by") ?? "?");
      return response;
    };
    // Keep the turns in step, whatever requests came before this test.
    while ((await send("/healthz")).headers.get("x-served-by") !== "b");

    const asked = await send("/api/auth/magic-links", {
      method: "POST",
      headers: write,
      body: JSON.stringify({ email: customers.br }),
    });
    expect(asked.status).toBe(202);
    const { messages } = (await (await send("/api/dev/outbox")).json()) as { messages: { to: string; link: string }[] };
    const token = messages.find((message) => message.to === customers.br)!.link.split("#token=")[1]!;
    await send("/healthz");
    const signedIn = await send("/api/auth/sessions", {
      method: "POST",
      headers: write,
      body: JSON.stringify({ token }),
    });
    expect(signedIn.status).toBe(201);
    const session = await send("/api/session");
    expect(((await session.json()) as { session: { subject: { email: string } } }).session.subject.email).toBe(
      customers.br,
    );
    const base = (await (await send("/api/preferences")).json()) as Preferences;
    const on = base.channels.post === false;
    const written = await send("/api/preferences", {
      method: "PATCH",
      headers: write,
      body: JSON.stringify({ baseVersion: base.version, changes: [{ kind: "channel", channelId: "post", on }] }),
    });
    expect(written.status).toBe(200);
    const read = (await (await send("/api/preferences")).json()) as Preferences;
    expect(read).toMatchObject({ version: base.version + 1, channels: { post: on } });

    // healthz (padding), link asked on a, outbox, padding, link consumed on b, session read on a, preferences
    // read on b, written on a, read back on b.
    expect(served.slice(-9)).toEqual(["b", "a", "b", "a", "b", "a", "b", "a", "b"]);
  });

  it("shares the rate limits: the per-address limit counts requests to both instances together", async () => {
    const email = `limit-${randomUUID().slice(0, 8)}@example.com`;
    const answers: [number, string][] = [];
    for (let i = 0; i <= magicLinksPerAddress.max; i++) {
      const response = await fetch(`${proxy.origin}/api/auth/magic-links`, {
        method: "POST",
        headers: { Origin: proxy.origin, "X-Candor-CSRF": "1", "Content-Type": "application/json" },
        body: JSON.stringify({ email }),
      });
      answers.push([response.status, response.headers.get("x-served-by") ?? "?"]);
    }
    expect(answers.slice(0, -1).every(([status]) => status === 202)).toBe(true);
    expect(answers.at(-1)![0]).toBe(429);
    expect(new Set(answers.map(([, instance]) => instance))).toEqual(new Set(["a", "b"]));
  });
});
