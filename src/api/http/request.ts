import type { z } from "zod/mini";
import type { ErrorCode } from "../contract/errors.ts";
import {
  contracts,
  endpointRoutes,
  type EndpointName,
  type EndpointSchemas,
  type SchemasOf,
} from "../endpoint-table.ts";
import { ApiError } from "../errors.ts";

export type ResponseOf<K extends EndpointName> = z.output<SchemasOf<K>["response"]>;
export type BodyOf<K extends EndpointName> =
  SchemasOf<K> extends { body: infer S extends z.ZodMiniType } ? z.input<S> : never;

export interface CallInput<K extends EndpointName> {
  params?: Record<string, string>;
  /** Query-string parameters of a read; undefined ones are left out. */
  query?: Record<string, string | number | undefined>;
  body?: BodyOf<K>;
  idempotencyKey?: string;
  /** Why an acting support agent makes this change; percent-encoded so any language fits in the header. */
  reason?: string;
}

/** An id the server would refuse is refused here the same way; a lone surrogate cannot even be put in a URL. */
async function pathSegment(param: string, value: string): Promise<string> {
  const { idSchema } = await import("../contract/common.ts");
  if (!idSchema.safeParse(value).success)
    throw new ApiError({
      code: "validation",
      status: 400,
      message: "Some of what was sent is not valid.",
      fields: [{ path: param, message: "is not a valid id" }],
    });
  return encodeURIComponent(value);
}

export interface RequesterOptions {
  /** "" for the same origin as the app. */
  baseUrl: string;
  fetch?: typeof fetch;
}

const codeOfStatus: Record<number, ErrorCode> = {
  400: "validation",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "validation",
  429: "rate_limited",
};

/** Seconds from a Retry-After header, which may also be an HTTP date. */
function retryAfterHeader(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function contractError(name: string, detail: string): ApiError {
  return new ApiError({ code: "contract", message: `The answer to ${name} does not match the contract: ${detail}` });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === "" ? undefined : JSON.parse(text);
}

async function toApiError<K extends EndpointName>(
  name: K,
  response: Response,
  json: unknown,
  schemas: Promise<SchemasOf<K>>,
): Promise<ApiError> {
  const { errorBodySchema } = await import("../contract/errors.ts");
  const parsed = errorBodySchema.safeParse(json);
  const fallbackRetry = retryAfterHeader(response.headers.get("retry-after"));
  if (!parsed.success)
    return new ApiError({
      code: codeOfStatus[response.status] ?? "internal",
      message: `HTTP ${response.status}`,
      status: response.status,
      retryAfter: fallbackRetry,
    });
  const { error } = parsed.data;
  let current = error.current;
  if (error.code === "conflict" && current !== undefined) {
    // The current state has the endpoint's own shape; checked like any answer so the UI can show it as is.
    const shapes: EndpointSchemas = await schemas;
    const checked = (shapes.conflict ?? shapes.response).safeParse(current);
    if (!checked.success) throw contractError(name, `conflict.current: ${checked.error.message}`);
    current = checked.data;
  }
  return new ApiError({
    code: error.code,
    message: error.message,
    status: response.status,
    fields: error.fields,
    current,
    retryAfter: error.retryAfter ?? fallbackRetry,
    requestId: error.requestId ?? response.headers.get("x-request-id"),
  });
}

/**
 * An endpoint's schemas, loaded on its first call (the module cache keeps them). A chunk the browser could not
 * fetch fails the call as the network failing would; caught here as well, so a call that fails first on its
 * own leaves no unhandled rejection behind.
 */
function loadSchemas<K extends EndpointName>(name: K): Promise<SchemasOf<K>> {
  const route = endpointRoutes[name];
  const loading = Promise.all([contracts[route.contract](), contracts.common()])
    .then(([module, common]) => route.schemas(module, common) as SchemasOf<K>)
    .catch((error: unknown) => {
      throw new ApiError({
        code: "network",
        message: (error as Error)?.message || "The contract could not be loaded.",
      });
    });
  loading.catch(() => {});
  return loading;
}

/** A successful answer checked against the endpoint's schema, as the adapter hands every answer over. */
async function checked<K extends EndpointName>(
  name: K,
  { status, json }: { status: number; json: unknown },
  schemas: Promise<SchemasOf<K>>,
): Promise<ResponseOf<K>> {
  if (status === 204) return undefined as ResponseOf<K>;
  const parsed = (await schemas).response.safeParse(json);
  if (!parsed.success) throw contractError(name, parsed.error.message);
  return parsed.data as ResponseOf<K>;
}

/** An answer to render from before its schema has loaded (decision 0065), and the check still to come. */
export interface Provisional<T> {
  /** The answer as the server sent it. */
  answer: T;
  /** The same answer checked against the endpoint's schema (loaded then): it, or the contract error `call` gives. */
  check: () => Promise<T>;
}

/** The one place the SPA talks HTTP: every call is described by the endpoint table and checked against it. */
export function createRequester({
  baseUrl,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
}: RequesterOptions) {
  const root = baseUrl.replace(/\/+$/, "");

  /** The request and a successful answer's JSON; a failed one is thrown as its ApiError. */
  async function exchange<K extends EndpointName>(
    name: K,
    input: CallInput<K>,
    schemas: () => Promise<SchemasOf<K>>,
  ): Promise<{ status: number; json: unknown }> {
    const endpoint = endpointRoutes[name];
    const segments = await Promise.all(
      [...endpoint.path.matchAll(/:(\w+)/g)].map(([, param]) => pathSegment(param!, input.params?.[param!] ?? "")),
    );
    const path = endpoint.path.replace(/:(\w+)/g, () => segments.shift()!);
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(input.query ?? {}))
      if (value !== undefined) search.set(name, String(value));
    const query = search.size > 0 ? `?${search}` : "";
    const write = endpoint.method !== "GET";
    const headers: Record<string, string> = { Accept: "application/json", "X-Candor-CSRF": "1" };
    if (input.body !== undefined) headers["Content-Type"] = "application/json";
    if (write) headers["Idempotency-Key"] = input.idempotencyKey ?? crypto.randomUUID();
    if (write && input.reason) headers["X-Candor-Change-Reason"] = encodeURIComponent(input.reason);

    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}${query}`, {
        method: endpoint.method,
        headers,
        credentials: "include",
        ...(input.body !== undefined ? { body: JSON.stringify(input.body) } : {}),
      });
    } catch (error) {
      throw new ApiError({ code: "network", message: (error as Error)?.message || "The network request failed." });
    }

    let json: unknown;
    try {
      json = await readJson(response);
    } catch {
      if (response.ok) throw contractError(name, "the body is not JSON");
      json = undefined;
    }
    if (!response.ok) throw await toApiError(name, response, json, schemas());
    return { status: response.status, json };
  }

  async function call<K extends EndpointName>(name: K, input: CallInput<K> = {}): Promise<ResponseOf<K>> {
    // Loaded beside the request, so checking the answer costs no round trip of its own.
    const schemas = loadSchemas(name);
    return checked(name, await exchange(name, input, () => schemas), schemas);
  }

  /** `call`, except that the answer is handed over before its check: only for what the app renders at start. */
  async function provisionally<K extends EndpointName>(
    name: K,
    input: CallInput<K> = {},
  ): Promise<Provisional<ResponseOf<K>>> {
    const answer = await exchange(name, input, () => loadSchemas(name));
    return { answer: answer.json as ResponseOf<K>, check: () => checked(name, answer, loadSchemas(name)) };
  }

  return Object.assign(call, { provisionally });
}

export type Call = ReturnType<typeof createRequester>;
