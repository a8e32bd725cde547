import type { Context, Hono } from "hono";
import type { AppEnv } from "../deps.ts";

/** What makes an API answer the visitor's own: who they are, and the address and scheme they came by. */
const forwarded = ["cookie", "host", "x-forwarded-proto", "x-forwarded-for", "user-agent", "accept-language"];

/**
 * A fetch that answers from this server's own endpoints in process, as if the page's browser had asked: the
 * same middleware, session check and handlers, with the visitor's cookie and address, and no network between.
 * The server's render of a signed-in page reads its data through it (src/ssr/read-only-api.ts).
 */
export function inProcessFetch(app: Hono<AppEnv>, c: Context<AppEnv>): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const name of forwarded) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const url = new URL(input instanceof Request ? input.url : String(input), c.req.url);
    return app.request(url.href, { method: init?.method ?? "GET", headers }, c.env);
  };
}
