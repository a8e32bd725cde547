import type { MiddlewareHandler } from "hono";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import type { AppEnv } from "../deps.ts";
import { scriptLoaderSource } from "./spa-document.ts";

const originOf = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? new URL(url).origin : null);

/**
 * No inline script anywhere, and no inline style but the one stylesheet the server inlines into the HTML,
 * allowed by its hash (server/http/spa-document.ts); the SPA sets brand colours through the CSSOM
 * (element.style), which CSP does not block. The logo and the API may live on other origins.
 */
export function contentSecurityPolicy(config: OperatorConfig, styleSources: readonly string[] = []): string {
  const logo = originOf(config.company.logo);
  const api = config.api.mode === "http" ? originOf(config.api.baseUrl) : null;
  const ancestors =
    config.frameAncestors.length > 0 ? config.frameAncestors.map((url) => new URL(url).origin).join(" ") : "'none'";
  return [
    "default-src 'self'",
    // The one inline script: the prerendered pages' loader, allowed by its hash (spa-document.ts).
    `script-src 'self' ${scriptLoaderSource}`,
    ["style-src 'self'", ...styleSources].join(" "),
    `img-src 'self' data:${logo ? ` ${logo}` : ""}`,
    "font-src 'self'",
    `connect-src 'self'${api ? ` ${api}` : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}

export function isHttps(url: string, forwardedProto: string | undefined): boolean {
  return url.startsWith("https:") || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Set on every answer — API, static files, errors and 404s alike. */
export function securityHeaders(
  config: OperatorConfig,
  styleSources: () => readonly string[] = () => [],
): MiddlewareHandler<AppEnv> {
  let sources = styleSources();
  let csp = contentSecurityPolicy(config, sources);
  const embeddable = config.frameAncestors.length > 0;
  return async (c, next) => {
    await next();
    const now = styleSources();
    if (now.join(" ") !== sources.join(" ")) csp = contentSecurityPolicy(config, (sources = now));
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", csp);
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    // For old browsers that ignore frame-ancestors.
    if (!embeddable) headers.set("X-Frame-Options", "DENY");
    if (isHttps(c.req.url, c.req.header("x-forwarded-proto")))
      headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  };
}
