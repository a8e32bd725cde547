import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { build, preview } from "vite";

export interface FirstLoadRow {
  build: string;
  page: string;
  scripts: number;
  kbGzip: number;
}

const chromiumPath = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((path) => existsSync(path));

/** Builds the SPA, opens a page in Chromium and adds up the gzipped size of every script it loaded. */
async function measure(label: string, mode: string, path: string): Promise<FirstLoadRow> {
  const outDir = `dist-bench-${label}`;
  await build({ mode, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, build: { outDir }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0] ?? "";
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    // No API server runs here: a signed-out answer lets the page render as a first-time visitor sees it.
    await page.route("**/api/session", (route) => route.fulfill({ json: { session: null } }));
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await page.goto(new URL(path, url).href, { waitUntil: "networkidle" });
    const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length);
    return { build: label, page: path, scripts: sizes.length, kbGzip: sizes.reduce((a, b) => a + b, 0) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function firstLoadRows(): Promise<FirstLoadRow[]> {
  return [await measure("http", "production", "/sign-in"), await measure("mock", "mock", "/sign-in")];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await firstLoadRows());
