import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const inlineStyle = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
const cspDirective = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? "";

/** A session of a fresh copy of a demo customer, as the cookie its browser would send. */
async function signIn(app: TestApp["app"], template: string, session: Record<string, unknown> = {}) {
  const write = { method: "POST", headers: sameOrigin };
  const subject = await app.request("/api/dev/subjects", { ...write, body: JSON.stringify({ template }) });
  const { email } = (await subject.json()) as { email: string };
  const started = await app.request("/api/dev/sessions", { ...write, body: JSON.stringify({ email, ...session }) });
  const cookie = started.headers.getSetCookie()[0]!.split(";")[0]!;
  return { email, cookie };
}

const hydrationData = (html: string) =>
  JSON.parse(/<script type="application\/json" id="candor-hydration">([^<]*)<\/script>/.exec(html)![1]!) as {
    queries?: { queries: { queryKey: unknown[]; state: { data: unknown } }[] };
    signedOut?: boolean;
  };
const cachedKeys = (html: string) => hydrationData(html).queries?.queries.map((query) => query.queryKey[0]);

// The real build (the app and its prerender), as `npm run build` makes it: what the server renders is the app.
describe("the public pages as the server sends them", () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "candor-prerender-"));
    await build({ logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
    await build({ logLevel: "error", build: { ssr: true, outDir: path.join(dist, ".ssr"), emptyOutDir: true } });
    t = await createTestApp({
      staticRoot: dist,
      configChanges: { company: { name: "Harbour & Pine Outfitters", logo: "/logo.svg" } },
    });
  }, 600_000);
  afterAll(async () => {
    await t?.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.request(url, { headers });

  it("renders /sign-in with its heading and form in the visitor's language and the operator's brand name", async () => {
    const response = await get("/sign-in", { "Accept-Language": "pl-PL,pl;q=0.9,en;q=0.5" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="pl"');
    expect(html).toMatch(/<h1[^>]*>Zaloguj się do centrum prywatności<\/h1>/);
    expect(html).toMatch(/<label[^>]*>Adres e-mail<\/label><input[^>]*type="email"/);
    expect(html).toMatch(/<button type="submit"[^>]*>Wyślij mi link do logowania<\/button>/);
    // React escapes the operator's text like any other.
    expect(html).toContain("Harbour &amp; Pine Outfitters");

    const english = await (await get("/sign-in", { "Accept-Language": "en-GB" })).text();
    expect(english).toContain('<html lang="en"');
    expect(english).toMatch(/<h1[^>]*>Sign in to your privacy center<\/h1>/);
  });

  it("allows its one inline style and one inline script by hash, never by 'unsafe-inline'", async () => {
    const response = await get("/sign-in");
    const html = await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).not.toContain("unsafe-inline");
    const style = inlineStyle(html);
    expect(style).toContain("--brand-primary:");
    expect(cspDirective(csp, "style-src")).toBe(`style-src 'self' ${sha256(style!)}`);
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    expect(cspDirective(csp, "script-src")).toBe(`script-src 'self' ${sha256(scripts[0]!)}`);
    // The stylesheet is inline, so the first paint waits for no other request.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });

  it("revalidates the public HTML (no-cache, ETag, 304), never stores the sign-in link's page", async () => {
    const first = await get("/sign-in", { "Accept-Encoding": "br" });
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("vary")).toContain("Cookie");
    expect(first.headers.get("vary")).toContain("Accept-Language");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/sign-in", { "Accept-Encoding": "br", "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect((await get("/auth/confirm")).headers.get("cache-control")).toBe("no-store");
  });

  it("tells the browser of a visitor without a session cookie that there is no session, so it asks for none", async () => {
    const html = await (await get("/sign-in")).text();
    expect(hydrationData(html)).toMatchObject({ signedOut: true });
    const scripts = JSON.parse(
      /<script type="application\/json" id="candor-scripts">([^<]*)<\/script>/.exec(html)![1]!,
    ) as {
      preloads: { href: string; as: string | null }[];
    };
    // Neither the session read nor the HTTP adapter is fetched before the person acts (decision 0070).
    expect(
      scripts.preloads.map((preload) => preload.href).filter((href) => /api\/session|create-http-api/.test(href)),
    ).toEqual([]);
    expect(html).not.toContain('href="/api/session"');
    // A page the browser starts from the skeleton still reads its session beside the entry.
    const skeleton = await (await get("/overview")).text();
    expect(skeleton).toContain('<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/session">');
  });

  it("gives a visitor with a session the shell to start from, not the signed-out page, and varies on the cookie", async () => {
    const response = await get("/sign-in", { Cookie: "__Host-candor_session=whatever" });
    const html = await response.text();
    expect(html).not.toContain("data-prerendered");
    expect(html).toContain("data-boot-skeleton");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("vary")).toContain("Cookie");
    const overview = await (await get("/overview", { Cookie: "candor_session=whatever" })).text();
    expect(overview).toContain("data-boot-skeleton");
  });

  it("renders the footer link's page and a missing page without anything from the address in them", async () => {
    const footer = await (await get("/p/secret-token-from-the-footer")).text();
    expect(footer).toMatch(/<h1[^>]*>Opening your preferences<\/h1>/);
    expect(footer).not.toContain("secret-token-from-the-footer");
    // Its form posts to the page's own address (the link), so the token need not be in the HTML to be sent.
    const form = /<form[^>]*>/.exec(footer)?.[0] ?? "";
    expect(form).toContain('method="post"');
    expect(form).toContain("data-submit-on-load");
    expect(form).not.toContain("action=");
    expect(footer).toMatch(/<button type="submit"[^>]*>Continue to your preferences<\/button>/);
    // It posts itself before any of the app would start, so it carries none of it: the page stays small.
    expect(footer).not.toContain('id="candor-config"');
    expect(footer).not.toContain("modulepreload");
    const missing = await (await get("/no-such-page-here")).text();
    expect(missing).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(missing).not.toContain("no-such-page-here");
  });

  it("answers the form sent before its script ran by showing the page again, with the address nowhere in a URL", async () => {
    const response = await t.app.request("/sign-in", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=early%40example.com",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in");
  });

  it("leaves pages that need a session or redirect at once to the browser", async () => {
    const starts: Record<string, boolean> = {};
    for (const url of ["/", "/overview", "/support", "/sign-in/check-inbox"])
      starts[url] = (await (await get(url)).text()).includes("data-boot-skeleton");
    expect(starts).toEqual({ "/": true, "/overview": true, "/support": true, "/sign-in/check-inbox": true });
  });

  describe("a signed-in page", () => {
    it("renders the overview with the subject's data in their own language, and its query cache beside it", async () => {
      const { cookie } = await signIn(t.app, "it.customer@example.com");
      const response = await get("/overview", { Cookie: cookie, "Accept-Language": "en-GB" });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="it"');
      expect(html).toContain('data-prerendered="it"');
      expect(html).not.toContain("data-boot-skeleton");
      expect(html).toMatch(/<h1[^>]*>Buongiorno, Giulia/);
      expect(cachedKeys(html)).toEqual(
        expect.arrayContaining(["session", "preferences", "consents", "requests", "activity"]),
      );
      // The data is in the page, so the browser is not told to fetch it again.
      expect(html).not.toContain('rel="preload" as="fetch"');
      expect(inlineScripts(html)).toHaveLength(1);
    });

    it("is never stored, and never shown to another visitor", async () => {
      const first = await signIn(t.app, "it.customer@example.com");
      const second = await signIn(t.app, "br.customer@example.com");
      const response = await get("/overview", { Cookie: first.cookie, "Accept-Encoding": "br" });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-encoding")).toBe("br");
      expect(response.headers.get("vary")).toContain("Cookie");
      const mine = await (await get("/overview", { Cookie: first.cookie })).text();
      const theirs = await (await get("/overview", { Cookie: second.cookie })).text();
      expect(mine).toContain(first.email);
      expect(theirs).toContain(second.email);
      expect(theirs).not.toContain(first.email);
      // Nor does the signed-out page, or a stale cookie's, ever carry what a session's page held.
      const signedOut = await (await get("/overview")).text();
      expect(signedOut).not.toContain(first.email);
      expect(signedOut).not.toContain(second.email);
    });

    it("renders each section page, and each page an email links to, with its data and the shell's", async () => {
      const { cookie } = await signIn(t.app, "br.customer@example.com");
      const read = async <T>(path: string) => (await (await get(path, { Cookie: cookie })).json()) as T;
      const [request] = (await read<{ requests: { id: string }[] }>("/api/requests")).requests;
      const [record] = (await read<{ records: { receiptId: string }[] }>("/api/consents")).records;
      const seen: Record<string, unknown> = {};
      for (const [page, path, key] of [
        ["/preferences", "/preferences", "preferences"],
        ["/consents", "/consents", "consents"],
        ["/data", "/data", "data"],
        ["/requests", "/requests", "requests"],
        ["/history", "/history", "activity"],
        ["/requests/:id", `/requests/${request!.id}`, "requests"],
        ["/consents/receipts/:receiptId", `/consents/receipts/${record!.receiptId}`, "consents"],
      ] as const) {
        const html = await (await get(path, { Cookie: cookie })).text();
        // Strict CSP blocks a style attribute parsed from HTML: the server's stylesheet carries it instead.
        seen[page] = {
          locale: /data-prerendered="([^"]*)"/.exec(html)?.[1],
          // The shell's paused banner reads the preferences on every page.
          cached: [key, "preferences"].every((wanted) => cachedKeys(html)?.includes(wanted)),
          styleAttributes: /\sstyle="/.test(html),
        };
      }
      const expected = { locale: "pt-BR", cached: true, styleAttributes: false };
      expect(seen).toEqual({
        "/preferences": expected,
        "/consents": expected,
        "/data": expected,
        "/requests": expected,
        "/history": expected,
        "/requests/:id": expected,
        "/consents/receipts/:receiptId": expected,
      });
    });

    it("leaves a request the customer does not have to the browser, as a page it starts itself", async () => {
      const { cookie } = await signIn(t.app, "br.customer@example.com");
      const response = await get("/requests/req_nothing_here", { Cookie: cookie });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("data-boot-skeleton");
      expect(html).not.toContain("data-prerendered");
    });

    it("falls back to the usual start for a cookie that names no session, never a failed page", async () => {
      for (const cookie of ["__Host-candor_session=whatever", "candor_session=ended-long-ago"]) {
        const response = await get("/overview", { Cookie: cookie });
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(html).toContain("data-boot-skeleton");
        expect(html).not.toContain("data-prerendered");
        expect(response.headers.get("cache-control")).toBe("no-cache");
      }
    });

    it("shows a support agent's view with its banner, and a footer session's preferences", async () => {
      const { cookie } = await signIn(t.app, "br.customer@example.com", {
        actor: { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone", mode: "read_only" },
      });
      const support = await (await get("/overview", { Cookie: cookie, "Accept-Language": "en" })).text();
      expect(support).toContain('data-prerendered="pt-BR"');
      expect(support).toContain("Sam Reyes");
      expect(support).toContain("Asked by phone");

      const footer = await signIn(t.app, "br.customer@example.com", { scope: "preferences" });
      const preferences = await (await get("/preferences", { Cookie: footer.cookie })).text();
      expect(preferences).toContain('data-prerendered="pt-BR"');
      // A preferences-only session reads no consents: the overview it may not see is the browser's to redirect.
      const overview = await (await get("/overview", { Cookie: footer.cookie })).text();
      expect(overview).not.toContain(footer.email);
    });

    it("answers the footer page's own form with a 303 to the preferences, which it paints with their data", async () => {
      const write = { method: "POST", headers: sameOrigin };
      const subject = await t.app.request("/api/dev/subjects", {
        ...write,
        body: JSON.stringify({ template: "br.customer@example.com" }),
      });
      const { email } = (await subject.json()) as { email: string };
      const minted = await t.app.request("/api/dev/footer-links", {
        ...write,
        body: JSON.stringify({ email, topicId: "newsletter", channelId: "email" }),
      });
      const { token } = (await minted.json()) as { token: string };
      const opened = await t.app.request(`/p/${token}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: "null",
          "Sec-Fetch-Site": "same-origin",
        },
      });
      expect(opened.status).toBe(303);
      const location = opened.headers.get("location")!;
      expect(location).toBe("/preferences?from=footer&topic=newsletter&channel=email");
      const cookie = opened.headers.getSetCookie()[0]!.split(";")[0]!;
      const landed = await get(location, { Cookie: cookie });
      expect(landed.headers.get("cache-control")).toBe("no-store");
      const html = await landed.text();
      expect(html).toContain('data-prerendered="pt-BR"');
      expect(html).toContain("Do seu e-mail");
      expect(html).not.toContain(token);
    });

    it("says a paused customer's messages are paused, as the app's banner does", async () => {
      const { cookie } = await signIn(t.app, "ca.customer@example.com");
      const { version } = (await (await get("/api/preferences", { Cookie: cookie })).json()) as { version: number };
      const paused = await t.app.request("/api/preferences", {
        method: "PATCH",
        headers: { ...sameOrigin, Cookie: cookie, "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ baseVersion: version, changes: [{ kind: "pause", until: "2027-06-01T00:00:00.000Z" }] }),
      });
      expect(paused.status).toBe(200);
      for (const path of ["/overview", "/consents", "/data", "/requests", "/history"]) {
        const html = await (await get(path, { Cookie: cookie, "Accept-Language": "en" })).text();
        expect({ path, paused: html.includes("Your messages are paused until") }).toEqual({ path, paused: true });
      }
    });

    it("leaves a browser that sends GPC to tell the backend first", async () => {
      const { cookie } = await signIn(t.app, "br.customer@example.com");
      const html = await (await get("/consents", { Cookie: cookie, "Sec-GPC": "1" })).text();
      expect(html).toContain("data-boot-skeleton");
    });
  });
});
