import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers, failure, latestToken } from "../contract/helpers.ts";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

describe("magic links", () => {
  let t: TestApp;
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "candor-dist-"));
    await writeFile(path.join(dist, "index.html"), "<!doctype html><title>Candor</title>");
    t = await createTestApp({ staticRoot: dist });
  });
  afterEach(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it("carries 32 random bytes in the URL fragment and stores only a hash", async () => {
    const { api } = t.browser();
    await api.requestMagicLink({ email: customers.br });
    const token = await latestToken(api, customers.br);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const [message] = await api.listDevOutbox();
    expect(message!.link).toBe(`http://localhost/auth/confirm#token=${token}`);
    const rows = await t.db.selectFrom("magic_links").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("cannot be used twice", async () => {
    const { api } = t.browser();
    await api.requestMagicLink({ email: customers.br });
    const token = await latestToken(api, customers.br);
    await api.createSession(token);
    expect((await failure(t.browser().api.createSession(token))).code).toBe("token_invalid");
  });

  it("works for 15 minutes and not a second longer", async () => {
    const { api } = t.browser();
    await api.requestMagicLink({ email: customers.br });
    const early = await latestToken(api, customers.br);
    t.clock.advance(15 * 60_000 - 1000);
    await expect(api.createSession(early)).resolves.toBeDefined();

    await api.requestMagicLink({ email: customers.it });
    const late = await latestToken(api, customers.it);
    t.clock.advance(15 * 60_000);
    expect((await failure(api.createSession(late))).code).toBe("token_invalid");
  });

  it("is not spent by GET or HEAD, as mail scanners send them", async () => {
    const { api, fetch } = t.browser();
    await api.requestMagicLink({ email: customers.br });
    const token = await latestToken(api, customers.br);
    for (const method of ["GET", "HEAD"]) {
      const page = await fetch(`http://localhost/auth/confirm?token=${token}`, { method });
      expect(page.status).toBe(200);
      expect(page.headers.get("cache-control")).toBe("no-store");
      for (const url of [
        `http://localhost/api/auth/sessions?token=${token}`,
        `http://localhost/api/auth/sessions/${token}`,
      ]) {
        const probe = await fetch(url, { method });
        expect(probe.status).toBe(404);
        expect(probe.headers.get("set-cookie")).toBeNull();
      }
    }
    expect(await api.getSession()).toBeNull();
    await expect(api.createSession(token)).resolves.toMatchObject({ session: { subject: { email: customers.br } } });
  });

  it("is only accepted from the app's own origin", async () => {
    const { api } = t.browser();
    await api.requestMagicLink({ email: customers.br });
    const token = await latestToken(api, customers.br);
    const crossSite = await t.app.request("/api/auth/sessions", {
      method: "POST",
      headers: { ...sameOrigin, Origin: "https://evil.example" },
      body: JSON.stringify({ token }),
    });
    expect(crossSite.status).toBe(403);
    await expect(api.createSession(token)).resolves.toBeDefined();
  });

  it("uses PUBLIC_URL for the link rather than the Host header when it is set", async () => {
    await t.close();
    t = await createTestApp({ publicUrl: "https://privacy.example.com" });
    const send = (host: string) =>
      t.app.request("/api/auth/magic-links", {
        method: "POST",
        headers: { ...sameOrigin, Origin: "https://privacy.example.com", Host: host },
        body: JSON.stringify({ email: customers.br }),
      });
    // A reverse proxy on this machine that rewrites Host to the loopback address it forwards to.
    expect((await send("127.0.0.1")).status).toBe(202);
    const [message] = await t.browser().api.listDevOutbox();
    expect(message!.link).toMatch(/^https:\/\/privacy\.example\.com\/auth\/confirm#token=/);
  });
});
