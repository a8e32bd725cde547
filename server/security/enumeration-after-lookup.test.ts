import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers } from "../contract/helpers.ts";
import type { Logger } from "../deps.ts";
import { testClock } from "../test-support/clock.ts";
import { createTestApp, sameOrigin } from "../test-support/test-app.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

/** Status and body, without the request id that differs on every answer anyway. */
async function observable(response: Response) {
  const body = (await response.json()) as { error?: { requestId?: string } };
  if (body.error) delete body.error.requestId;
  return { status: response.status, body };
}

describe.each(databases)("enumeration after the address lookup on $name", ({ databaseUrl }) => {
  let server: TestServer;
  const lines: string[] = [];
  const log: Logger = { info: () => {}, error: (message) => lines.push(message) };
  beforeEach(async () => {
    lines.length = 0;
    server = await startTestServer({ clock: testClock(), databaseUrl, log });
  });
  afterEach(() => server.close());

  const ask = (body: object) =>
    fetch(`${server.origin}/api/auth/magic-links`, {
      method: "POST",
      headers: { ...sameOrigin, Origin: server.origin },
      body: JSON.stringify(body),
    });

  it("answers a NUL in redirectTo with the same 400 for a known and an unknown address", async () => {
    const known = await observable(await ask({ email: customers.br, redirectTo: "/pre\u0000ferences" }));
    const unknown = await observable(await ask({ email: "nobody@example.com", redirectTo: "/pre\u0000ferences" }));
    expect(known).toEqual({
      status: 400,
      body: {
        error: expect.objectContaining({
          code: "validation",
          fields: [expect.objectContaining({ path: "redirectTo" })],
        }),
      },
    });
    expect(unknown).toEqual(known);
  });

  it("answers 202 for a known address even when storing its link fails, and logs the failure", async () => {
    await server.db.schema.dropTable("magic_links").execute();
    const known = await observable(await ask({ email: customers.br, redirectTo: "/preferences" }));
    const unknown = await observable(await ask({ email: "nobody@example.com", redirectTo: "/preferences" }));
    expect(known).toEqual({ status: 202, body: { status: "sent" } });
    expect(unknown).toEqual(known);
    const failures = lines.map((line) => JSON.parse(line) as { event: string; level: string; error: string });
    expect(failures).toEqual([
      expect.objectContaining({
        level: "error",
        event: "sign_in_link_failed",
        error: expect.stringContaining("magic_links"),
      }),
    ]);
  });
});

describe("enumeration through the mailer", () => {
  it("answers 202 for a known address whose email cannot be sent", async () => {
    const t = await createTestApp({ mailer: { send: () => Promise.reject(new Error("SMTP exploded")) } });
    const ask = (email: string) =>
      t.app.request("/api/auth/magic-links", { method: "POST", headers: sameOrigin, body: JSON.stringify({ email }) });
    const known = await observable(await ask(customers.br));
    expect(known).toEqual({ status: 202, body: { status: "sent" } });
    expect(await observable(await ask("nobody@example.com"))).toEqual(known);
    await t.close();
  });
});
