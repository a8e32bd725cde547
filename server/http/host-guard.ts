import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { acceptedHosts } from "./accepted-addresses.ts";
import { HttpError, sendError } from "./errors.ts";

const probePaths = new Set(["/healthz", "/readyz"]);

/**
 * Answers only under the configured host and the loopback names. Without it, a page the operator visits can
 * rebind its own name to 127.0.0.1 and talk to this server as if it were same-origin (DNS rebinding).
 */
export function hostGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A load balancer probes health by whatever address it has for the instance; the answer holds nothing.
    if (probePaths.has(c.req.path)) return next();
    const { publicUrl, listeningPort } = c.get("deps");
    const host = (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
    if (!acceptedHosts(publicUrl, listeningPort()).has(host))
      return sendError(
        c,
        new HttpError("validation", "This server does not answer under that name.", {
          status: 421,
          fields: [{ path: "Host", message: "is not an address of this server; set PUBLIC_URL to the one people use" }],
        }),
      );
    return next();
  };
}
