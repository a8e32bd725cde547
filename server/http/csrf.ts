import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { HttpError, sendError } from "./errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The header the HTTP adapter always sends; a cross-site form or a no-CORS fetch cannot set it. */
export const csrfHeader = "X-Candor-CSRF";

function allowedOrigins(host: string | undefined, publicUrl: string | null): Set<string> {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  // Either scheme for our own Host: behind a TLS-terminating proxy the request we see is plain http.
  if (host) for (const scheme of ["http", "https"]) origins.add(`${scheme}://${host}`);
  return origins;
}

/**
 * A state-changing request must say it comes from this app: Origin is ours (or, without Origin, the browser
 * says Sec-Fetch-Site: same-origin), and the app's header is present. Anything else is refused before it acts.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    // Server-to-server with an API key and never a cookie: a cross-site page has no credential to ride on here.
    if (c.req.path.startsWith("/api/operator/")) return next();
    const { publicUrl } = c.get("deps");
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const sameOriginByFetchSite = fetchSite === "same-origin";
    const sameOriginByOrigin =
      origin !== undefined && allowedOrigins(c.req.header("host") ?? new URL(c.req.url).host, publicUrl).has(origin);
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
