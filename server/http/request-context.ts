import { randomUUID } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../deps.ts";

// An id from an upstream proxy is kept so logs line up across hops, but only if it cannot smuggle anything into a log line.
const acceptableRequestId = /^[A-Za-z0-9._-]{8,100}$/;

/** Gives every request an id (X-Request-Id on the answer) and hands the dependencies to handlers. */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    c.set("deps", deps);
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    if (c.req.path.startsWith("/api/")) c.res.headers.set("Cache-Control", "no-store");
  };
}

/** The caller's address: the socket's, or the proxy-appended last X-Forwarded-For hop when TRUST_PROXY is on. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get("deps").trustProxy) {
    const hops = c.req
      .header("x-forwarded-for")
      ?.split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops?.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests has no socket.
    return "unknown";
  }
}
