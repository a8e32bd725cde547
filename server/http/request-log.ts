import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../deps.ts";
import { logLine } from "../logging/json-lines.ts";

/**
 * One line per request: id, method, the route pattern that answered (never the raw path, which carries ids and
 * whatever a client typed), status and duration. Query strings, headers and bodies are left out: they hold the
 * tokens, cookies and addresses that must never reach a log.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // After next(), the route index is that of the handler that answered, not of this middleware.
      logLine(c.get("deps").log, "info", "request", {
        requestId: c.get("requestId"),
        method: c.req.method,
        route: routePath(c) || "*",
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  };
}
