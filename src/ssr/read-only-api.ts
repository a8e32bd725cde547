import { endpoints } from "../api/endpoints.ts";
import { createHttpApi } from "../api/http/create-http-api.ts";
import type { PrivacyApi } from "../api/privacy-api.ts";

/** The endpoint table's reads: the only calls a server-rendered page may make. */
const reads = new Set(
  Object.entries(endpoints)
    .filter(([, endpoint]) => endpoint.method === "GET")
    .map(([name]) => name),
);

/**
 * The same HTTP adapter the browser runs, over the server's own handlers in process (`fetch` never leaves the
 * server): every answer is the one the browser would get, checked against the same contract. Reads only, so
 * rendering a page can change nothing, whatever a component asks for.
 */
export function readOnlyApi(fetch: typeof globalThis.fetch): PrivacyApi {
  const api = createHttpApi({ baseUrl: "", fetch });
  return new Proxy(api, {
    get: (target, name, receiver) =>
      reads.has(String(name))
        ? Reflect.get(target, name, receiver)
        : () => Promise.reject(new Error(`A server render only reads (${String(name)})`)),
  });
}
