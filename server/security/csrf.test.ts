import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers, signIn } from "../contract/helpers.ts";
import { appOrigin, createTestApp, type TestApp } from "../test-support/test-app.ts";

describe("cross-site request forgery", () => {
  let t: TestApp;
  let browser: ReturnType<TestApp["browser"]>;
  let version: number;
  beforeEach(async () => {
    t = await createTestApp();
    browser = t.browser();
    await signIn(browser.api, customers.br);
    version = (await browser.api.getPreferences()).version;
  });
  afterEach(() => t.close());

  /** A preference write with the session cookie the browser would attach, and the given request headers. */
  const write = (headers: Record<string, string>) =>
    browser.fetch(`${appOrigin}/api/preferences`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ baseVersion: version, changes: [{ kind: "stop_all_marketing" }] }),
    });

  const refusals: [string, Record<string, string>][] = [
    ["a cross-site Origin", { Origin: "https://evil.example", "X-Candor-CSRF": "1" }],
    ["a sibling subdomain", { Origin: "http://evil.localhost", "X-Candor-CSRF": "1" }],
    ["an opaque Origin", { Origin: "null", "X-Candor-CSRF": "1" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site", "X-Candor-CSRF": "1" }],
    ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site", "X-Candor-CSRF": "1" }],
    ["no app header", {}],
    ["a wrong app header", { "X-Candor-CSRF": "yes" }],
  ];

  it.each(refusals)("refuses %s with 403 and changes nothing", async (_, headers) => {
    const response = await write(headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await browser.api.getPreferences()).version).toBe(version);
  });

  it("refuses a request that names no origin at all", async () => {
    const response = await t.app.request("/api/preferences", {
      method: "PATCH",
      headers: { "X-Candor-CSRF": "1", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(403);
  });

  it("accepts the app's own requests, by Origin or by Sec-Fetch-Site", async () => {
    expect((await write({ "X-Candor-CSRF": "1" })).status).toBe(200);
    version += 1;
    expect((await write({ "X-Candor-CSRF": "1", "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
  });

  it("guards sign-in and sign-out too", async () => {
    const crossSite = { Origin: "https://evil.example", "X-Candor-CSRF": "1", "Content-Type": "application/json" };
    const link = await t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: crossSite,
      body: JSON.stringify({ email: customers.it }),
    });
    expect(link.status).toBe(403);
    expect(await browser.api.listDevOutbox()).toHaveLength(1);
    const out = await browser.fetch(`${appOrigin}/api/session`, {
      method: "DELETE",
      headers: { Origin: "https://evil.example" },
    });
    expect(out.status).toBe(403);
    expect(await browser.api.getSession()).not.toBeNull();
  });
});
