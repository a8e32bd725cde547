import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { build, preview } from "vite";
import { catalogModulesFor } from "../src/i18n/catalog-parts.ts";
import { firstRouteNeeds } from "../server/http/first-route-needs.ts";
import { chunksFor, entryChunksOf, type Manifest } from "../server/http/spa-document.ts";

export interface FirstLoadRow {
  build: string;
  page: string;
  scripts: number;
  jsKbGzip: number;
  cssKbGzip: number;
  /** What crossed the wire for scripts and styles, in whatever encoding the server chose. */
  wireKb: number;
}

export interface RouteSizeRow {
  route: string;
  jsKbGzip: number;
  cssKbGzip: number;
  chunks: number;
}

const chromiumPath = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"].find((file) => existsSync(file));
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

export async function buildFor(mode: "production" | "mock"): Promise<string> {
  const outDir = path.resolve(`dist-bench-${mode === "mock" ? "mock" : "http"}`);
  await build({ mode, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  // The server's prerender of the public pages (decision 0058); the mock build is static and has none.
  if (mode === "production")
    await build({ mode, logLevel: "warn", build: { ssr: true, outDir: path.join(outDir, ".ssr"), emptyOutDir: true } });
  return outDir;
}

/** Opens a page in Chromium and adds up every script and stylesheet it loaded before the network went quiet. */
export async function measureFirstLoad(
  label: string,
  url: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<FirstLoadRow> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await prepare?.(page);
    const loads: Promise<{ type: string; gzip: number; wire: number }>[] = [];
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      loads.push(
        Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
          type,
          gzip: gzipSync(body, { level: 9 }).length,
          wire: sizes.responseBodySize,
        })),
      );
    });
    await page.goto(url, { waitUntil: "networkidle" });
    // The reference server inlines the stylesheet into the HTML (decision 0058): it counts as CSS all the same.
    const inlineCss = await page.evaluate(() =>
      [...document.querySelectorAll("style")].map((style) => style.textContent ?? "").join(""),
    );
    const all = await Promise.all(loads);
    const sum = (rows: typeof all) => rows.reduce((total, row) => total + row.gzip, 0);
    const scripts = all.filter((row) => row.type === "script");
    return {
      build: label,
      page: new URL(url).pathname,
      scripts: scripts.length,
      jsKbGzip: kb(sum(scripts)),
      cssKbGzip: kb(
        sum(all.filter((row) => row.type === "stylesheet")) +
          (inlineCss ? gzipSync(inlineCss, { level: 9 }).length : 0),
      ),
      wireKb: kb(all.reduce((total, row) => total + row.wire, 0)),
    };
  } finally {
    await browser.close();
  }
}

/** The in-browser demo has no server: Vite's preview serves it, and its first load includes the mock backend. */
/** The in-browser demo's build served as a static host would (precompressed files), for the duration of `measure`. */
export async function withMockPreview<T>(outDir: string, measure: (origin: string) => Promise<T>): Promise<T> {
  const server = await preview({ preview: { port: 4930, host: "127.0.0.1" }, build: { outDir }, logLevel: "warn" });
  try {
    return await measure(new URL(server.resolvedUrls?.local[0] ?? "").origin);
  } finally {
    await server.close();
  }
}

/**
 * What each route's first load costs, from the build manifest: the entry and its imports, the English catalog,
 * the HTTP adapter and the route's own chunks, the same set the server preloads (server/http/spa-document.ts).
 */
export function routeSizes(outDir: string): RouteSizeRow[] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest & {
    [key: string]: { css?: string[] };
  };
  const entry = entryChunksOf(manifest);
  const cssOf = (files: Iterable<string>) => {
    const css = new Set<string>();
    for (const chunk of Object.values(manifest))
      if ([...files].includes(chunk.file)) chunk.css?.forEach((f) => css.add(f));
    return css;
  };
  const gz = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  return Object.entries(firstRouteNeeds).map(([route, needs]) => {
    const modules = [...catalogModulesFor("en", needs.modules), "src/api/http/create-http-api.ts", ...needs.modules];
    const files = [...entry, ...chunksFor(manifest, modules, entry)];
    return {
      route,
      jsKbGzip: kb(files.reduce((total, file) => total + gz(file), 0)),
      cssKbGzip: kb([...cssOf(files)].reduce((total, file) => total + gz(file), 0)),
      chunks: files.length,
    };
  });
}
