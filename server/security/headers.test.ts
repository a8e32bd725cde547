import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

describe("response headers", () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "candor-dist-"));
    await mkdir(path.join(dist, "assets"));
    await writeFile(
      path.join(dist, "index.html"),
      '<!doctype html><script type="module" src="/assets/app-1a2b3c.js"></script>',
    );
    await writeFile(path.join(dist, "assets", "app-1a2b3c.js"), "console.log('hi')");
    await writeFile(path.join(dist, "logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    t = await createTestApp({ staticRoot: dist });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  const requests: [string, string, RequestInit?][] = [
    ["an API read", "/api/session"],
    ["an API 401", "/api/preferences"],
    ["an API 400", "/api/auth/magic-links", { method: "POST", headers: sameOrigin, body: "{" }],
    ["an API 403", "/api/auth/magic-links", { method: "POST", body: "{}" }],
    ["an unknown API route", "/api/nothing/here"],
    ["the OpenAPI document", "/api/openapi.json"],
    ["index.html", "/"],
    ["a client route", "/auth/confirm"],
    ["a hashed asset", "/assets/app-1a2b3c.js"],
    ["another static file", "/logo.svg"],
    ["the operator config", "/privacy-center.config.json"],
    ["a missing file", "/missing.png"],
    ["a HEAD request", "/", { method: "HEAD" }],
  ];

  it.each(requests)("are all set on %s", async (_, url, init) => {
    const response = await t.app.request(url, init);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9._-]{8,}$/);
  });

  it("never lets API answers be cached", async () => {
    for (const url of ["/api/session", "/api/nothing"])
      expect((await t.app.request(url)).headers.get("cache-control")).toBe("no-store");
  });

  it("caches hashed assets for a year and revalidates the HTML and the rest", async () => {
    expect((await t.app.request("/assets/app-1a2b3c.js")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    for (const url of ["/", "/index.html", "/preferences", "/sign-in"]) {
      const response = await t.app.request(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      // no-cache, not no-store: a deploy is still seen at once, and no-store would keep the page out of bfcache.
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
    }
    expect((await t.app.request("/logo.svg")).headers.get("cache-control")).toBe("no-cache");
    expect((await t.app.request("/auth/confirm")).headers.get("cache-control")).toBe("no-store");
  });

  it("answers missing files with 404 rather than the app", async () => {
    for (const url of ["/missing.png", "/assets/gone-123.js"]) expect((await t.app.request(url)).status).toBe(404);
  });

  it("serves the operator config the server validated", async () => {
    const response = await t.app.request("/privacy-center.config.json");
    expect(await response.json()).toMatchObject({ company: { name: t.config.company.name } });
  });

  it("adds HSTS only behind https", async () => {
    expect((await t.app.request("/api/session")).headers.get("strict-transport-security")).toBeNull();
    const proxied = await t.app.request("/api/session", { headers: { "X-Forwarded-Proto": "https" } });
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect((await t.app.request("https://privacy.example.com/")).headers.get("strict-transport-security")).toMatch(
      /max-age=/,
    );
  });

  it("lets the operator allow embedding by named origins", async () => {
    const embeddable = await createTestApp({ configChanges: { frameAncestors: ["https://shop.example.com"] } });
    const response = await embeddable.app.request("/api/session");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors https://shop.example.com");
    expect(response.headers.get("x-frame-options")).toBeNull();
    await embeddable.close();
  });

  it("keeps a safe X-Request-Id from upstream and replaces anything else", async () => {
    expect(
      (await t.app.request("/api/session", { headers: { "X-Request-Id": "lb-12345678" } })).headers.get("x-request-id"),
    ).toBe("lb-12345678");
    const smuggled = await t.app.request("/api/session", {
      headers: { "X-Request-Id": "<script> [ERROR] forged log line" },
    });
    expect(smuggled.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
