import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { compressibleType, compressPerRequest, negotiateEncoding } from "./content-encoding.ts";

/** Below this an answer fits one packet either way, and compressing it costs more than it saves. */
export const compressionThresholdBytes = 1024;

/**
 * An endpoint's JSON answer, compressed here when it is worth it, so the route builds its Response once. Building
 * one and replacing it (as the middleware below must) turns the body into a stream that @hono/node-server then
 * reads back chunk by chunk; a Response made from a string or bytes and left alone is written out directly, which
 * was a sixth of a write's server time (decision 0062).
 */
export function answerBody(
  c: Context<AppEnv>,
  text: string,
): { body: string | Uint8Array<ArrayBuffer>; encoding: string | null } {
  const bytes = Buffer.byteLength(text);
  // Also tells the middleware this answer is handled.
  c.set("answerBytes", bytes);
  if (bytes < compressionThresholdBytes || c.req.method === "HEAD") return { body: text, encoding: null };
  const encoding = negotiateEncoding(c.req.header("accept-encoding"));
  if (!encoding) return { body: text, encoding: null };
  return { body: new Uint8Array(compressPerRequest(Buffer.from(text), encoding)), encoding };
}

/**
 * Compresses API answers (JSON) per request, brotli or gzip by Accept-Encoding, for the answers no endpoint route
 * wrote (errors, OpenAPI, health); the routes compress their own (answerBody). Synchronous zlib on bodies this small
 * costs less than streaming it would; Vary tells caches the answer depends on the header.
 */
export function compressAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const response = c.res;
    response.headers.append("Vary", "Accept-Encoding");
    // Checked before anything reads the body, which would turn it into a stream.
    if (c.get("answerBytes") !== undefined || c.req.method === "HEAD" || response.headers.has("content-encoding"))
      return;
    if (!compressibleType.test(response.headers.get("content-type") ?? "") || !response.body) return;
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
