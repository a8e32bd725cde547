import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { acceptedOrigins } from "./accepted-addresses.ts";
import { HttpError, sendError } from "./errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The header the HTTP adapter always sends. */
export const csrfHeader = "X-Candor-CSRF";

/**
 * The browser says the request comes from a page of this origin: Origin is the configured origin (or, without
 * Origin, Sec-Fetch-Site: same-origin), and neither header names another site. Origin is never compared with
 * Host: a rebound DNS name makes both the attacker's. A page sent with Referrer-Policy: no-referrer posts its
 * forms with Origin "null", so for a native form Sec-Fetch-Site is what tells.
 */
export function cameFromThisOrigin(c: Context<AppEnv>): boolean {
  const { publicUrl, listeningPort } = c.get("deps");
  const origin = c.req.header("origin");
  const fetchSite = c.req.header("sec-fetch-site");
  const sameOriginByFetchSite = fetchSite === "same-origin";
  const sameOriginByOrigin = origin !== undefined && acceptedOrigins(publicUrl, listeningPort()).has(origin);
  const opaqueOrigin = origin === "null" && sameOriginByFetchSite;
  const crossSiteSignal =
    (fetchSite !== undefined && !sameOriginByFetchSite) ||
    (origin !== undefined && !sameOriginByOrigin && !opaqueOrigin);
  return !crossSiteSignal && (sameOriginByOrigin || sameOriginByFetchSite);
}

/**
 * A state-changing request must say it comes from this app: from this origin (above), with the app's header,
 * which a cross-site form or a no-CORS fetch cannot set. Anything else is refused before it acts.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    // Server-to-server with an API key and never a cookie: a cross-site page has no credential to ride on here.
    if (c.req.path.startsWith("/api/operator/")) return next();
    if (!cameFromThisOrigin(c) || c.req.header(csrfHeader) !== "1")
      return sendError(
        c,
        new HttpError("forbidden", "This request did not come from the privacy center, so nothing was changed."),
      );
    return next();
  };
}
