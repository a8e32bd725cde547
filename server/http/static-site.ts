import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "../deps.ts";

/** Vite names files under /assets by content hash, so they never change; everything else is revalidated. */
function cacheControl(requestPath: string, servedIndex: boolean): string {
  if (servedIndex) return "no-store";
  if (requestPath.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  return "no-cache";
}

const looksLikeFile = (requestPath: string) => /\.[a-z0-9]+$/i.test(requestPath.split("/").at(-1) ?? "");

/** The config the server validated, whatever CONFIG_PATH says, so the SPA and the server never disagree. */
export function serveOperatorConfig(app: Hono<AppEnv>, configRaw: string): void {
  app.get("/privacy-center.config.json", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.body(configRaw, 200, { "Content-Type": "application/json; charset=UTF-8" });
  });
}

const noop = async () => {};

/**
 * Serves the built SPA: files from dist/, and index.html (never cached, so a deploy is picked up at once) for
 * client routes such as /auth/confirm. Missing files that look like files are a 404, not the app.
 */
export function serveSpa(app: Hono<AppEnv>, root: string): void {
  const indexFile = path.join(root, "index.html");
  const files = serveStatic<AppEnv>({ root });
  const index = serveStatic<AppEnv>({ root, path: "index.html" });

  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    let response = (await files(c, noop)) as Response | undefined;
    let servedIndex = c.req.path === "/" || c.req.path === "/index.html";
    if (!response && !looksLikeFile(c.req.path) && existsSync(indexFile)) {
      response = (await index(c, noop)) as Response | undefined;
      servedIndex = true;
    }
    if (!response) return next();
    response.headers.set("Cache-Control", cacheControl(c.req.path, servedIndex));
    return response;
  });
}
