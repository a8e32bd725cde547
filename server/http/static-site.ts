import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Context, Hono } from "hono";
import type { AppEnv } from "../deps.ts";
import { representationOf, selectRepresentation, type Encoding, type Representation } from "./content-encoding.ts";
import { inProcessFetch } from "./in-process-api.ts";
import type { SpaDocument } from "./spa-document.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=UTF-8",
  ".js": "text/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Vite names files under /assets by content hash, so they never change; everything else is revalidated. */
function cacheControl(urlPath: string): string {
  return urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

const precompressedSuffix: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

/** Every file under root by URL path, read at start so no request can name a path outside it. */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, full);
    if (/\.(br|gz)$/.test(entry.name) || entry.name === "index.html") return [];
    return [`/${path.relative(root, full).split(path.sep).join("/")}`];
  });
}

/** A file with its build-time .br/.gz copies when the build made them, else compressed on its first request. */
function loadFile(root: string, urlPath: string): Representation {
  const file = path.join(root, ...urlPath.split("/"));
  const encoded: Partial<Record<Encoding, Buffer>> = {};
  for (const encoding of ["br", "gzip"] as const) {
    const copy = file + precompressedSuffix[encoding];
    if (existsSync(copy)) encoded[encoding] = readFileSync(copy);
  }
  const type = contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return representationOf(type, readFileSync(file), encoded);
}

/** Sends one representation as the request asks for it: encoding by Accept-Encoding, 304 on a matching ETag. */
export function sendRepresentation(
  c: Context<AppEnv>,
  representation: Representation,
  headers: Record<string, string>,
): Response {
  const chosen = selectRepresentation(representation, {
    acceptEncoding: c.req.header("accept-encoding"),
    ifNoneMatch: c.req.header("if-none-match"),
  });
  const all = { ...chosen.headers, ...headers };
  if (headers.Vary) all.Vary = `${chosen.headers.Vary}, ${headers.Vary}`;
  if (chosen.status === 304) return c.body(null, 304, all);
  return c.body(new Uint8Array(chosen.body!), 200, all);
}

/** The config the server validated, whatever CONFIG_PATH says, so the SPA and the server never disagree. */
export function serveOperatorConfig(app: Hono<AppEnv>, configRaw: string): void {
  const config = representationOf("application/json; charset=UTF-8", Buffer.from(configRaw));
  app.get("/privacy-center.config.json", (c) => sendRepresentation(c, config, { "Cache-Control": "no-cache" }));
}

/** Pages a one-time sign-in link opens: kept out of every cache, the back/forward cache included. */
const oneTimeLinkPages = new Set(["/auth/confirm"]);

const looksLikeFile = (urlPath: string) => /\.[a-z0-9]+$/i.test(urlPath.split("/").at(-1) ?? "");

/**
 * Serves the built SPA: files from dist/, and the app's HTML document for client routes such as /auth/confirm.
 * The document is revalidated on every visit (no-cache + ETag) so a deploy is picked up at once, without the
 * no-store that would keep it out of the back/forward cache. Missing files that look like files are a 404.
 */
export function serveSpa(app: Hono<AppEnv>, root: string, document: SpaDocument | null): void {
  const files = new Set(listFiles(root));
  const loaded = new Map<string, Representation>();

  // The prerendered sign-in form sent before its script ran: nothing is done with it (the page asks again,
  // now with its script), and the address it carried is neither kept nor put in a URL.
  app.post("/sign-in", (c) => c.redirect("/sign-in", 303));

  app.get("*", async (c, next) => {
    const urlPath = c.req.path;
    if (urlPath.startsWith("/api/")) return next();
    if (files.has(urlPath)) {
      let representation = loaded.get(urlPath);
      if (!representation) loaded.set(urlPath, (representation = loadFile(root, urlPath)));
      return sendRepresentation(c, representation, { "Cache-Control": cacheControl(urlPath) });
    }
    if (!document || (looksLikeFile(urlPath) && urlPath !== "/index.html")) return next();
    const search = new URL(c.req.url).search;
    const { page, personal } = await document.render({
      path: urlPath,
      search,
      acceptLanguage: c.req.header("accept-language"),
      acceptEncoding: c.req.header("accept-encoding"),
      cookie: c.req.header("cookie"),
      gpc: c.req.header("sec-gpc") === "1",
      api: inProcessFetch(app, c),
    });
    // A page with a session's data in it is that visitor's alone: no cache, shared or private, may keep it.
    const cache = personal || oneTimeLinkPages.has(urlPath.replace(/(.)\/+$/, "$1")) ? "no-store" : "no-cache";
    return sendRepresentation(c, page, { "Cache-Control": cache, Vary: "Accept-Language, Cookie" });
  });
}
