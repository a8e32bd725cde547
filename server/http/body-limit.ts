import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HttpError, sendError } from "./errors.ts";

/** The largest request body the API reads. */
export const maxBodyBytes = 64 * 1024;

/** How much of a refused body is read and thrown away so the connection stays usable. */
const drainBytes = 1024 * 1024;

/** Reads what is left of the body without keeping it; false when it is more than drainBytes or cannot be read. */
async function drained(c: Context): Promise<boolean> {
  const declared = Number(c.req.header("content-length"));
  const body = c.req.raw.body;
  if (!Number.isFinite(declared) || declared > drainBytes || !body || body.locked) return false;
  try {
    let read = 0;
    for await (const chunk of body) {
      read += (chunk as Uint8Array).byteLength;
      if (read > drainBytes) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function refuse(c: Context): Promise<Response> {
  if (!(await drained(c))) c.header("Connection", "close");
  return sendError(c, new HttpError("validation", "The request is too large.", { status: 413 }));
}

/**
 * 413 for a body over maxBytes (the API's maxBodyBytes unless a route asks for less). Answering while the client is still sending would leave the rest of its body
 * on the wire, where it would be read as the next request or cut off by a reset after a "keep-alive": so a
 * modest excess is read to its end first, and anything bigger is answered with Connection: close.
 *
 * A body with a Content-Length (every browser's and the bench's) is judged by that header, as Hono's middleware
 * judges it, without asking for the request's body stream: asking turns @hono/node-server's lightweight request
 * into a web-stream one, and the route then reads its few hundred bytes through that stream.
 */
export function limitBody(maxBytes: number = maxBodyBytes): MiddlewareHandler {
  const counted = bodyLimit({ maxSize: maxBytes, onError: refuse });
  return async (c, next) => {
    // A GET or HEAD has no body to judge (a Request cannot be built with one).
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared === undefined || c.req.header("transfer-encoding") !== undefined) return counted(c, next);
    return Number.parseInt(declared, 10) > maxBytes ? refuse(c) : next();
  };
}
