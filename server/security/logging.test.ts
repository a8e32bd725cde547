import { describe, expect, it } from "vitest";
import type { Logger } from "../deps.ts";
import { createTestApp, sameOrigin } from "../test-support/test-app.ts";

describe("error logging", () => {
  it("logs an unexpected failure with the request id it answers with, and hides the details", async () => {
    const lines: string[] = [];
    const log: Logger = {
      info: (message) => lines.push(message),
      error: (message, error) => lines.push(`${message} ${String(error)}`),
    };
    const t = await createTestApp({ log });
    await t.db.schema.dropTable("magic_links").execute();
    const response = await t.app.request("/api/auth/sessions", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ token: "x".repeat(43) }),
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("internal");
    expect(body.error.message).not.toContain("magic_links");
    expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
    expect(lines.some((line) => line.includes(body.error.requestId) && line.includes("magic_links"))).toBe(true);
    await t.close();
  });

  it("logs client errors with their request id, without the body", async () => {
    const lines: string[] = [];
    const t = await createTestApp({
      log: { info: (message) => lines.push(message), error: (message) => lines.push(message) },
    });
    const response = await t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ email: "not-an-address" }),
    });
    expect(response.status).toBe(400);
    const requestId = response.headers.get("x-request-id")!;
    expect(lines).toEqual([`[${requestId}] POST /api/auth/magic-links -> 400`]);
    await t.close();
  });
});
