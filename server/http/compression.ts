import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { compressibleType, compressPerRequest, negotiateEncoding } from "./content-encoding.ts";

/** Below this an answer fits one packet either way, and compressing it costs more than it saves. */
export const compressionThresholdBytes = 1024;

/**
 * Compresses API answers (JSON) per request, brotli or gzip by Accept-Encoding. Synchronous zlib on bodies this
 * small costs less than streaming it would; Vary tells caches the answer depends on the header.
 */
export function compressAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const response = c.res;
    response.headers.append("Vary", "Accept-Encoding");
    const type = response.headers.get("content-type") ?? "";
    if (c.req.method === "HEAD" || !response.body || response.headers.has("content-encoding")) return;
    if (!compressibleType.test(type)) return;
    const declared = c.get("answerBytes");
    if (declared !== undefined && declared < compressionThresholdBytes) return;
    const encoding = negotiateEncoding(c.req.header("accept-encoding"));
    if (!encoding) return;
    const body = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    if (body.length < compressionThresholdBytes) {
      c.res = new Response(new Uint8Array(body), { status: response.status, headers });
      return;
    }
    headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    c.res = new Response(new Uint8Array(compressPerRequest(body, encoding)), { status: response.status, headers });
  };
}
