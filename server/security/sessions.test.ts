import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers, latestToken, signIn } from "../contract/helpers.ts";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

const minutes = (count: number) => count * 60_000;

describe("sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function tokenFor(email: string, origin = "http://localhost") {
    await t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: { ...sameOrigin, Origin: origin },
      body: JSON.stringify({ email }),
    });
    return latestToken(t.browser().api, email);
  }

  const createSession = (token: string, url: string, headers: Record<string, string> = {}) =>
    t.app.request(url, {
      method: "POST",
      headers: { ...sameOrigin, Origin: new URL(url).origin, ...headers },
      body: JSON.stringify({ token }),
    });

  it("sets an HttpOnly, SameSite=Lax cookie, not Secure on plain-http localhost", async () => {
    const response = await createSession(await tokenFor(customers.br), "http://localhost/api/auth/sessions");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^candor_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
  });

  it("sets a Secure __Host- cookie behind https and on any host but loopback", async () => {
    await t.close();
    t = await createTestApp({ publicUrl: "https://privacy.example.com" });
    const behindProxy = await createSession(
      await tokenFor(customers.br, "https://privacy.example.com"),
      "http://privacy.example.com/api/auth/sessions",
      { "X-Forwarded-Proto": "https", Origin: "https://privacy.example.com" },
    );
    expect(behindProxy.headers.get("set-cookie")).toMatch(/^__Host-candor_session=.*; Secure/);
    const plainHttp = await createSession(
      await tokenFor(customers.it, "https://privacy.example.com"),
      "http://privacy.example.com/api/auth/sessions",
      {
        Origin: "https://privacy.example.com",
      },
    );
    expect(plainHttp.headers.get("set-cookie")).toContain("Secure");
  });

  it("stores only a hash of the session id", async () => {
    const response = await createSession(await tokenFor(customers.br), "http://localhost/api/auth/sessions");
    const id = /candor_session=([^;]+)/.exec(response.headers.get("set-cookie")!)![1]!;
    const rows = await t.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it("ends after 30 idle minutes", async () => {
    const { api } = t.browser();
    await signIn(api, customers.br);
    t.clock.advance(minutes(29));
    expect(await api.getSession()).not.toBeNull();
    t.clock.advance(minutes(29));
    expect(await api.getSession()).not.toBeNull();
    t.clock.advance(minutes(31));
    expect(await api.getSession()).toBeNull();
  });

  it("ends after 12 hours however active it is", async () => {
    const { api } = t.browser();
    const session = await signIn(api, customers.br);
    for (let elapsed = 0; elapsed < minutes(12 * 60 - 20); elapsed += minutes(20)) {
      t.clock.advance(minutes(20));
      expect(await api.getSession()).not.toBeNull();
    }
    t.clock.advance(minutes(20));
    expect(await api.getSession()).toBeNull();
    expect(new Date(session.expiresAt) <= t.clock.now()).toBe(true);
  });

  it("reports when it will expire", async () => {
    const { api } = t.browser();
    const session = await signIn(api, customers.br);
    expect(session.expiresAt).toBe(new Date(t.clock.now().getTime() + minutes(30)).toISOString());
  });

  it("is ended by signing out, and the old cookie no longer works", async () => {
    const { api, fetch } = t.browser();
    await signIn(api, customers.br);
    const cookieBefore = (await t.db.selectFrom("sessions").selectAll().execute()).length;
    await api.signOut();
    expect(cookieBefore).toBe(1);
    expect(await t.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
    const response = await fetch("http://localhost/api/preferences");
    expect(response.status).toBe(401);
  });

  it("replaces the session of whoever was signed in on this browser before", async () => {
    const { api } = t.browser();
    await signIn(api, customers.br);
    await signIn(api, customers.it);
    const rows = await t.db.selectFrom("sessions").select("subject_id").execute();
    expect(rows.map((row) => row.subject_id)).toEqual(["subj-it"]);
  });
});
