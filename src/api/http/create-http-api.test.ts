import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../errors.ts";
import { createHttpApi, readSessionProvisionally } from "./create-http-api.ts";

const preferences = {
  version: 3,
  channels: { email: true },
  topics: [{ topicId: "offers", channels: { email: false } }],
  pausedUntil: null,
  quietHours: null,
  contacts: { email: "a•••@example.com" },
};

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

function stub(...responses: (Response | Error)[]) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    if (next instanceof Error) throw next;
    return next;
  });
  return {
    fetch,
    api: createHttpApi({ baseUrl: "https://api.example/", fetch: fetch as unknown as typeof globalThis.fetch }),
  };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("createHttpApi", () => {
  it("sends a write as JSON with credentials, the CSRF header and the caller's idempotency key", async () => {
    const { fetch, api } = stub(json(200, preferences));
    const change = { baseVersion: 3, changes: [{ kind: "channel" as const, channelId: "sms" as const, on: false }] };
    await expect(api.updatePreferences(change, { idempotencyKey: "key-1" })).resolves.toEqual(preferences);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("https://api.example/api/preferences");
    expect(init?.method).toBe("PATCH");
    expect(init?.credentials).toBe("include");
    expect(init?.body).toBe(JSON.stringify(change));
    expect(init?.headers).toMatchObject({
      "X-Candor-CSRF": "1",
      "Idempotency-Key": "key-1",
      "Content-Type": "application/json",
    });
  });

  it("makes up a fresh idempotency key per write, and none for reads", async () => {
    const { fetch, api } = stub(
      json(200, preferences),
      json(200, { session: null }),
      json(204, undefined),
      json(204, undefined),
    );
    await api.getPreferences();
    await api.getSession();
    await api.signOut();
    await api.signOut();
    const headers = fetch.mock.calls.map(([, init]) => init?.headers as Record<string, string>);
    expect(headers[0]!["Idempotency-Key"]).toBeUndefined();
    expect(headers[0]!["X-Candor-CSRF"]).toBe("1");
    expect(headers[2]!["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers[3]!["Idempotency-Key"]).not.toBe(headers[2]!["Idempotency-Key"]);
  });

  it("fills path parameters, escaped", async () => {
    const { fetch, api } = stub(json(404, { error: { code: "not_found", message: "Nothing here." } }));
    await rejection(api.getRequest("a/b c"));
    expect(fetch.mock.calls[0]![0]).toBe("https://api.example/api/requests/a%2Fb%20c");
  });

  it("sends a read's query parameters, leaving out the ones not given", async () => {
    const page = { events: [], nextCursor: null };
    const { fetch, api } = stub(json(200, page), json(200, page));
    await api.listActivity({ limit: 20, cursor: "abc_-" });
    await api.listActivity({});
    expect(fetch.mock.calls.map((call) => call[0])).toEqual([
      "https://api.example/api/activity?limit=20&cursor=abc_-",
      "https://api.example/api/activity",
    ]);
  });

  it("unwraps list and session answers and returns undefined for 204", async () => {
    const { api } = stub(
      json(200, { session: null }),
      json(200, { events: [], nextCursor: null }),
      new Response(null, { status: 204 }),
    );
    await expect(api.getSession()).resolves.toBeNull();
    await expect(api.listActivity()).resolves.toEqual({ events: [], nextCursor: null });
    await expect(api.signOutEverywhere()).resolves.toBeUndefined();
  });

  it("rejects a 2xx answer that does not match the contract", async () => {
    const { api } = stub(json(200, { ...preferences, version: "three" }));
    expect((await rejection(api.getPreferences())).code).toBe("contract");
  });

  it("turns an error body into an ApiError with its fields and request id", async () => {
    const body = {
      error: {
        code: "validation",
        message: "Bad",
        requestId: "r-1",
        fields: [{ path: "changes.0.topicId", message: "Unknown topic" }],
      },
    };
    const { api } = stub(json(400, body));
    const error = await rejection(api.updatePreferences({ baseVersion: 0, changes: [{ kind: "stop_all_marketing" }] }));
    expect(error).toMatchObject({ code: "validation", status: 400, requestId: "r-1", fields: body.error.fields });
  });

  it("gives a conflict's current state, checked against the endpoint's schema", async () => {
    const { api } = stub(
      json(409, { error: { code: "conflict", message: "Changed elsewhere", current: preferences } }),
    );
    const error = await rejection(api.updatePreferences({ baseVersion: 1, changes: [{ kind: "stop_all_marketing" }] }));
    expect(error.code).toBe("conflict");
    expect(error.current).toEqual(preferences);
  });

  it("reads retryAfter from the body, or from the Retry-After header", async () => {
    const { api } = stub(
      json(429, { error: { code: "rate_limited", message: "Slow down", retryAfter: 42 } }),
      json(429, { error: { code: "rate_limited", message: "Slow down" } }, { "Retry-After": "7" }),
    );
    expect((await rejection(api.requestMagicLink({ email: "a@example.com" }))).retryAfter).toBe(42);
    expect((await rejection(api.requestMagicLink({ email: "a@example.com" }))).retryAfter).toBe(7);
  });

  it("maps an error without a contract body by its status", async () => {
    const { api } = stub(
      new Response("<html>Bad gateway</html>", { status: 502 }),
      new Response("nope", { status: 404 }),
    );
    expect(await rejection(api.getData())).toMatchObject({ code: "internal", status: 502 });
    expect(await rejection(api.getData())).toMatchObject({ code: "not_found", status: 404 });
  });

  it("reports a failed fetch as a network error", async () => {
    const { api } = stub(new TypeError("Failed to fetch"));
    expect(await rejection(api.getSession())).toMatchObject({ code: "network", status: 0 });
  });

  it("refuses a malformed answer from an endpoint whose schemas load on that first call", async () => {
    // The consents module is loaded by nothing else in this file: the check cannot come from a schema at hand.
    const { api } = stub(json(200, { purposes: "not a list", records: [] }));
    const error = await rejection(api.getConsents());
    expect(error.code).toBe("contract");
    expect(error.message).toContain("getConsents");
  });

  it("hands the start-up session over as sent, and checks it against the contract when asked", async () => {
    const session = {
      scope: "full",
      actor: { kind: "customer" },
      subject: { id: "s1", email: "a@example.com", name: "Ana", locale: "pt-BR", jurisdiction: "BR" },
      createdAt: "2026-12-01T10:00:00.000Z",
      expiresAt: "2026-12-01T11:00:00.000Z",
    };
    const good = vi.fn<typeof globalThis.fetch>(async () => json(200, { session }));
    const read = await readSessionProvisionally({ baseUrl: "", fetch: good });
    expect(read.answer).toEqual(session);
    await expect(read.check()).resolves.toMatchObject({ subject: { id: "s1" } });

    const bad = vi.fn<typeof globalThis.fetch>(async () => json(200, { session: { ...session, scope: "everything" } }));
    const unchecked = await readSessionProvisionally({ baseUrl: "", fetch: bad });
    expect(unchecked.answer).toMatchObject({ scope: "everything" });
    expect((await rejection(unchecked.check())).code).toBe("contract");
  });
});
