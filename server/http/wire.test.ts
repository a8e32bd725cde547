import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-support/test-app.ts";

const entry = `console.log(${JSON.stringify("entry ".repeat(400))})`;
const manifest = {
  "index.html": { file: "assets/index-aaa111.js", isEntry: true, imports: ["_shared-bbb222.js"] },
  "_shared-bbb222.js": { file: "assets/shared-bbb222.js" },
  "src/app/shell/public-layout.tsx": { file: "assets/public-layout-ccc333.js", imports: ["_shared-bbb222.js"] },
  "src/app/routes/sign-in.tsx": { file: "assets/sign-in-ddd444.js", imports: ["_form-eee555.js", "index.html"] },
  "_form-eee555.js": { file: "assets/form-eee555.js" },
  "src/app/shell/app-shell.tsx": { file: "assets/app-shell-fff666.js" },
  "src/features/preferences/preferences-view.tsx": {
    file: "assets/preferences-view-ggg777.js",
    dynamicImports: ["_preferences-lll222.js"],
  },
  "_preferences-lll222.js": { file: "assets/preferences-lll222.js", imports: ["_zod-mmm333.js"] },
  "_zod-mmm333.js": { file: "assets/zod-mmm333.js" },
  "src/api/http/create-http-api.ts": { file: "assets/create-http-api-hhh888.js" },
  "src/i18n/locales/en.json?part=public": { file: "assets/en-iii999.js" },
  "src/i18n/locales/pt-BR.json?part=public": { file: "assets/pt-BR-jjj000.js" },
  "src/i18n/locales/en.json?part=signedIn": { file: "assets/en-signed-in-kkk111.js" },
};

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("what a browser receives", () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "candor-wire-"));
    await mkdir(path.join(dist, "assets"));
    await mkdir(path.join(dist, ".vite"));
    await writeFile(path.join(dist, ".vite", "manifest.json"), JSON.stringify(manifest));
    await writeFile(
      path.join(dist, "index.html"),
      `<!doctype html><html lang="en"><head><title>Candor</title>${"<!-- padding -->".repeat(80)}<script type="module" src="/assets/index-aaa111.js"></script></head><body></body></html>`,
    );
    await writeFile(path.join(dist, "assets", "index-aaa111.js"), entry);
    // The build's own brotli copy, marked so the test can tell it was the one served.
    await writeFile(path.join(dist, "assets", "index-aaa111.js.br"), brotliCompressSync(`${entry}//built`));
    await writeFile(path.join(dist, "assets", "app-1a2b3c.css"), `body{color:red}`.repeat(200));
    await writeFile(path.join(dist, "logo.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${"<g/>".repeat(300)}</svg>`);
    await writeFile(path.join(dist, "photo.png"), Buffer.alloc(4000, 7));
    t = await createTestApp({ staticRoot: dist });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.request(url, { headers });

  it("sends the build's brotli copy to a browser that accepts brotli", async () => {
    const response = await get("/assets/index-aaa111.js", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(await bytes(response)).toString()).toBe(`${entry}//built`);
  });

  it("falls back to gzip, then to identity, as Accept-Encoding allows", async () => {
    const gzip = await get("/assets/app-1a2b3c.css", { "Accept-Encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(`body{color:red}`.repeat(200));
    const refused = await get("/assets/app-1a2b3c.css", { "Accept-Encoding": "br;q=0, gzip;q=0.5" });
    expect(refused.headers.get("content-encoding")).toBe("gzip");
    const plain = await get("/assets/app-1a2b3c.css");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await bytes(plain)).toString()).toBe(`body{color:red}`.repeat(200));
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
  });

  it("compresses SVG and the operator config, and leaves images that are compressed already", async () => {
    const svg = await get("/logo.svg", { "Accept-Encoding": "br" });
    expect(svg.headers.get("content-encoding")).toBe("br");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    const config = await get("/privacy-center.config.json", { "Accept-Encoding": "br" });
    expect(config.headers.get("content-encoding")).toBe("br");
    expect(JSON.parse(brotliDecompressSync(await bytes(config)).toString())).toMatchObject({
      company: { name: t.config.company.name },
    });
    const png = await get("/photo.png", { "Accept-Encoding": "br" });
    expect(png.headers.get("content-encoding")).toBeNull();
    expect(png.headers.get("content-type")).toBe("image/png");
  });

  it("revalidates the HTML with an ETag per encoding and answers 304 when it still matches", async () => {
    const first = await get("/sign-in", { "Accept-Encoding": "br" });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("cache-control")).not.toContain("no-store");
    const etag = first.headers.get("etag")!;
    const again = await get("/sign-in", { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const gzip = await get("/sign-in", { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get("etag")).not.toBe(etag);
  });

  it("inlines the operator config as a JSON data block the CSP allows", async () => {
    const html = await (await get("/sign-in")).text();
    const block = /<script type="application\/json" id="candor-config">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    // As the schema parsed it, defaults filled in: the browser renders from it before its schema loads.
    expect(JSON.parse(block![1]!.replaceAll("\\u003c", "<"))).toEqual(t.config);
    expect((await get("/sign-in")).headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("preloads the first route's chunks, the catalog in the visitor's language, the adapter and the session", async () => {
    const html = await (await get("/sign-in", { "Accept-Language": "pt-BR,pt;q=0.9,en;q=0.8" })).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    expect(preloaded).toEqual(
      expect.arrayContaining([
        "/assets/pt-BR-jjj000.js",
        "/assets/create-http-api-hhh888.js",
        "/assets/public-layout-ccc333.js",
        "/assets/sign-in-ddd444.js",
        "/assets/form-eee555.js",
      ]),
    );
    // What the entry already loads is not named twice, nor another language's catalog.
    expect(preloaded).not.toContain("/assets/shared-bbb222.js");
    expect(preloaded).not.toContain("/assets/en-iii999.js");
    // A public page does not need the catalog sections of the signed-in pages.
    expect(html).not.toContain("signed-in");
    expect(html).toContain('<html lang="pt-BR"');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/session">');
  });

  it("preloads a section's data only for a visitor who has a session cookie", async () => {
    const signedOut = await (await get("/preferences")).text();
    expect(signedOut).toContain("/assets/preferences-view-ggg777.js");
    expect(signedOut).toContain("/assets/en-iii999.js");
    expect(signedOut).toContain("/assets/en-signed-in-kkk111.js");
    expect(signedOut).not.toContain('href="/api/preferences"');
    // The section's contract, which its code imports only when wanted, comes only with the read it checks.
    expect(signedOut).not.toContain("/assets/preferences-lll222.js");
    const signedIn = await (await get("/preferences", { Cookie: "candor_session=abc" })).text();
    expect(signedIn).toContain('<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/preferences">');
    expect(signedIn).toContain('<link rel="modulepreload" crossorigin href="/assets/preferences-lll222.js">');
    expect(signedIn).toContain('<link rel="modulepreload" crossorigin href="/assets/zod-mmm333.js">');
  });

  it("compresses API answers worth compressing and keeps them out of caches", async () => {
    const document = await get("/api/openapi.json", { "Accept-Encoding": "gzip, br" });
    expect(document.headers.get("content-encoding")).toBe("br");
    expect(document.headers.get("vary")).toContain("Accept-Encoding");
    expect(document.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(brotliDecompressSync(await bytes(document)).toString())).toHaveProperty("openapi");
    const gzip = await get("/api/openapi.json", { "Accept-Encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(await bytes(gzip)).toString())).toHaveProperty("openapi");
    const tiny = await get("/api/session", { "Accept-Encoding": "br" });
    expect(tiny.headers.get("content-encoding")).toBeNull();
    expect(await tiny.json()).toEqual({ session: null });
  });
});
