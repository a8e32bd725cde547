import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressedPreview } from "./precompressed-preview-plugin.ts";

describe("the demo's preview server", () => {
  let dir: string;
  let server: PreviewServer;
  let origin: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "candor-preview-"));
    await mkdir(path.join(dir, "assets"));
    await writeFile(path.join(dir, "index.html"), "<!doctype html><title>demo</title>");
    await writeFile(path.join(dir, "index.html.br"), brotliCompressSync("<!doctype html><title>demo</title>"));
    await writeFile(path.join(dir, "sign-in.html.br"), brotliCompressSync("<!doctype html><h1>Sign in</h1>"));
    await writeFile(path.join(dir, "sign-in.html"), "<!doctype html><h1>Sign in</h1>");
    await writeFile(path.join(dir, "assets", "app-1a2b.js"), "console.log(1)");
    await writeFile(path.join(dir, "assets", "app-1a2b.js.br"), brotliCompressSync("console.log(1)"));
    server = await preview({
      configFile: false,
      root: dir,
      plugins: [precompressedPreview()],
      build: { outDir: dir },
      preview: { port: 0, host: "127.0.0.1" },
      logLevel: "silent",
    });
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, "");
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string>) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      // node:http, not fetch, so the body arrives as sent rather than decoded.
      httpGet(`${origin}${url}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });

  it("sends the brotli copy of an asset, immutable, to a browser that accepts it", async () => {
    const response = await get("/assets/app-1a2b.js", { "Accept-Encoding": "gzip, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(response.body).toString()).toBe("console.log(1)");
  });

  it("sends the app's HTML compressed for a client route, and plain to a browser that accepts nothing", async () => {
    const route = await get("/overview", { "Accept-Encoding": "br" });
    expect(route.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(route.body).toString()).toContain("<title>demo</title>");
    const plain = await get("/assets/app-1a2b.js", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("console.log(1)");
  });

  it("sends a page rendered at build time for its own route, with or without a trailing slash", async () => {
    for (const url of ["/sign-in", "/sign-in/"]) {
      const page = await get(url, { "Accept-Encoding": "br" });
      expect(page.headers["content-type"]).toBe("text/html; charset=UTF-8");
      expect(brotliDecompressSync(page.body).toString()).toContain("<h1>Sign in</h1>");
    }
  });
});
