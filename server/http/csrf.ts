import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { acceptedOrigins } from "./accepted-addresses.ts";
import { HttpError, sendError } from "./errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The header the HTTP adapter always sends; a cross-site form or a no-CORS fetch cannot set it. */
export const csrfHeader = "X-Candor-CSRF";

/**
 * A state-changing request must say it comes from this app: Origin is the configured origin (or, without
 * Origin, the browser says Sec-Fetch-Site: same-origin), and the app's header is present. Anything else is
 * refused before it acts. Origin is never compared with Host: a rebound DNS name makes both the attacker's.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    // Server-to-server with an API key and never a cookie: a cross-site page has no credential to ride on here.
    if (c.req.path.startsWith("/api/operator/")) return next();
    const { publicUrl, listeningPort } = c.get("deps");
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const sameOriginByFetchSite = fetchSite === "same-origin";
    const sameOriginByOrigin = origin !== undefined && acceptedOrigins(publicUrl, listeningPort()).has(origin);
    const crossSiteSignal =
      (fetchSite !== undefined && !sameOriginByFetchSite) || (origin !== undefined && !sameOriginByOrigin);
    const fromThisApp = !crossSiteSignal && (sameOriginByOrigin || sameOriginByFetchSite);
    if (!fromThisApp || c.req.header(csrfHeader) !== "1")
      return sendError(
        c,
        new HttpError("forbidden", "This request did not come from the privacy center, so nothing was changed."),
      );
    return next();
  };
}

/**
 * For a native form on this site's own pages (the footer link's, decision 0067), which cannot send the app's
 * header: refused when the browser names another site. Sec-Fetch-Site decides where the browser sends it; every
 * page here is no-referrer, so such a form's Origin is "null". A browser that sends neither (Safari before 16.4) is
 * let through, as its GET of the same link would be: that page posts the form itself.
 */
export function namesAnotherSite(c: Context<AppEnv>): boolean {
  const fetchSite = c.req.header("sec-fetch-site");
  if (fetchSite !== undefined) return fetchSite !== "same-origin";
  const origin = c.req.header("origin");
  const { publicUrl, listeningPort } = c.get("deps");
  return origin !== undefined && origin !== "null" && !acceptedOrigins(publicUrl, listeningPort()).has(origin);
}
