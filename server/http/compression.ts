import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { compressibleType, compressPerRequest, negotiateEncoding } from "./content-encoding.ts";

/** Below this an answer fits one packet either way, and compressing it costs more than it saves. */
export const compressionThresholdBytes = 1024;

/**
 * Compresses API answers (JSON) per request, brotli or gzip by Accept-Encoding. Synchronous zlib on bodies this
 * small costs less than streaming it would; Vary tells caches the answer depends on the header.
 *
 * An answer a route wrote as text (`answerText`) is measured and compressed from that text: touching the
 * response's body would turn @hono/node-server's lightweight response into a web-stream one, which costs more to
 * build and to write out than a small answer costs to compute.
 */
export function compressAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const response = c.res;
    response.headers.append("Vary", "Accept-Encoding");
    if (c.req.method === "HEAD") return;
    const written = c.get("answerText");
    if (written !== undefined && Buffer.byteLength(written) < compressionThresholdBytes) return;
    const type = response.headers.get("content-type") ?? "";
    if ((written === undefined && !response.body) || response.headers.has("content-encoding")) return;
    if (!compressibleType.test(type)) return;
    const encoding = negotiateEncoding(c.req.header("accept-encoding"));
    if (!encoding) return;
    const body = written === undefined ? Buffer.from(await response.arrayBuffer()) : Buffer.from(written);
    const headers = new Headers(response.headers);
    const compressed = body.length >= compressionThresholdBytes;
    if (compressed) {
      headers.set("Content-Encoding", encoding);
      headers.delete("Content-Length");
    }
    // Unset first, so Hono takes the new response as it is instead of rebuilding it around the old one's headers
    // (which it holds already) and body stream.
    c.res = undefined;
    c.res = new Response(new Uint8Array(compressed ? compressPerRequest(body, encoding) : body), {
      status: response.status,
      headers,
    });
  };
}
