import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers } from "../contract/helpers.ts";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

/** Everything an observer sees of an answer, minus what differs per request anyway. */
async function observable(response: Response) {
  const body = (await response.json()) as { error?: { requestId?: string } };
  if (body.error) delete body.error.requestId;
  const headers = [...response.headers].filter(([name]) => !["x-request-id", "date"].includes(name));
  return { status: response.status, headers, body };
}

describe("address enumeration", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ trustProxy: true });
  });
  afterEach(() => t.close());

  const ask = (email: string, ip = "203.0.113.7") =>
    t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: { ...sameOrigin, "X-Forwarded-For": ip },
      body: JSON.stringify({ email }),
    });

  it("gives a known and an unknown address the same answer", async () => {
    const known = await observable(await ask(customers.br));
    const unknown = await observable(await ask("nobody@example.com"));
    expect(known.status).toBe(202);
    expect(unknown).toEqual(known);
  });

  it("rate-limits a known and an unknown address at the same count, with the same answer", async () => {
    const answers = { known: [] as unknown[], unknown: [] as unknown[] };
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.known.push(await observable(await ask(customers.br, "198.51.100.1")));
      answers.unknown.push(await observable(await ask("nobody@example.com", "198.51.100.2")));
    }
    expect(answers.unknown).toEqual(answers.known);
    const last = answers.known.at(-1) as Awaited<ReturnType<typeof observable>>;
    expect(last.status).toBe(429);
    expect(last.body).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(new Map(last.headers).get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits one IP across many addresses, and not the next IP", async () => {
    for (let attempt = 0; attempt < 30; attempt += 1)
      expect((await ask(`probe${attempt}@example.com`)).status).toBe(202);
    const blocked = await ask("probe-extra@example.com");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await ask("probe-extra@example.com", "192.0.2.99")).status).toBe(202);
  });

  it("lets the limit go when its window is over", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await ask(customers.br);
    const blocked = await ask(customers.br);
    expect(blocked.status).toBe(429);
    t.clock.advance(Number(blocked.headers.get("retry-after")) * 1000);
    expect((await ask(customers.br)).status).toBe(202);
  });

  it("keeps unknown addresses out of the database", async () => {
    await ask("nobody@example.com");
    const rows = await t.db.selectFrom("rate_limits").select("key").execute();
    expect(JSON.stringify(rows)).not.toContain("nobody");
    expect(await t.db.selectFrom("magic_links").selectAll().execute()).toEqual([]);
  });
});
