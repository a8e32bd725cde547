import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorBodySchema } from "../../src/api/contract/errors.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

async function errorOf(response: Response) {
  const parsed = errorBodySchema.safeParse(await response.json());
  expect(parsed.success, "body matches errorBodySchema").toBe(true);
  expect(parsed.data!.error.requestId).toBe(response.headers.get("x-request-id"));
  return parsed.data!.error;
}

describe("input validation", () => {
  let t: TestApp;
  let browser: ReturnType<TestApp["browser"]>;
  beforeEach(async () => {
    t = await createTestApp();
    browser = t.browser();
    await signIn(browser.api, customers.br);
  });
  afterEach(() => t.close());

  const send = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
    browser.fetch(`http://localhost${path}`, { method, headers: { ...sameOrigin, ...headers }, body });

  it("answers malformed JSON with 400", async () => {
    const response = await send("PATCH", "/api/preferences", '{"baseVersion": 1, "changes": [');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "validation",
      fields: [{ path: "", message: "Malformed JSON" }],
    });
  });

  it("names each field and problem", async () => {
    const response = await send(
      "PATCH",
      "/api/preferences",
      JSON.stringify({ baseVersion: "3", changes: [{ kind: "channel", channelId: "fax", on: 1 }] }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.fields!.map((field) => field.path).toSorted()).toEqual([
      "baseVersion",
      "changes.0.channelId",
      "changes.0.on",
    ]);
    expect(error.fields!.every((field) => field.message.length > 0)).toBe(true);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await send("POST", "/api/requests", "type=access", {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("validation");
  });

  it("refuses a body over 64 KiB with 413", async () => {
    const response = await send(
      "POST",
      "/api/requests",
      JSON.stringify({ type: "access", details: "x".repeat(70_000) }),
    );
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("validation");
  });

  it("refuses a bad path id and a bad idempotency key", async () => {
    expect((await browser.fetch(`http://localhost/api/requests/${"x".repeat(101)}`)).status).toBe(400);
    const response = await send("POST", "/api/requests", JSON.stringify({ type: "access" }), {
      "Idempotency-Key": "has spaces",
    });
    expect((await errorOf(response)).fields).toEqual([{ path: "Idempotency-Key", message: expect.any(String) }]);
  });

  it("never answers 500 for odd input", async () => {
    const bodies = [
      "",
      "null",
      "[]",
      '"text"',
      "1e999",
      '{"__proto__": {"admin": true}}',
      "[".repeat(5000),
      '{"type": "access", "scope": [null]}',
      "\u0000",
    ];
    const targets: [string, string][] = [
      ["POST", "/api/auth/magic-links"],
      ["POST", "/api/auth/sessions"],
      ["PATCH", "/api/preferences"],
      ["POST", "/api/consents"],
      ["POST", "/api/requests"],
      ["POST", "/api/requests/req-br-1/cancel"],
    ];
    for (const [method, path] of targets)
      for (const body of bodies) {
        const response = await send(method, path, body);
        expect(response.status, `${method} ${path} ${body.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${method} ${path} ${body.slice(0, 20)}`).toBeLessThan(500);
        await errorOf(response);
      }
  });

  it("answers unknown API routes and methods with 404 JSON", async () => {
    for (const [method, path] of [
      ["GET", "/api/nope"],
      ["PUT", "/api/preferences"],
      ["GET", "/api"],
      ["POST", "/api/session"],
    ] as const) {
      const response = await browser.fetch(`http://localhost${path}`, {
        method,
        headers: sameOrigin,
        ...(method === "GET" ? {} : { body: "{}" }),
      });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await errorOf(response)).code).toBe("not_found");
    }
  });
});
